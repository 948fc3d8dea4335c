/** Dates as a Chinese certificate prints them: 2026年11月28日 (17:30), the day as it is in Asia/Shanghai. */

// China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and needs no ICU data.
const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

/** An instant, or a calendar date (YYYY-MM-DD) from a form. */
export function chineseDate(value: Date | string): string {
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return value;
    return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
  }
  const local = new Date(value.getTime() + shanghaiOffsetMs);
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
}

/** An instant to the minute: 2026年12月2日 17:30. */
export function chineseDateTime(value: Date): string {
  const local = new Date(value.getTime() + shanghaiOffsetMs);
  return `${chineseDate(value)} ${local.toISOString().slice(11, 16)}`;
}
