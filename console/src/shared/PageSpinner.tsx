import { Flex, Spin } from 'antd';
import { useI18n } from '../i18n/i18n';

export function PageSpinner() {
  const { t } = useI18n();
  return (
    <Flex justify="center" style={{ padding: 64 }}>
      <Spin aria-label={t('common.loading')} />
    </Flex>
  );
}
