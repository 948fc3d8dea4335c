/**
 * A person's name and mobile number as the forms take them.
 * Pure (imported by workflow code): no I/O, clock or randomness; only zod. Messages are "中文 / English".
 */
import { z } from 'zod';

/** Mainland China mobile number, 11 digits starting 13–19. */
export const mobilePhone = z
  .string({ error: '手机号码必须为字符串 / mobile phone number must be a string' })
  .trim()
  .regex(/^1[3-9]\d{9}$/, {
    error: '手机号码应为 11 位大陆手机号（1[3-9] 开头） / mobile phone must be an 11-digit mainland number starting 13–19',
  });

const personNamePattern = /^[\p{Script=Han}·A-Za-z ]{2,30}$/u;

/** Person name: 2–30 Chinese characters (incl. '·') or Latin letters/spaces; trimmed. */
export const personName = z
  .string({ error: '姓名必须为字符串 / name must be a string' })
  .trim()
  .superRefine((value, ctx) => {
    if (!personNamePattern.test(value) || !/[\p{Script=Han}A-Za-z]/u.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message:
          '姓名应为 2–30 个汉字（可含“·”）或英文字母、空格 / name must be 2–30 Chinese characters (incl. “·”) or Latin letters and spaces',
        input: value,
      });
    }
  })
  // The document's reading of the check above (Han in the basic and compatibility blocks; the server also takes the rarer ones).
  .meta({ pattern: '^\\s*[\\u3400-\\u9fff\\uf900-\\ufaff·A-Za-z][\\u3400-\\u9fff\\uf900-\\ufaff·A-Za-z ]{0,28}[\\u3400-\\u9fff\\uf900-\\ufaff·A-Za-z]\\s*$' });
