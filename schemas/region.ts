/**
 * 行政区划 (GB/T 2260): the regions of 宁夏回族自治区 whose public institutions the service runs,
 * at the two levels the reform works at (市、县两级): 区直 and the five prefectures, and the
 * counties (县、区、县级市) under each prefecture. A matter goes to the hall and offices of the
 * level its unit belongs to; a prefecture's supervisors watch its counties too.
 * Pure (imported by workflow code): no I/O, clock or randomness; only zod. Messages are "中文 / English".
 */
import { z } from 'zod';

const prefectures = {
  '640000': '区直',
  '640100': '银川市',
  '640200': '石嘴山市',
  '640300': '吴忠市',
  '640400': '固原市',
  '640500': '中卫市',
} as const;

/** Each county by its code: its name and the prefecture it belongs to. */
const counties = {
  '640104': ['兴庆区', '640100'],
  '640105': ['西夏区', '640100'],
  '640106': ['金凤区', '640100'],
  '640121': ['永宁县', '640100'],
  '640122': ['贺兰县', '640100'],
  '640181': ['灵武市', '640100'],
  '640202': ['大武口区', '640200'],
  '640205': ['惠农区', '640200'],
  '640221': ['平罗县', '640200'],
  '640302': ['利通区', '640300'],
  '640303': ['红寺堡区', '640300'],
  '640323': ['盐池县', '640300'],
  '640324': ['同心县', '640300'],
  '640381': ['青铜峡市', '640300'],
  '640402': ['原州区', '640400'],
  '640422': ['西吉县', '640400'],
  '640423': ['隆德县', '640400'],
  '640424': ['泾源县', '640400'],
  '640425': ['彭阳县', '640400'],
  '640502': ['沙坡头区', '640500'],
  '640521': ['中宁县', '640500'],
  '640522': ['海原县', '640500'],
} as const satisfies Record<string, readonly [string, keyof typeof prefectures]>;

export type RegionCode = keyof typeof prefectures | keyof typeof counties;

/** Every region's full name: "吴忠市", "吴忠市利通区", "区直". */
export const regionNames = Object.fromEntries([
  ...Object.entries(prefectures),
  ...Object.entries(counties).map(([code, [name, prefecture]]) => [code, `${prefectures[prefecture]}${name}`]),
]) as Record<RegionCode, string>;

const regionCodes = Object.keys(regionNames) as [RegionCode, ...RegionCode[]];

export const regionCode = z.enum(regionCodes, {
  error: '行政区划代码无效，应为宁夏区直、地级市或其县（区）的 GB/T 2260 代码 / region code must be the GB/T 2260 code of 区直, a prefecture of Ningxia or one of its counties',
});

/** A county's prefecture; a prefecture (or 区直) is its own. */
export function prefectureOf(region: string): string {
  return region in counties ? counties[region as keyof typeof counties][1] : region;
}

/** The region and, for a prefecture, every county under it: what a prefecture's supervisors watch. */
export function regionWithCounties(region: string): string[] {
  return [region, ...Object.entries(counties).flatMap(([code, [, prefecture]]) => (prefecture === region ? [code] : []))];
}
