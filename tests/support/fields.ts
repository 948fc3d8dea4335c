import type { z } from 'zod';
import { issuesToFieldErrors } from '../../schemas/field-errors';

/** The dotted fields a schema finds fault with, every one of them, in its order; [] when the input is valid. */
export function problemFields(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : issuesToFieldErrors(result.error).map((problem) => problem.field);
}
