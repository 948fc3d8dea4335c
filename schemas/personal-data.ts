/**
 * 个人信息: which fields of a form are a person's data, said once, on the field's schema. What
 * is stored encrypted (vault/), what a reader sees masked (the form route) and what the
 * OpenAPI document flags (`x-personal-data`) all follow from the same mark.
 * Pure (imported by workflow code): no I/O, clock or randomness; only zod.
 */
import { z } from 'zod';

/** The kinds of personal data the forms carry; each has its own mask. */
export const personalDataKinds = ['name', 'identity-number', 'phone', 'birth-date'] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

/** The metadata key: an OpenAPI extension keyword, so the published document says it too. */
export const personalDataKey = 'x-personal-data';

/** Marks a field as personal data of the given kind. */
export function personal<T extends z.ZodType>(schema: T, kind: PersonalDataKind): T {
  return schema.meta({ [personalDataKey]: kind }) as T;
}

export interface PersonalField {
  /** Object keys from the form's root; `*` stands for every element of an array. */
  path: string[];
  kind: PersonalDataKind;
}

/** Every field the schema marks as personal, found by walking its objects, arrays and wrappers. */
export function personalFieldsOf(schema: z.ZodType): PersonalField[] {
  const found: PersonalField[] = [];
  const walk = (node: z.core.$ZodType, path: string[]) => {
    const kind = z.globalRegistry.get(node as z.ZodType)?.[personalDataKey];
    if (typeof kind === 'string' && (personalDataKinds as readonly string[]).includes(kind)) {
      found.push({ path, kind: kind as PersonalDataKind });
      return;
    }
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
      case 'object':
        for (const [key, child] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) walk(child, [...path, key]);
        return;
      case 'array':
        walk(def.element as z.core.$ZodType, [...path, '*']);
        return;
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'nonoptional':
      case 'catch':
        walk(def.innerType as z.core.$ZodType, path);
        return;
      case 'pipe':
        walk(def.in as z.core.$ZodType, path);
        return;
      default:
        return;
    }
  };
  walk(schema, []);
  return found;
}

/**
 * Applies `change` to each value at the personal fields' paths that is present, and answers a
 * copy of the form (the original is left as it was). Values of any other shape pass untouched.
 */
export function mapPersonalFields(form: unknown, fields: readonly PersonalField[], change: (value: unknown, field: PersonalField, at: string) => unknown): unknown {
  let result = form;
  for (const field of fields) result = mapAt(result, field.path, [], (value, at) => change(value, field, at));
  return result;
}

function mapAt(node: unknown, rest: readonly string[], at: readonly string[], change: (value: unknown, at: string) => unknown): unknown {
  if (rest.length === 0) return node === undefined || node === null ? node : change(node, at.join('.'));
  const [key, ...tail] = rest as [string, ...string[]];
  if (key === '*') return Array.isArray(node) ? node.map((item, index) => mapAt(item, tail, [...at, String(index)], change)) : node;
  if (typeof node !== 'object' || node === null || Array.isArray(node) || !(key in node)) return node;
  const record = node as Record<string, unknown>;
  return { ...record, [key]: mapAt(record[key], tail, [...at, key], change) };
}
