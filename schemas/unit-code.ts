/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters with a mod-31 check character.
 * Pure (imported by workflow code): no I/O, clock or randomness; only zod. Messages are "中文 / English".
 */
import { z } from 'zod';

/** The 31 characters of GB 32100-2015 (no I, O, Z, S, V). */
const unitCodeCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const unitCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const unitCodeCharacters = /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/;

/**
 * Check character (position 18) of a unified social credit code for its first 17 characters.
 * Lowercase input is uppercased. Throws RangeError when the input is not 17 characters of the charset.
 */
export function unitCodeCheckChar(first17: string): string {
  const s = first17.toUpperCase();
  if (s.length !== 17) {
    throw new RangeError(
      `统一社会信用代码本体应为 17 位 / the first part of a unit code must be 17 characters: ${first17}`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = unitCodeCharset.indexOf(s[i] as string);
    if (v < 0) {
      throw new RangeError(
        `统一社会信用代码含非法字符 / unit code contains an invalid character: ${s[i]}`,
      );
    }
    sum += v * (unitCodeWeights[i] ?? 0);
  }
  const c = 31 - (sum % 31);
  return unitCodeCharset[c === 31 ? 0 : c] as string;
}

function unitCodeProblem(code: string): string | null {
  if (code.length !== 18) {
    return '统一社会信用代码应为 18 位 / unit code (unified social credit code) must be 18 characters long';
  }
  if (!unitCodeCharacters.test(code)) {
    return '统一社会信用代码含非法字符（不得使用 I、O、Z、S、V） / unit code contains invalid characters (I, O, Z, S, V are not used)';
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return '统一社会信用代码第 3–8 位应为行政区划码（数字） / unit code positions 3–8 must be a numeric region code';
  }
  if (unitCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return '统一社会信用代码校验码错误 / unit code check character is wrong';
  }
  return null;
}

/** True for a valid unified social credit code (lowercase accepted). */
export function isValidUnitCode(code: string): boolean {
  return typeof code === 'string' && unitCodeProblem(code.trim().toUpperCase()) === null;
}

/** What the document states of a code: its characters; the check character is verified besides. */
const unitCodeShape = '^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}$';

/** Unified social credit code of the unit; output is trimmed and uppercased. */
export const unitCode = z
  .string({ error: '统一社会信用代码必须为字符串 / unit code must be a string' })
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = unitCodeProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, input: value });
  })
  .meta({
    pattern: unitCodeShape,
    description: '统一社会信用代码 (GB 32100)，第 18 位为校验码，校验不符时答 400 / unified social credit code (GB 32100); the 18th character is a check character, and a code failing it answers 400',
  });

/** A unit code to filter by: its shape only, so an unknown or mistyped code finds nothing rather than being refused. */
export const unitCodeFilter = z
  .string()
  .regex(new RegExp(unitCodeShape), '统一社会信用代码应为 18 位数字或大写字母 / a unit code is 18 digits or capital letters')
  .transform((value) => value.toUpperCase())
  .describe('统一社会信用代码 / unified social credit code');
