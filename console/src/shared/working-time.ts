/**
 * Office time left before a deadline, counted as the service counts it: 09:00–17:30 in
 * Asia/Shanghai, Monday to Friday. An approximation — statutory holidays and make-up working
 * days are the server's to know — so the page labels it as one.
 */
const shanghaiOffsetMs = 8 * 3_600_000;
const dayMs = 86_400_000;
const opensMs = 9 * 3_600_000;
const closesMs = 17.5 * 3_600_000;

/** Office milliseconds in [from, to) (from ≤ to), on weekdays between opening and closing. */
function officeMsBetween(from: number, to: number): number {
  let total = 0;
  // Shanghai has no daylight saving: a fixed offset turns instants into its wall clock.
  let dayStart = Math.floor((from + shanghaiOffsetMs) / dayMs) * dayMs - shanghaiOffsetMs;
  for (; dayStart < to; dayStart += dayMs) {
    const weekday = new Date(dayStart + shanghaiOffsetMs).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const start = Math.max(from, dayStart + opensMs);
    const end = Math.min(to, dayStart + closesMs);
    if (end > start) total += end - start;
  }
  return total;
}

/** Office time until `due` from `now`: positive while there is time, negative once past it. */
export function officeTimeLeft(due: string, now: number): number {
  const dueMs = Date.parse(due);
  return dueMs >= now ? officeMsBetween(now, dueMs) : -officeMsBetween(dueMs, now);
}

/** Whole hours and minutes of a duration, for "3 小时 20 分". */
export function hoursAndMinutes(ms: number): { hours: number; minutes: number } {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
