/**
 * The form's sections and fields as the schema lays them out, each field labelled, its message
 * shown above the input when it has one (GOV.UK), the input marked invalid and described by it.
 * A field says its message when the clerk leaves it; a problem the server or a reviewer found
 * arrives on the same field.
 */
import { Card, Checkbox, Input, InputNumber, Radio, Tag, Typography } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import { Controller, get, useFormState, type Control } from 'react-hook-form';
import { useI18n } from '../i18n/i18n';
import { useFieldText } from './field-text';
import type { FormField, FormValues, LeafField } from './form-model';
import { errorId, fieldId } from './ids';
import { MaterialsField } from './MaterialsField';

/** The paths the personnel register filled (从人员信息库带入), each marked beside its label for the clerk to check. */
export const PrefilledFields = createContext<ReadonlySet<string>>(new Set());

function PrefilledMark({ path }: { path: string }) {
  const { t } = useI18n();
  if (!useContext(PrefilledFields).has(path)) return null;
  return (
    <Tag color="blue" style={{ marginInlineStart: 8, fontWeight: 400 }}>
      {t('prefill.mark')}
    </Tag>
  );
}

const errorStyle = { color: '#cf1322', fontWeight: 600, display: 'block', marginBottom: 4 } as const;

export function FieldError({ path, message }: { path: string; message: string | undefined }) {
  const { bi, t } = useI18n();
  if (!message) return null;
  return (
    <span id={errorId(path)} style={errorStyle}>
      <span className="visually-hidden">{t('form.errorPrefix')}</span>
      {bi(message)}
    </span>
  );
}

function Question({ field, message, children, asGroup }: { field: FormField; message?: string; children: ReactNode; asGroup?: boolean }) {
  const text = useFieldText();
  const { t } = useI18n();
  const hint = text.hint(field);
  const optional = field.optional ? <span style={{ color: '#595959', fontWeight: 400 }}> {t('form.optional')}</span> : null;
  const border = message ? { borderInlineStart: '4px solid #cf1322', paddingInlineStart: 12 } : {};
  if (asGroup) {
    return (
      <fieldset style={{ border: 0, padding: 0, margin: '0 0 20px', ...border }} aria-describedby={message ? errorId(field.path) : undefined}>
        <legend style={{ fontWeight: 600, marginBottom: 4, fontSize: 14 }}>
          {text.label(field)}
          {optional}
          <PrefilledMark path={field.path} />
        </legend>
        {hint && <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>{hint}</Typography.Text>}
        <FieldError path={field.path} message={message} />
        {children}
      </fieldset>
    );
  }
  return (
    <div style={{ marginBottom: 20, ...border }}>
      <label htmlFor={fieldId(field.path)} style={{ fontWeight: 600, display: 'block', marginBottom: 4 }}>
        {text.label(field)}
        {optional}
        <PrefilledMark path={field.path} />
      </label>
      {hint && <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>{hint}</Typography.Text>}
      <FieldError path={field.path} message={message} />
      {children}
    </div>
  );
}

