/** The matter's flowchart as the API draws it, each step in its live state; a placeholder while none is drawn. */
import { Empty, Skeleton } from 'antd';
import { useI18n } from '../i18n/i18n';
import { useFlowPicture } from './queries';

export function FlowPicture({ matterId, version }: { matterId: string; version: number }) {
  const { t } = useI18n();
  const { url, failed } = useFlowPicture(matterId, version);
  if (url === undefined && !failed) return <Skeleton.Image active style={{ width: 480, height: 160 }} />;
  if (!url) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matter.flowUnavailable')} />;
  return <img src={url} alt={t('matter.flowAlt')} style={{ maxWidth: '100%', height: 'auto' }} data-testid="flow-picture" />;
}
