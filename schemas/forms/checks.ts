/**
 * Cross-field checks the forms share. Each adds an issue at the exact field path so the
 * clerk sees every problem of the form at once (一次性告知).
 */
import type { z } from 'zod';
import { birthDateOfIdentityNumber, isValidIdentityNumber, sexOfIdentityNumber } from '../identity-number';
import { isValidIsoDate } from '../dates';

type Ctx = z.RefinementCtx;

/** The identity number encodes birth date and sex; the form must agree with it. */
export function personMatchesIdentity(person: { identityNumber: string; birthDate: string; gender: 'male' | 'female' }, ctx: Ctx, path: (string | number)[]) {
  if (!isValidIdentityNumber(person.identityNumber)) return;
  if (isValidIsoDate(person.birthDate) && birthDateOfIdentityNumber(person.identityNumber) !== person.birthDate) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'birthDate'],
      message: '出生日期与公民身份号码不一致 / birth date differs from the one in the identity number',
    });
  }
  if (sexOfIdentityNumber(person.identityNumber) !== person.gender) {
    ctx.addIssue({ code: 'custom', path: [...path, 'gender'], message: '性别与公民身份号码不一致 / gender differs from the identity number' });
  }
}

/** Adds an issue at `laterPath` when `later` is before `earlier`; ISO dates compare as strings. */
export function notBefore(earlier: string, later: string, ctx: Ctx, laterPath: (string | number)[], message: string) {
  if (isValidIsoDate(earlier) && isValidIsoDate(later) && later < earlier) {
    ctx.addIssue({ code: 'custom', path: laterPath, message });
  }
}

export function requiredMaterials(materials: { kind: string }[], kinds: Record<string, string>, ctx: Ctx) {
  const present = new Set(materials.map((m) => m.kind));
  for (const [kind, name] of Object.entries(kinds)) {
    if (!present.has(kind)) {
      ctx.addIssue({ code: 'custom', path: ['materials'], message: `缺少要件「${name}」(${kind}) / required material ${kind} is missing` });
    }
  }
}
