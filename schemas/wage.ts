/**
 * 薪级 and amounts of money: the wage scale's salary grades and yuan with at most two decimals (分).
 * Pure (imported by workflow code): no I/O, clock or randomness; only zod. Messages are "中文 / English".
 */
import { z } from 'zod';

/** 薪级 salary grade, integer 1–65. */
export const salaryGrade = z
  .number({ error: '薪级必须为数字 / salary grade must be a number' })
  .int({ error: '薪级必须为整数 / salary grade must be an integer' })
  .min(1, { error: '薪级应为 1–65 / salary grade must be between 1 and 65' })
  .max(65, { error: '薪级应为 1–65 / salary grade must be between 1 and 65' });

/** True when `n` is a finite number with at most two decimal places. */
function hasAtMostTwoDecimals(n: number): boolean {
  return Number.isFinite(n) && Number(n.toFixed(2)) === n;
}

/** Non-negative amount in yuan (元) with at most 2 decimals (分). */
export const money = z
  .number({ error: '金额必须为数字 / amount must be a number' })
  .min(0, { error: '金额不能为负数 / amount must not be negative' })
  .refine(hasAtMostTwoDecimals, {
    error: '金额最多保留两位小数 / amount must have at most 2 decimal places',
  });
