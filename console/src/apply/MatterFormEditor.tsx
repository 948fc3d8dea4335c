/**
 * The one form of a matter, filled or corrected: validated by the matter's zod schema as the
 * clerk leaves each field and on submit; on submit every problem is shown at once in the summary
 * and at its field, whether the schema, the API (400 `problems`) or a reviewer (a return for
 * correction) found it.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Flex } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { get, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { MatterKind, PrefillAnswer, Problem } from '../api/contract';
import { ApiError } from '../api/http';
import { useI18n } from '../i18n/i18n';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { useFieldText } from './field-text';
import { allFields, cleaned, emptyValues, formSections, matterForms, valuesFrom, type FormValues } from './form-model';
import { FormSections, PrefilledFields } from './FormFields';
import { PrefillPanel } from './PrefillPanel';

/** Every message in RHF's nested errors, by dotted path. */
function messagesOf(errors: FieldErrors, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || key === 'ref') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const entry = value as Record<string, unknown>;
    if (typeof entry.message === 'string' && entry.message) out.set(path, entry.message);
    for (const [nested, message] of messagesOf(entry as FieldErrors, path)) out.set(nested, message);
  }
  return out;
}

/** The API names fields of the body as `body.person.identityNumber`; the form knows them without `body.`. */
const formPath = (field: string | undefined) => (field ?? '').replace(/^body\.?/, '');

export interface MatterFormEditorProps {
  kind: MatterKind;
  /** A saved form to start from (a correction); an empty one otherwise. */
  initial?: FormValues;
  /** Problems to show at their fields from the start (a reviewer's return). */
  problems?: Problem[];
  submitLabel: string;
  /** Offers 从人员信息库带入 (a new transfer or post change). */
  prefill?: boolean;
  /** Sends the valid form; an ApiError with `problems` puts them on the fields. */
  onSubmit(values: FormValues): Promise<unknown>;
}

export function MatterFormEditor({ kind, initial, problems, submitLabel, prefill, onSubmit }: MatterFormEditorProps) {
  const { t, bi } = useI18n();
  const text = useFieldText();
  const sections = useMemo(() => formSections(kind), [kind]);
  const order = useMemo(() => new Map(allFields(sections).map((field, index) => [field.path, index])), [sections]);
  const resolver = useMemo<Resolver<FormValues>>(() => {
    const validate = zodResolver(matterForms[kind].schema as z.ZodType<FormValues, FormValues>);
    return (values, context, options) => validate(cleaned(sections, values), context, options);
  }, [kind, sections]);
  const form = useForm<FormValues>({ mode: 'onTouched', defaultValues: initial ? valuesFrom(sections, initial) : emptyValues(sections), resolver });
  const { errors, isSubmitting } = form.formState;
  const [formProblems, setFormProblems] = useState<string[]>([]);
  const [summaryShown, setSummaryShown] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const [failure, setFailure] = useState<string>();
  const [prefilled, setPrefilled] = useState<ReadonlySet<string>>(new Set());

  const bringIn = (answer: PrefillAnswer) => {
    for (const path of answer.prefilled) form.setValue(path, get(answer.form, path), { shouldDirty: true });
    setPrefilled(new Set(answer.prefilled));
  };

  const placeProblems = (list: Problem[]) => {
    const unplaced: string[] = [];
    for (const problem of list) {
      const path = formPath(problem.field);
      if (path) form.setError(path, { type: 'server', message: problem.message });
      else unplaced.push(problem.message);
    }
    setFormProblems(unplaced);
    setSummaryShown(true);
    setFocusKey((key) => key + 1);
  };

  // Placed once, when the form opens: a refetched matter must not undo the clerk's edits since.
  const [initialProblems] = useState(problems);
  useEffect(() => {
    if (initialProblems?.length) placeProblems(initialProblems);
  }, [initialProblems]);

  const submit = form.handleSubmit(
    async (values) => {
      setFailure(undefined);
      setFormProblems([]);
      try {
        await onSubmit(values);
      } catch (error) {
        if (error instanceof ApiError && error.body?.problems?.length) placeProblems(error.body.problems);
        else setFailure(error instanceof Error ? error.message : String(error));
      }
    },
    () => {
      setSummaryShown(true);
      setFocusKey((key) => key + 1);
    },
  );

  const items: SummaryItem[] = summaryShown
    ? [
        ...[...messagesOf(errors)]
          .sort(([a], [b]) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size))
          .map(([path, message]) => ({ path, label: text.pathLabel(sections, path), message })),
        ...formProblems.map((message) => ({ path: '', label: '', message })),
      ]
    : [];

  return (
    <>
    {/* Apart from the form, so Enter in its fields brings the person in rather than submitting. */}
    {prefill && (kind === 'transfer' || kind === 'post-change') && <PrefillPanel kind={kind} onPrefill={bringIn} />}
    <form noValidate onSubmit={(event) => void submit(event)} aria-label={submitLabel}>
      <ErrorSummary items={items} focusKey={focusKey} />
      {failure && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={bi(failure)} role="alert" />}
      <PrefilledFields.Provider value={prefilled}>
        <FormSections sections={sections} control={form.control} materials={matterForms[kind].materials} />
      </PrefilledFields.Provider>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" size="large" loading={isSubmitting}>
          {submitLabel}
        </Button>
      </Flex>
      <p style={{ color: '#595959', marginTop: 8 }}>{t('form.onceNotice')}</p>
    </form>
    </>
  );
}
