/**
 * 要件: one line per material the matter requires (the schema's table of kinds). The clerk picks
 * the file; its name, size and SHA-256 go into the form, computed in the browser — the file itself
 * goes nowhere until material uploads arrive.
 */
import { PaperClipOutlined } from '@ant-design/icons';
import { List, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';
import { fieldId } from './ids';

interface Material {
  kind: string;
  name: string;
  sha256: string;
  size: number;
}

async function describeFile(kind: string, file: File): Promise<Material> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  const sha256 = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return { kind, name: file.name, sha256, size: file.size };
}

export function MaterialsField({ required, value, onChange, path }: { required: Record<string, string>; value: Material[]; onChange(next: Material[]): void; path: string }) {
  const { t } = useI18n();
  const attach = async (kind: string, file: File | undefined) => {
    if (!file) return;
    const material = await describeFile(kind, file);
    onChange([...value.filter((m) => m.kind !== kind), material]);
  };
  const kinds = Object.entries(required);
  return (
    <List
      id={fieldId(path)}
      bordered
      dataSource={kinds}
      renderItem={([kind, name]) => {
        const attached = value.find((m) => m.kind === kind);
        const inputId = `${fieldId(path)}-${kind}`;
        return (
          <List.Item>
            <div style={{ width: '100%' }}>
              <label htmlFor={inputId} style={{ fontWeight: 600 }}>
                {name}
              </label>
              <div style={{ marginTop: 4 }}>
                <input id={inputId} type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" onChange={(event) => void attach(kind, event.target.files?.[0])} />
              </div>
              {attached && (
                <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
                  <PaperClipOutlined /> {t('materials.attached', { name: attached.name, size: Math.ceil(attached.size / 1024) })} · SHA-256 {attached.sha256.slice(0, 12)}…
                </Typography.Text>
              )}
            </div>
          </List.Item>
        );
      }}
    />
  );
}
