/**
 * 一次性告知: every problem of the form at once, at the top of the page, each a link to its
 * field (GOV.UK's error summary). It takes focus when it appears so a screen reader reads it
 * first, and a link moves focus to the field's input.
 */
import { Alert } from 'antd';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { fieldId } from './ids';

export interface SummaryItem {
  /** The field's path; empty for a problem of the whole form. */
  path: string;
  label: string;
  message: string;
}

function focusField(path: string) {
  const target = document.getElementById(fieldId(path));
  if (!target) return;
  const input = target.matches('input, textarea, select') ? target : target.querySelector<HTMLElement>('input, textarea, select, button');
  target.scrollIntoView({ block: 'center' });
  (input ?? target).focus();
}

export function ErrorSummary({ items, focusKey }: { items: SummaryItem[]; focusKey: number }) {
  const { t, bi } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
    // Focus moves here on each submit that found problems, not on every edit after it.
  }, [focusKey]);
  if (!items.length) return null;
  return (
    <div ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" style={{ outline: 'none', marginBottom: 16 }} data-testid="error-summary">
      <Alert
        type="error"
        showIcon
        message={<h2 id="error-summary-title" style={{ fontSize: 17, margin: 0 }}>{t('form.summaryTitle', { count: items.length })}</h2>}
        description={
          <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
            {items.map((item, index) => (
              <li key={`${item.path}-${index}`}>
                {item.path ? (
                  <a
                    href={`#${fieldId(item.path)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(item.path);
                    }}
                    style={{ color: '#cf1322', textDecoration: 'underline' }}
                  >
                    {item.label}：{bi(item.message)}
                  </a>
                ) : (
                  bi(item.message)
                )}
              </li>
            ))}
          </ul>
        }
      />
    </div>
  );
}
