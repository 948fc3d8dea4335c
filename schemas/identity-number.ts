/**
 * 公民身份号码 (GB 11643-1999): 18 characters, mod 11-2 check character, birth date and sex encoded.
 * Pure (imported by workflow code): no I/O, clock or randomness; only zod. Messages are "中文 / English".
 */
import { z } from 'zod';
import { isRealDate } from './dates';

const identityWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const identityCheckCharacters = '10X98765432';

/**
 * Province-level codes (GB/T 2260, first two digits) accepted in identity numbers:
 * 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 (台湾), 81 (香港), 82 (澳门).
 */
export const provinceCodes: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

/** Earliest birth year accepted in an identity number. */
const earliestBirthYear = 1900;

/**
 * GB 11643-1999 mod 11-2 check character for the first 17 digits.
 * Throws RangeError when the input is not exactly 17 digits.
 */
export function identityNumberCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(
      `本体码应为 17 位数字 / the first 17 characters must be digits: ${first17}`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (identityWeights[i] ?? 0);
  return identityCheckCharacters[sum % 11] as string;
}

/** First problem found with an identity number (already trimmed/uppercased), or null. */
function identityNumberProblem(id: string): string | null {
  if (id.length !== 18) {
    return '公民身份号码应为 18 位 / identity number must be 18 characters long';
  }
  if (!/^\d{17}[\dX]$/.test(id)) {
    return '公民身份号码应为 17 位数字加 1 位数字或 X / identity number must be 17 digits followed by a digit or X';
  }
  if (!provinceCodes.has(id.slice(0, 2))) {
    return '公民身份号码地址码无效（省级代码不存在） / identity number region code is invalid (unknown province)';
  }
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < earliestBirthYear || !isRealDate(year, month, day)) {
    return '公民身份号码出生日期无效 / identity number birth date is not a real date';
  }
  if (identityNumberCheckDigit(id.slice(0, 17)) !== id[17]) {
    return '公民身份号码校验位错误 / identity number check digit is wrong';
  }
  return null;
}

function normaliseIdentityNumber(id: string): string {
  return id.trim().toUpperCase();
}

/** True for a valid 18-character identity number (lowercase x accepted). */
export function isValidIdentityNumber(id: string): boolean {
  return typeof id === 'string' && identityNumberProblem(normaliseIdentityNumber(id)) === null;
}

/** Birth date 'YYYY-MM-DD' embedded in a valid identity number. Throws RangeError otherwise. */
export function birthDateOfIdentityNumber(id: string): string {
  const norm = normaliseIdentityNumber(id);
  const problem = identityNumberProblem(norm);
  if (problem !== null) throw new RangeError(problem);
  return `${norm.slice(6, 10)}-${norm.slice(10, 12)}-${norm.slice(12, 14)}`;
}

/** Sex encoded in a valid identity number (17th digit: odd male, even female). Throws RangeError otherwise. */
export function sexOfIdentityNumber(id: string): 'male' | 'female' {
  const norm = normaliseIdentityNumber(id);
  const problem = identityNumberProblem(norm);
  if (problem !== null) throw new RangeError(problem);
  return Number(norm[16]) % 2 === 1 ? 'male' : 'female';
}

/** Citizen identity number; output is trimmed and uppercased ('x' → 'X'). */
export const identityNumber = z
  .string({ error: '公民身份号码必须为字符串 / identity number must be a string' })
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = identityNumberProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, input: value });
  })
  .meta({
    pattern: '^\\s*[1-8]\\d{16}[0-9Xx]\\s*$',
    description:
      '公民身份号码 (GB 11643)：18 位，前 2 位为省级代码，第 7–14 位为真实出生日期，第 18 位为校验码；不符时答 400 / citizen identity number (GB 11643): 18 characters, a province code first, a real birth date in characters 7–14, a check character last; one failing these answers 400',
  });
