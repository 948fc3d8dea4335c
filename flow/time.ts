/** Times as the chart shows them: "12-01 17:30", the minute in Asia/Shanghai. */
import { shanghaiOffsetMs } from '../calendar/dates';

export function shanghaiMinute(iso: string): string {
  return new Date(Date.parse(iso) + shanghaiOffsetMs).toISOString().slice(5, 16).replace('T', ' ');
}
