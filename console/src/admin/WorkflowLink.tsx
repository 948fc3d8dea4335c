/**
 * For administrators: a matter's workflow in Temporal UI. The address is asked for when the
 * button is pressed (one request per use, not per row) and opened in a new tab; without a
 * configured UI the workflow's id and namespace are shown instead.
 */
import { ExportOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { WorkflowLink as Link } from '../api/contract';
import { api, ApiError } from '../api/http';
import { useI18n } from '../i18n/i18n';

export function WorkflowLink({ matterId }: { matterId: string }) {
  const { t, bi } = useI18n();
  const { message, modal } = App.useApp();
  const [opening, setOpening] = useState(false);
  const open = async () => {
    setOpening(true);
    try {
      const link = await api<Link>(`/api/v1/matters/${encodeURIComponent(matterId)}/workflow`);
      if (link.url) window.open(link.url, '_blank', 'noopener,noreferrer');
      else modal.info({ title: t('matter.temporal'), content: t('matter.temporalUnknown', { id: link.workflowId, namespace: link.namespace }) });
    } catch (error) {
      void message.error(error instanceof ApiError ? bi(error.message) : t('common.loadFailed'));
    } finally {
      setOpening(false);
    }
  };
  return (
    <Button size="small" icon={<ExportOutlined />} loading={opening} onClick={() => void open()} aria-label={`${t('matter.temporal')} ${matterId}`}>
      Temporal
    </Button>
  );
}