function LeafInput({ field, control, materials }: { field: LeafField; control: Control<FormValues>; materials: Record<string, string> }) {
  const text = useFieldText();
  const { t } = useI18n();
  return (
    <Controller
      name={field.path}
      control={control}
      render={({ field: input, fieldState }) => {
        const message = fieldState.error?.message;
        const a11y = { id: fieldId(field.path), 'aria-invalid': message ? true : undefined, 'aria-describedby': message ? errorId(field.path) : undefined };
        const status = message ? ('error' as const) : undefined;
        switch (field.input) {
          case 'choice':
            return (
              <Question field={field} message={message} asGroup>
                {/* Left when focus leaves the whole group: moving between its choices is not leaving the question. */}
                <div
                  onBlur={(event) => {
                    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) input.onBlur();
                  }}
                >
                  <Radio.Group id={fieldId(field.path)} value={input.value ?? null} onChange={(event) => input.onChange(event.target.value ?? undefined)}>
                    {field.options?.map((value) => (
                      <Radio key={value} value={value}>
                        {text.option(value)}
                      </Radio>
                    ))}
                    {field.optional && <Radio value={null}>{t('form.none')}</Radio>}
                  </Radio.Group>
                </div>
              </Question>
            );
          case 'boolean':
            return (
              <div style={{ marginBottom: 16 }}>
                <FieldError path={field.path} message={message} />
                <Checkbox {...a11y} checked={input.value === true} onChange={(event) => input.onChange(event.target.checked)} onBlur={input.onBlur}>
                  {text.label(field)}
                </Checkbox>
                <PrefilledMark path={field.path} />
              </div>
            );
          case 'number':
            return (
              <Question field={field} message={message}>
                <InputNumber
                  {...a11y}
                  status={status}
                  value={typeof input.value === 'number' ? input.value : null}
                  onChange={(value) => input.onChange(value ?? undefined)}
                  onBlur={input.onBlur}
                  ref={input.ref}
                  style={{ width: 160 }}
                />
              </Question>
            );
          case 'materials':
            return (
              <Question field={field} message={typeof message === 'string' ? message : undefined} asGroup>
                <MaterialsField required={materials} value={(input.value as Material[] | undefined) ?? []} onChange={input.onChange} path={field.path} control={control} />
              </Question>
            );
          default:
            return (
              <Question field={field} message={message}>
                <Input
                  {...a11y}
                  status={status}
                  value={typeof input.value === 'string' ? input.value : ''}
                  onChange={input.onChange}
                  onBlur={input.onBlur}
                  ref={input.ref}
                  placeholder={field.input === 'date' ? 'YYYY-MM-DD' : undefined}
                  inputMode={field.input === 'date' ? 'numeric' : undefined}
                  autoComplete="off"
                  style={{ maxWidth: field.input === 'date' ? 200 : 480 }}
                />
              </Question>
            );
        }
      }}
    />
  );
}

type Material = { kind: string; name: string; sha256: string; size: number };

/** A group's own message (a check across its fields, e.g. 拟聘岗位与现聘岗位相同) sits above its fields. */
function GroupMessage({ path, control }: { path: string; control: Control<FormValues> }) {
  const { errors } = useFormState({ control, name: path });
  const own = get(errors, path) as { message?: unknown } | undefined;
  return <FieldError path={path} message={typeof own?.message === 'string' ? own.message : undefined} />;
}

function Fields({ fields, control, materials }: { fields: FormField[]; control: Control<FormValues>; materials: Record<string, string> }) {
  const text = useFieldText();
  return (
    <>
      {fields.map((field) =>
        field.type === 'group' ? (
          <fieldset key={field.path} id={fieldId(field.path)} tabIndex={-1} style={{ border: '1px solid #e8e8e8', borderRadius: 4, padding: '8px 16px 0', margin: '0 0 20px' }}>
            <legend style={{ fontSize: 15, fontWeight: 600, padding: '0 6px', width: 'auto', border: 0, margin: 0 }}>{text.label(field)}</legend>
            <GroupMessage path={field.path} control={control} />
            <Fields fields={field.children} control={control} materials={materials} />
          </fieldset>
        ) : (
          <LeafInput key={field.path} field={field} control={control} materials={materials} />
        ),
      )}
    </>
  );
}

/** One card per section of the form (unit, person, post, wage, insurance, archive, materials …). */
export function FormSections({ sections, control, materials }: { sections: FormField[]; control: Control<FormValues>; materials: Record<string, string> }) {
  const text = useFieldText();
  const { t } = useI18n();
  return (
    <>
      {sections.map((section) => (
        <Card
          key={section.path}
          id={section.type === 'group' ? fieldId(section.path) : undefined}
          tabIndex={section.type === 'group' ? -1 : undefined}
          title={<h2 style={{ fontSize: 17, margin: 0 }}>{section.type === 'group' ? text.label(section) : section.path === 'materials' ? text.label(section) : t('form.section.application')}</h2>}
          style={{ marginBottom: 16 }}
        >
          {section.type === 'group' ? (
            <>
              <GroupMessage path={section.path} control={control} />
              <Fields fields={section.children} control={control} materials={materials} />
            </>
          ) : (
            <LeafInput field={section} control={control} materials={materials} />
          )}
        </Card>
      ))}
    </>
  );
}
