/** The bench's one table: a row per figure, with what it is measured against and the target it has. */
import { cpus, totalmem } from 'node:os';

export interface Row {
  phase: string;
  measure: string;
  figure: string;
  detail: string;
  target: string;
}

export function printTable(rows: readonly Row[], concurrency: number): void {
  const header: Row = { phase: 'phase', measure: 'measure', figure: 'figure', detail: 'detail', target: 'target' };
  const all = [header, ...rows];
  const columns = Object.keys(header) as (keyof Row)[];
  const width = (column: keyof Row) => Math.max(...all.map((row) => displayWidth(row[column])));
  const widths = Object.fromEntries(columns.map((column) => [column, width(column)])) as Record<keyof Row, number>;
  const line = (row: Row) => `| ${columns.map((column) => pad(row[column], widths[column])).join(' | ')} |`;
  console.log('');
  console.log(line(header));
  console.log(`|${columns.map((column) => '-'.repeat(widths[column] + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log('');
  console.log(`machine: ${machine()}, matters in flight ${concurrency}, ${new Date().toISOString().slice(0, 10)}`);
}

export function machine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown cpu'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${process.platform}/${process.arch}`;
}

export const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`);

export const ratio = (value: number) => value.toFixed(value < 0.1 ? 3 : 2);

/** CJK characters take two columns on a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
