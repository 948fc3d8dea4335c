/**
 * Every problem of a zod parse as `{ field, message }`, the shape the API answers and the workflow
 * attaches to a refused message, so a clerk sees each problem at its field (一次性告知).
 */
import type { z } from 'zod';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * Every zod issue as `{ field, message }` with a dotted path ("person.identityNumber",
 * "materials.0.sha256"); the root is ''. Union failures are expanded into their branches'
 * issues only when a single branch is involved; otherwise reported as one issue.
 */
export function issuesToFieldErrors(error: z.ZodError): FieldError[] {
  const out: FieldError[] = [];
  const walk = (issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): void => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'invalid_union' && issue.errors.length === 1 && issue.errors[0]) {
        walk(issue.errors[0], path);
        continue;
      }
      out.push({
        field: path.map((k) => (typeof k === 'symbol' ? (k.description ?? '') : String(k))).join('.'),
        message: issue.message,
      });
    }
  };
  walk(error.issues, []);
  return out;
}
