/**
 * 行政区划 (GB/T 2260): the regions of 宁夏回族自治区 whose public institutions the service runs.
 * Pure (imported by workflow code): no I/O, clock or randomness; only zod. Messages are "中文 / English".
 */
import { z } from 'zod';

export const regionNames = {
  '640000': '区直',
  '640100': '银川市',
  '640200': '石嘴山市',
  '640300': '吴忠市',
  '640400': '固原市',
  '640500': '中卫市',
} as const satisfies Record<string, string>;

export type RegionCode = keyof typeof regionNames;

const regionCodes = Object.keys(regionNames) as [RegionCode, ...RegionCode[]];

export const regionCode = z.enum(regionCodes, {
  error: `行政区划代码无效，应为 ${regionCodes.join('、')} 之一 / region code must be one of ${regionCodes.join(', ')}`,
});
