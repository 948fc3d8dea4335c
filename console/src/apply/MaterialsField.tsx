/**
 * 要件: one line per material the matter requires (the schema's table of kinds). The clerk picks
 * the file; it is uploaded at once (POST /api/v1/materials, with its progress), and the form
 * names it by the id, digest and size the server answered. A file the server refuses (its
 * content not PDF, JPEG or PNG, or too large) is said at its line, and the line stays empty.
 * Each uploaded file shows a preview drawn from the file the clerk picked.
 */
import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { List, Progress, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { ApiError } from '../api/http';
import { uploadMaterial } from '../api/upload';
import { useI18n } from '../i18n/i18n';
import type { FormValues } from './form-model';
import { fieldId } from './ids';

interface Material {
  id?: string;
  kind: string;
  name: string;
  sha256: string;
  size: number;
}

type Line = { state: 'uploading'; name: string; percent: number } | { state: 'refused'; message: string } | { state: 'uploaded'; preview: string; type: string };

const materialAccept = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

function Preview({ name, url, type }: { name: string; url: string; type: string }) {
  const { t } = useI18n();
  if (type.startsWith('image/')) return <img src={url} alt={t('materials.preview', { name })} style={{ display: 'block', maxHeight: 120, maxWidth: 200, marginTop: 8, border: '1px solid #d9d9d9' }} />;
  return (
    <object data={url} type="application/pdf" aria-label={t('materials.preview', { name })} style={{ display: 'block', width: 200, height: 140, marginTop: 8, border: '1px solid #d9d9d9' }}>
      <a href={url} target="_blank" rel="noreferrer">
        <FilePdfOutlined /> {t('materials.openPreview', { name })}
      </a>
    </object>
  );
}

export function MaterialsField({ required, value, onChange, path, control }: { required: Record<string, string>; value: Material[]; onChange(next: Material[]): void; path: string; control: Control<FormValues> }) {
  const { t } = useI18n();
  const unit = useWatch({ control, name: 'unit.code' as never }) as unknown;
  const [lines, setLines] = useState<Record<string, Line>>({});
  const setLine = (kind: string, line: Line) => setLines((all) => ({ ...all, [kind]: line }));
  const previews = useRef<string[]>([]);
  // The previews' object URLs are released when the form goes away.
  useEffect(() => () => previews.current.forEach((url) => URL.revokeObjectURL(url)), []);

  const attach = async (kind: string, file: File | undefined) => {
    if (!file) return;
    const others = value.filter((m) => m.kind !== kind);
    onChange(others);
    setLine(kind, { state: 'uploading', name: file.name, percent: 0 });
    try {
      const uploaded = await uploadMaterial(file, typeof unit === 'string' && unit ? unit : undefined, (fraction) => setLine(kind, { state: 'uploading', name: file.name, percent: Math.round(fraction * 100) }));
      onChange([...others, { id: uploaded.id, kind, name: uploaded.name, sha256: uploaded.sha256, size: uploaded.size }]);
      const preview = URL.createObjectURL(file);
      previews.current.push(preview);
      setLine(kind, { state: 'uploaded', preview, type: uploaded.mediaType });
    } catch (error) {
      const body = (error as ApiError).body;
      setLine(kind, { state: 'refused', message: body?.problems?.[0]?.message ?? body?.message ?? t('materials.failed') });
    }
  };
  const kinds = Object.entries(required);
  return (
    <>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
        {t('materials.rules')}
      </Typography.Text>
      <List
        id={fieldId(path)}
        bordered
        dataSource={kinds}
        renderItem={([kind, name]) => {
          const attached = value.find((m) => m.kind === kind);
          const line = lines[kind];
          const inputId = `${fieldId(path)}-${kind}`;
          const errorId = `${inputId}-error`;
          return (
            <List.Item>
              <div style={{ width: '100%' }}>
                <label htmlFor={inputId} style={{ fontWeight: 600 }}>
                  {name}
                </label>
                {line?.state === 'refused' && (
                  <Typography.Text id={errorId} role="alert" style={{ color: '#cf1322', fontWeight: 600, display: 'block', marginTop: 4 }}>
                    {t('form.errorPrefix')}
                    {line.message}
                  </Typography.Text>
                )}
                <div style={{ marginTop: 4 }}>
                  <input
                    id={inputId}
                    type="file"
                    accept={materialAccept}
                    aria-describedby={line?.state === 'refused' ? errorId : undefined}
                    aria-invalid={line?.state === 'refused' ? true : undefined}
                    onChange={(event) => void attach(kind, event.target.files?.[0])}
                  />
                </div>
                {line?.state === 'uploading' && (
                  <div style={{ marginTop: 4, maxWidth: 320 }}>
                    <Typography.Text type="secondary">{t('materials.uploading', { name: line.name })}</Typography.Text>
                    <Progress percent={line.percent} size="small" aria-label={t('materials.uploading', { name: line.name })} />
                  </div>
                )}
                {attached && (
                  <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
                    <PaperClipOutlined /> {t(attached.id ? 'materials.uploaded' : 'materials.attached', { name: attached.name, size: Math.ceil(attached.size / 1024) })} · SHA-256 {attached.sha256.slice(0, 12)}…
                  </Typography.Text>
                )}
                {attached && line?.state === 'uploaded' && <Preview name={attached.name} url={line.preview} type={line.type} />}
              </div>
            </List.Item>
          );
        }}
      />
    </>
  );
}
