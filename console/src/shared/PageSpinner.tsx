import { Flex, Spin } from 'antd';
import { useI18n } from '../i18n/i18n';

/** A page or card still loading, announced to screen readers as such. */
export function PageSpinner() {
  const { t } = useI18n();
  return (
    <Flex justify="center" style={{ padding: 64 }} role="status">
      <Spin />
      <span className="visually-hidden">{t('common.loading')}</span>
    </Flex>
  );
}
