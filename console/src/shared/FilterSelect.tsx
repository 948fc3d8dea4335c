/**
 * A list's filter: its visible label names the select for screen readers, and a cleared select
 * means 全部 (all).
 */
import { Select, Space, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';

export interface FilterSelectProps {
  /** The label's id, unique on the page. */
  id: string;
  label: string;
  value: string | undefined;
  onChange(value: string | undefined): void;
  options: { value: string; label: string }[];
  width?: number;
  /** False where the options hold their own 全部, so the select is never empty. */
  clearable?: boolean;
  /** Typing narrows the options by their labels (long lists). */
  searchable?: boolean;
}

export function FilterSelect({ id, label, value, onChange, options, width = 160, clearable = true, searchable = false }: FilterSelectProps) {
  const { t } = useI18n();
  return (
    <Space size={4}>
      <Typography.Text id={id}>{label}</Typography.Text>
      <Select
        aria-labelledby={id}
        allowClear={clearable}
        showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
        placeholder={t('common.all')}
        style={{ width }}
        value={value}
        onChange={(next?: string) => onChange(next)}
        options={options}
      />
    </Space>
  );
}
