/**
 * The matter's form, read-only, as a reviewer reads it: sections and labels from the schema,
 * the person's name, identity number and phone masked. "显示完整信息" asks the API for them in
 * full, which the API records in the audit trail as a view of personal data.
 */
import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { MatterKind } from '../api/contract';
import { useFieldText } from '../apply/field-text';
import { formSections, type FormField, type FormValues } from '../apply/form-model';
import { useI18n } from '../i18n/i18n';
import { useMatterForm } from '../matters/queries';
import { PageSpinner } from '../shared/PageSpinner';

interface Material {
  kind: string;
  name: string;
  size: number;
}

function valueText(field: FormField, value: unknown, option: (v: string) => string, yes: string, no: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (field.type === 'leaf' && field.input === 'boolean') return value ? yes : no;
  if (field.type === 'leaf' && field.input === 'choice') return option(String(value));
  if (field.type === 'leaf' && field.input === 'materials') return (value as Material[]).map((m) => `${m.name}（${Math.ceil(m.size / 1024)} KB）`).join('；');
  return String(value);
}

function Section({ field, values }: { field: FormField; values: FormValues }) {
  const { t } = useI18n();
  const text = useFieldText();
  const rows: { key: string; label: string; value: string }[] = [];
  // The section's own title is the card's; a group within it prefixes its fields' labels.
  const walk = (f: FormField, v: unknown, prefix: string | null) => {
    if (f.type === 'group') {
      const next = prefix === null ? '' : prefix ? `${prefix} › ${text.label(f)}` : text.label(f);
      for (const child of f.children) walk(child, (v as FormValues | undefined)?.[child.name], next);
      return;
    }
    rows.push({ key: f.path, label: prefix ? `${prefix} › ${text.label(f)}` : text.label(f), value: valueText(f, v, text.option, t('common.yes'), t('common.no')) });
  };
  walk(field, values[field.name], null);
  return (
    <Card size="small" title={<h3 style={{ fontSize: 15, margin: 0 }}>{field.type === 'group' || field.path === 'materials' ? text.label(field) : t('form.section.application')}</h3>} style={{ marginBottom: 12 }}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={rows.map((row) => ({ key: row.key, label: row.label, children: <span data-field={row.key}>{row.value}</span> }))} />
    </Card>
  );
}

export function FormView({ matterId, kind }: { matterId: string; kind: MatterKind }) {
  const { t } = useI18n();
  const [reveal, setReveal] = useState(false);
  const form = useMatterForm(matterId, reveal);
  const sections = useMemo(() => formSections(kind), [kind]);
  return (
    <Card
      title={<h2 style={{ fontSize: 17, margin: 0 }}>{t('task.form')}</h2>}
      extra={
        !reveal && (
          <Button icon={<EyeOutlined />} onClick={() => setReveal(true)}>
            {t('task.reveal')}
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
    >
      {reveal && form.data?.revealed && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('task.revealedNotice')} />}
      {form.data ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          {sections.map((section) => (
            <Section key={section.path} field={section} values={form.data.form} />
          ))}
        </Space>
      ) : form.isError ? (
        <Alert type="warning" showIcon message={t('task.formUnavailable')} />
      ) : (
        <PageSpinner />
      )}
    </Card>
  );
}
