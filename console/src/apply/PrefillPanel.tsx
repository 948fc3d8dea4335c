/**
 * 从人员信息库带入: for a transfer or a post change, the clerk types the person's identity number
 * (and, for a transfer into their unit, the person's consent reference) and the form is filled
 * with what the register holds; the API answers 404 alike for a stranger and for a person the
 * clerk may not look up, and the message says so.
 */
import { Alert, Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import type { PrefillAnswer } from '../api/contract';
import { api, ApiError } from '../api/http';
import { useI18n } from '../i18n/i18n';

export function PrefillPanel({ kind, onPrefill }: { kind: 'transfer' | 'post-change'; onPrefill(answer: PrefillAnswer): void }) {
  const { t, bi } = useI18n();
  const [identityNumber, setIdentityNumber] = useState('');
  const [consent, setConsent] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ type: 'success' | 'error'; text: string }>();

  const bringIn = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const answer = await api<PrefillAnswer>(`/api/v1/people/${encodeURIComponent(identityNumber.trim())}/prefill/${kind}`, { query: { consent: kind === 'transfer' ? consent.trim() : undefined } });
      onPrefill(answer);
      setOutcome({ type: 'success', text: t('prefill.done', { count: answer.prefilled.length }) });
    } catch (error) {
      const problem = error instanceof ApiError ? (error.body?.problems?.[0]?.message ?? error.message) : String(error);
      setOutcome({ type: 'error', text: bi(problem) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('prefill.title')}</h2>} style={{ marginBottom: 24 }}>
      <p style={{ marginTop: 0 }}>{t('prefill.intro')}</p>
      <Flex gap={16} wrap align="end">
        <div>
          <label htmlFor="prefill-identity-number" style={{ fontWeight: 600, display: 'block', marginBottom: 4 }}>
            {t('prefill.identityNumber')}
          </label>
          <Input id="prefill-identity-number" value={identityNumber} onChange={(event) => setIdentityNumber(event.target.value)} maxLength={18} style={{ width: 240 }} autoComplete="off" />
        </div>
        {kind === 'transfer' && (
          <div>
            <label htmlFor="prefill-consent" style={{ fontWeight: 600, display: 'block', marginBottom: 4 }}>
              {t('prefill.consent')}
            </label>
            <Input id="prefill-consent" value={consent} onChange={(event) => setConsent(event.target.value)} maxLength={64} style={{ width: 240 }} autoComplete="off" />
          </div>
        )}
        <Button type="primary" onClick={() => void bringIn()} loading={busy} disabled={identityNumber.trim().length === 0}>
          {t('prefill.action')}
        </Button>
      </Flex>
      {outcome && <Alert style={{ marginTop: 16 }} type={outcome.type} showIcon message={outcome.text} role={outcome.type === 'error' ? 'alert' : 'status'} />}
    </Card>
  );
}
