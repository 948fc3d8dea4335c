/**
 * The decision on a step: approve, reject (with a reason), return for correction (each problem
 * at a field of the form, offered by its label from the schema, with a message), or — at the
 * hall — ask for countersignature (with a reason). Validated by the API's own decision schema;
 * worked entirely from the keyboard (the choice has focus on opening, arrows change it, Tab
 * moves on, Enter on the button decides).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Radio, Select, Space } from 'antd';
import { useMemo } from 'react';
import { Controller, useFieldArray, useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { decisionRequest, type DecisionKind } from '@schemas/matter';
import type { DecisionRequest, MatterKind, Task } from '../api/contract';
import { FieldError } from '../apply/FormFields';
import { useFieldText } from '../apply/field-text';
import { formSections, leafFields } from '../apply/form-model';
import { useI18n } from '../i18n/i18n';
import { useDecide } from './queries';

interface DecisionFormValues {
  decision: DecisionKind;
  reason: string;
  problems: { field: string; message: string }[];
}

export function DecisionDialog({ task, kind, open, onClose, onDecided }: { task: Task; kind: MatterKind; open: boolean; onClose(): void; onDecided(): void }) {
  const { t, bi } = useI18n();
  const text = useFieldText();
  const decide = useDecide(task.matterId);
  const sections = useMemo(() => formSections(kind), [kind]);
  const fieldOptions = useMemo(
    () => [{ value: '', label: t('decision.wholeForm') }, ...leafFields(sections).map((field) => ({ value: field.path, label: text.pathLabel(sections, field.path) }))],
    [sections, text, t],
  );
  const choices: DecisionKind[] = task.step === 'hall' ? ['approve', 'reject', 'return', 'countersign'] : ['approve', 'reject', 'return'];
  const resolver = useMemo<Resolver<DecisionFormValues>>(() => {
    const validate = zodResolver(decisionRequest);
    // The schema judges the decision as it will be sent; the dialog keeps its own values to send it from.
    return async (values, context, options) => {
      const result = await validate(requestOf(values), context, options as never);
      return Object.keys(result.errors).length ? { values: {}, errors: result.errors as FieldErrors<DecisionFormValues> } : { values, errors: {} };
    };
  }, [task]);
  /** Blank reasons and the problem rows of another choice are not part of the decision. */
  function requestOf(values: DecisionFormValues): DecisionRequest {
    return {
      step: task.step,
      decision: values.decision,
      organisation: task.organisation,
      ...(values.reason.trim() ? { reason: values.reason.trim() } : {}),
      ...(values.decision === 'return' ? { problems: values.problems.map((p) => ({ ...(p.field ? { field: p.field } : {}), message: p.message.trim() })) } : {}),
    };
  }
  const form = useForm<DecisionFormValues>({
    defaultValues: { decision: 'approve', reason: '', problems: [{ field: '', message: '' }] },
    resolver,
  });
  const problems = useFieldArray({ control: form.control, name: 'problems' });
  const decision = useWatch({ control: form.control, name: 'decision' });
  const errors = form.formState.errors;
  const problemsMessage = (errors.problems as { message?: string } | undefined)?.message ?? errors.problems?.root?.message;

  const submit = form.handleSubmit(async (values) => {
    await decide.mutateAsync(requestOf(values));
    onDecided();
  });

  return (
    <Modal
      open={open}
      title={t('decision.title', { step: task.title })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('decision.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: decide.isPending, id: 'decision-submit' }}
      width={720}
      destroyOnHidden
      afterOpenChange={(opened) => {
        if (opened) document.querySelector<HTMLInputElement>('#decision-choice input[type=radio]:checked')?.focus();
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {decide.isError && <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} message={bi(decide.error.message)} />}
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
          <legend style={{ fontWeight: 600, marginBottom: 8, fontSize: 14 }}>{t('decision.choice')}</legend>
          <Controller
            name="decision"
            control={form.control}
            render={({ field }) => (
              <Radio.Group id="decision-choice" name="decision" value={field.value} onChange={(event) => field.onChange(event.target.value)}>
                <Space direction="vertical">
                  {choices.map((choice) => (
                    <Radio key={choice} value={choice}>
                      {t(`decision.${choice}`)}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            )}
          />
        </fieldset>
        <div style={{ marginBottom: 16 }}>
          <label htmlFor="decision-reason" style={{ fontWeight: 600, display: 'block', marginBottom: 4 }}>
            {t('decision.reason')}
            <span style={{ fontWeight: 400, color: '#595959' }}> {t(decision === 'reject' || decision === 'countersign' ? 'decision.reasonRequired' : 'form.optional')}</span>
          </label>
          <FieldError path="decision.reason" message={errors.reason?.message} />
          <Controller
            name="reason"
            control={form.control}
            render={({ field }) => <Input.TextArea id="decision-reason" rows={3} {...field} aria-invalid={errors.reason ? true : undefined} aria-describedby={errors.reason ? 'f-decision-reason-error' : undefined} />}
          />
        </div>
        {decision === 'return' && (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontWeight: 600, marginBottom: 4, fontSize: 14 }}>{t('decision.problems')}</legend>
            <FieldError path="decision.problems" message={problemsMessage} />
            {problems.fields.map((row, index) => (
              <Space key={row.id} align="start" style={{ display: 'flex', marginBottom: 8 }} wrap>
                <Controller
                  name={`problems.${index}.field`}
                  control={form.control}
                  render={({ field }) => (
                    <Select
                      id={`problem-${index}-field`}
                      aria-label={t('decision.problemField', { n: index + 1 })}
                      showSearch={{ optionFilterProp: 'label' }}
                      style={{ width: 300 }}
                      value={field.value}
                      onChange={field.onChange}
                      options={fieldOptions}
                    />
                  )}
                />
                <div>
                  <FieldError path={`decision.problems.${index}`} message={errors.problems?.[index]?.message?.message} />
                  <Controller
                    name={`problems.${index}.message`}
                    control={form.control}
                    render={({ field }) => <Input id={`problem-${index}-message`} aria-label={t('decision.problemMessage', { n: index + 1 })} style={{ width: 300 }} {...field} />}
                  />
                </div>
                <Button aria-label={t('decision.removeProblem', { n: index + 1 })} icon={<DeleteOutlined />} onClick={() => problems.remove(index)} disabled={problems.fields.length === 1} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => problems.append({ field: '', message: '' })}>
              {t('decision.addProblem')}
            </Button>
          </fieldset>
        )}
      </form>
    </Modal>
  );
}
