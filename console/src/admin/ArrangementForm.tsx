/**
 * 载入年度安排: a year's days off and make-up working days typed from the State Council's
 * notice, with its number. Checked on submit by the very schema the API checks with, every
 * problem shown at once at its field (the date named); the API's own 400 lands the same way.
 */
import { App, Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { yearArrangement } from '../../../calendar/schema';
import { ApiError } from '../api/http';
import { useI18n } from '../i18n/i18n';
import { formatDates, parseDates } from './arrangement-text';
import { usePutYear } from './queries';

type Field = 'year' | 'holidays' | 'makeupWorkdays' | 'source';
type Problems = Partial<Record<Field, string[]>>;

export interface ArrangementDraft {
  year: number;
  holidays: readonly string[];
  makeupWorkdays: readonly string[];
  source: string | null;
}

export function ArrangementForm({ initial, onSaved }: { initial: ArrangementDraft; onSaved(year: number): void }) {
  const { t, bi } = useI18n();
  const { message } = App.useApp();
  const put = usePutYear();
  const [year, setYear] = useState<number | null>(initial.year);
  const [holidays, setHolidays] = useState(formatDates(initial.holidays));
  const [makeup, setMakeup] = useState(formatDates(initial.makeupWorkdays));
  const [source, setSource] = useState(initial.source ?? '');
  const [problems, setProblems] = useState<Problems>({});

  const submit = async () => {
    const off = parseDates(holidays);
    const on = parseDates(makeup);
    const lists = { holidays: off.dates, makeupWorkdays: on.dates };
    const found: Problems = {};
    const add = (field: Field, text: string) => (found[field] = [...(found[field] ?? []), text]);
    for (const piece of off.unreadable) add('holidays', t('calendar.badDate', { text: piece }));
    for (const piece of on.unreadable) add('makeupWorkdays', t('calendar.badDate', { text: piece }));
    // A path [list, index] names the date it is about; the Chinese half of the message does not.
    const place = (path: readonly PropertyKey[], text: string) => {
      const [field, index] = path;
      const list = field === 'holidays' || field === 'makeupWorkdays' ? lists[field] : undefined;
      const date = list && typeof index === 'number' ? list[index] : undefined;
      add((field as Field) ?? 'year', date ? `${date}：${bi(text)}` : bi(text));
    };
    const checked = yearArrangement.safeParse({ year: year ?? undefined, ...lists });
    if (!checked.success) for (const issue of checked.error.issues) place(issue.path, issue.message);
    setProblems(found);
    if (Object.keys(found).length > 0 || year === null) return;
    try {
      await put.mutateAsync({ year, ...lists, ...(source.trim() ? { source: source.trim() } : {}) });
      void message.success(t('calendar.saved', { year }));
      onSaved(year);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const fieldProblems = error.body?.problems ?? [];
      if (fieldProblems.length === 0) return void message.error(bi(error.message));
      for (const problem of fieldProblems) place((problem.field ?? '').replace(/^(body|params)\./, '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), problem.message);
      setProblems({ ...found });
    }
  };

  const item = (field: Field) => ({
    validateStatus: problems[field] ? ('error' as const) : undefined,
    help: problems[field] && (
      <ul id={`arrangement-${field}-problems`} style={{ margin: 0, paddingInlineStart: 16 }}>
        {problems[field].map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    ),
  });
  const described = (field: Field, help?: string) => [help, problems[field] ? `arrangement-${field}-problems` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <Form
      layout="vertical"
      onFinish={() => void submit()}
      aria-label={t('calendar.load')}
      style={{ maxWidth: 640 }}
    >
      <Form.Item label={t('calendar.year')} htmlFor="arrangement-year" required {...item('year')}>
        <InputNumber id="arrangement-year" min={2000} max={2099} precision={0} value={year} onChange={setYear} aria-describedby={described('year')} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label={t('calendar.holidays')} htmlFor="arrangement-holidays" extra={<span id="arrangement-dates-help">{t('calendar.datesHelp')}</span>} {...item('holidays')}>
        <Input.TextArea id="arrangement-holidays" rows={6} value={holidays} onChange={(e) => setHolidays(e.target.value)} aria-describedby={described('holidays', 'arrangement-dates-help')} />
      </Form.Item>
      <Form.Item label={t('calendar.makeupDays')} htmlFor="arrangement-makeup" {...item('makeupWorkdays')}>
        <Input.TextArea id="arrangement-makeup" rows={3} value={makeup} onChange={(e) => setMakeup(e.target.value)} aria-describedby={described('makeupWorkdays', 'arrangement-dates-help')} />
      </Form.Item>
      <Form.Item label={t('calendar.notice')} htmlFor="arrangement-source" {...item('source')}>
        <Input id="arrangement-source" maxLength={500} value={source} onChange={(e) => setSource(e.target.value)} placeholder="国办发明电〔2026〕…号" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={put.isPending}>
        {t('calendar.submit')}
      </Button>
    </Form>
  );
}
