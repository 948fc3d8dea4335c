/**
 * The form pages read their fields from the project's zod schemas (schemas/forms/*): each
 * section, field, label ('.describe()' texts), choice list and optionality comes from there,
 * and validation is the schema itself, so the console never restates any of it.
 */
import { z } from 'zod';
import { hireForm, hireMaterials } from '@schemas/forms/hire';
import { postChangeForm, postChangeMaterials } from '@schemas/forms/post-change';
import { transferForm, transferMaterials } from '@schemas/forms/transfer';
import type { MatterKind } from '@schemas/matter';

export type FormValues = Record<string, unknown>;

export const matterForms: Record<MatterKind, { schema: z.ZodType; materials: Record<string, string> }> = {
  hire: { schema: hireForm, materials: hireMaterials },
  transfer: { schema: transferForm, materials: transferMaterials },
  'post-change': { schema: postChangeForm, materials: postChangeMaterials },
};

export type InputKind = 'text' | 'date' | 'number' | 'boolean' | 'choice' | 'materials';

interface FieldBase {
  /** Dotted path in the form, as the API reports problems ('person.identityNumber'). */
  path: string;
  /** The last part of the path, for a label when the schema has no description. */
  name: string;
  /** The schema's "中文 / English" description. */
  description?: string;
  optional: boolean;
}

export interface LeafField extends FieldBase {
  type: 'leaf';
  input: InputKind;
  /** The values a choice allows, in the schema's order. */
  options?: readonly string[];
}

export interface GroupField extends FieldBase {
  type: 'group';
  children: FormField[];
}

export type FormField = LeafField | GroupField;

function unwrapOptional(schema: z.ZodType): { inner: z.ZodType; optional: boolean; description?: string } {
  let inner = schema;
  let optional = false;
  let description = schema.description;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    optional = true;
    inner = inner.unwrap() as z.ZodType;
    description ??= inner.description;
  }
  return { inner, optional, description };
}

/** A text field is a date when the schema takes a real ISO date and refuses an impossible one. */
function isDateText(schema: z.ZodType): boolean {
  return schema.safeParse('2024-02-29').success && !schema.safeParse('2024-02-30').success && !schema.safeParse('20240229').success;
}

function fieldOf(schema: z.ZodType, path: string, name: string): FormField {
  const { inner, optional, description } = unwrapOptional(schema);
  const base = { path, name, optional, description };
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    return { ...base, type: 'group', children: Object.entries(shape).map(([key, child]) => fieldOf(child, `${path}.${key}`, key)) };
  }
  if (inner instanceof z.ZodArray) return { ...base, type: 'leaf', input: 'materials' };
  if (inner instanceof z.ZodEnum) return { ...base, type: 'leaf', input: 'choice', options: inner.options as string[] };
  // A yes the law requires (compulsory insurance: `z.literal(true)`) is still a box to tick; the schema refuses it unticked.
  if (inner instanceof z.ZodBoolean || (inner instanceof z.ZodLiteral && [...inner.values].every((value) => typeof value === 'boolean'))) return { ...base, type: 'leaf', input: 'boolean' };
  if (inner instanceof z.ZodNumber) return { ...base, type: 'leaf', input: 'number' };
  return { ...base, type: 'leaf', input: isDateText(inner) ? 'date' : 'text' };
}

/** The form's top-level parts in the schema's order: the sections of the page. */
export function formSections(kind: MatterKind): FormField[] {
  const schema = matterForms[kind].schema;
  if (!(schema instanceof z.ZodObject)) throw new Error(`the ${kind} form is not an object schema`);
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, child]) => fieldOf(child, key, key));
}

/** Every field and group, depth first in the page's order. */
export function allFields(fields: FormField[]): FormField[] {
  return fields.flatMap((field) => (field.type === 'group' ? [field, ...allFields(field.children)] : [field]));
}

export function leafFields(fields: FormField[]): LeafField[] {
  return allFields(fields).filter((field): field is LeafField => field.type === 'leaf');
}

/** An empty form: text empty, choices and numbers unset, yes/no questions no. */
export function emptyValues(fields: FormField[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    if (field.type === 'group') values[field.name] = emptyValues(field.children);
    else if (field.input === 'boolean') values[field.name] = false;
    else if (field.input === 'materials') values[field.name] = [];
    else if (field.input === 'text' || field.input === 'date') values[field.name] = '';
    else values[field.name] = undefined;
  }
  return values;
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * The values as the schema expects them: a field left blank is absent (so an optional one is
 * fine and a required one says it is required), and an optional group left wholly blank is absent.
 */
export function cleaned(fields: FormField[], values: FormValues | undefined): FormValues {
  const out: FormValues = {};
  for (const field of fields) {
    const value = values?.[field.name];
    if (field.type === 'group') {
      const group = cleaned(field.children, value as FormValues | undefined);
      const blank = Object.values(group).every((v) => v === undefined || v === false);
      if (!(field.optional && blank)) out[field.name] = group;
    } else if (field.input === 'text' || field.input === 'date') {
      if (!isBlank(value)) out[field.name] = value;
      else if (!field.optional) out[field.name] = '';
    } else if (!isBlank(value)) {
      out[field.name] = value;
    }
  }
  return out;
}

/** A saved form merged over the empty one, so every field is controlled from the start. */
export function valuesFrom(fields: FormField[], saved: FormValues): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = saved[field.name];
    if (field.type === 'group') values[field.name] = valuesFrom(field.children, (value as FormValues | undefined) ?? {});
    else values[field.name] = value ?? emptyValues([field])[field.name];
  }
  return values;
}
