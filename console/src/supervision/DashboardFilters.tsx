/** The period (native date fields: typed or picked, by keyboard too) and the kind of matter, kept in the address. */
import { Button, Input, Space, Typography } from 'antd';
import { FilterSelect } from '../shared/FilterSelect';
import { useState } from 'react';
import { matterKinds } from '@schemas/matter';
import { useI18n } from '../i18n/i18n';

export interface PeriodFilter {
  from: string;
  to: string;
  kind?: string;
}

export function DashboardFilters({ value, onChange }: { value: PeriodFilter; onChange(next: PeriodFilter): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value);
  return (
    <form
      role="search"
      aria-label={t('common.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onChange(draft);
      }}
    >
      <Space wrap align="center">
        <Typography.Text strong>{t('dashboard.period')}</Typography.Text>
        <label htmlFor="dashboard-from">{t('dashboard.from')}</label>
        <Input id="dashboard-from" type="date" required value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} style={{ width: 160 }} />
        <label htmlFor="dashboard-to">{t('dashboard.to')}</label>
        <Input id="dashboard-to" type="date" required value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} style={{ width: 160 }} />
        <FilterSelect
          id="dashboard-kind"
          label={t('dashboard.kind')}
          width={200}
          value={draft.kind}
          onChange={(kind) => setDraft({ ...draft, kind })}
          options={matterKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        />
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Space>
    </form>
  );
}
