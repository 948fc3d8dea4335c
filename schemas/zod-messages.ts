/**
 * zod's own messages, "中文 / English" like every message a person reads here. A schema's own
 * message always wins; this answers for the checks no schema worded itself (a missing field, a
 * wrong type, a length or format). Installed once by the API (api/errors.ts).
 * Pure: no I/O, clock or randomness; only zod.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const typeNames: Record<string, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  date: '日期',
  bigint: '大整数',
  null: '空值',
  undefined: '空',
};

const formatNames: Record<string, string> = {
  email: '电子邮件地址',
  url: '网址',
  uuid: 'UUID',
  datetime: 'ISO 8601 日期时间',
  date: 'ISO 8601 日期 (YYYY-MM-DD)',
  time: 'ISO 8601 时间',
  regex: '规定格式',
};

/** What JSON calls the value that came: `null` and arrays are not "object" to a reader. */
function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

const measures: Record<string, [zh: string, en: string]> = {
  string: ['个字符', 'characters'],
  array: ['项', 'items'],
  set: ['项', 'items'],
};

function bound(issue: { origin: string; inclusive?: boolean }, value: number | bigint | Date, smaller: boolean): string {
  const [zh, en] = measures[issue.origin] ?? ['', ''];
  const shown = value instanceof Date ? value.toISOString() : String(value);
  if (issue.origin in measures) {
    return smaller
      ? `长度至少为 ${shown} ${zh} / must have at least ${shown} ${en}`
      : `长度至多为 ${shown} ${zh} / must have at most ${shown} ${en}`;
  }
  const inclusive = issue.inclusive !== false;
  return smaller
    ? `应${inclusive ? '不小于' : '大于'} ${shown} / must be ${inclusive ? 'at least' : 'greater than'} ${shown}`
    : `应${inclusive ? '不大于' : '小于'} ${shown} / must be ${inclusive ? 'at most' : 'less than'} ${shown}`;
}

export function bilingualZodMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '此项必填 / this field is required';
      return `应为${typeNames[issue.expected] ?? issue.expected}，实际为 ${received(issue.input)} / expected ${issue.expected}, received ${received(issue.input)}`;
    case 'too_small':
      return bound(issue, issue.minimum, true);
    case 'too_big':
      return bound(issue, issue.maximum, false);
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern
        ? `格式不符合 ${issue.pattern} / must match ${issue.pattern}`
        : `应为${formatNames[issue.format] ?? issue.format}格式 / must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `应为 ${issue.divisor} 的倍数 / must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')} / unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return '不符合任何一种允许的形式 / matches none of the allowed forms';
    case 'invalid_key':
      return '键无效 / invalid key';
    case 'invalid_element':
      return '元素无效 / invalid element';
    case 'invalid_value': {
      const allowed = issue.values.map((value) => JSON.stringify(value)).join(', ');
      return issue.values.length === 1 ? `应为 ${allowed} / must be ${allowed}` : `应为以下之一：${allowed} / must be one of ${allowed}`;
    }
    case 'custom':
      return '内容无效 / invalid value';
    default:
      return undefined;
  }
}
