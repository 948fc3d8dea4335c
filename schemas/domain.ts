/**
 * Domain codes of personnel matters in public institutions (事业单位人事管理).
 *
 * Reusable zod 4 schemas and pure helpers. Every failure carries a bilingual
 * message "中文 / English".
 *
 * This module is imported by Temporal workflow code and MUST stay pure:
 * no I/O, no Date.now(), no randomness, no Node built-ins. Only `zod`.
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------
// Calendar helpers (pure arithmetic, no Date objects)
// ---------------------------------------------------------------------------

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1–12) of `year`; 0 for an out-of-range month. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** True when year/month/day (1-based month) name a real Gregorian calendar date, year 1–9999. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999) return false;
  const dim = daysInMonth(year, month);
  return dim > 0 && day >= 1 && day <= dim;
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a 'YYYY-MM-DD' string naming a real calendar date. */
export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Completed years of age on `onDate` for someone born on `birthDate`
 * (both 'YYYY-MM-DD'). A 29 Feb birthday counts as reached on 1 Mar in
 * non-leap years. Throws RangeError on an invalid date.
 */
export function ageOn(birthDate: string, onDate: string): number {
  if (!isValidIsoDate(birthDate)) {
    throw new RangeError(`出生日期无效 / birth date is invalid: ${birthDate}`);
  }
  if (!isValidIsoDate(onDate)) {
    throw new RangeError(`参照日期无效 / reference date is invalid: ${onDate}`);
  }
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = onDate.split('-').map(Number) as [number, number, number];
  let age = oy - by;
  if (om < bm || (om === bm && od < bd)) age -= 1;
  return age;
}

/** 'YYYY-MM-DD' string that is a real calendar date. */
export const isoDate = z
  .string({ error: '日期必须为字符串 / date must be a string' })
  .superRefine((value, ctx) => {
    if (!ISO_DATE_RE.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: '日期格式应为 YYYY-MM-DD / date must be formatted YYYY-MM-DD',
        input: value,
      });
      return;
    }
    if (!isValidIsoDate(value)) {
      ctx.addIssue({
        code: 'custom',
        message: '日期不存在 / date does not exist in the calendar',
        input: value,
      });
    }
  });

// ---------------------------------------------------------------------------
// 公民身份号码 GB 11643-1999
// ---------------------------------------------------------------------------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_MAP = '10X98765432';

/**
 * Province-level codes (GB/T 2260, first two digits) accepted in identity numbers:
 * 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 (台湾), 81 (香港), 82 (澳门).
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

/** Earliest birth year accepted in an identity number. */
const ID_MIN_BIRTH_YEAR = 1900;

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
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_MAP[sum % 11] as string;
}

/** First problem found with an identity number (already trimmed/uppercased), or null. */
function identityNumberProblem(id: string): string | null {
  if (id.length !== 18) {
    return '公民身份号码应为 18 位 / identity number must be 18 characters long';
  }
  if (!/^\d{17}[\dX]$/.test(id)) {
    return '公民身份号码应为 17 位数字加 1 位数字或 X / identity number must be 17 digits followed by a digit or X';
  }
  if (!PROVINCE_CODES.has(id.slice(0, 2))) {
    return '公民身份号码地址码无效（省级代码不存在） / identity number region code is invalid (unknown province)';
  }
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < ID_MIN_BIRTH_YEAR || !isRealDate(year, month, day)) {
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
  });

// ---------------------------------------------------------------------------
// 统一社会信用代码 GB 32100-2015
// ---------------------------------------------------------------------------

/** The 31 characters of GB 32100-2015 (no I, O, Z, S, V). */
export const UNIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UNIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const UNIT_CODE_CHARS_RE = /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/;

/**
 * Check character (position 18) of a unified social credit code for its first 17 characters.
 * Lowercase input is uppercased. Throws RangeError when the input is not 17 characters of the charset.
 */
export function unitCodeCheckChar(first17: string): string {
  const s = first17.toUpperCase();
  if (s.length !== 17) {
    throw new RangeError(
      `统一社会信用代码本体应为 17 位 / the first part of a unit code must be 17 characters: ${first17}`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = UNIT_CODE_CHARSET.indexOf(s[i] as string);
    if (v < 0) {
      throw new RangeError(
        `统一社会信用代码含非法字符 / unit code contains an invalid character: ${s[i]}`,
      );
    }
    sum += v * (UNIT_WEIGHTS[i] ?? 0);
  }
  const c = 31 - (sum % 31);
  return UNIT_CODE_CHARSET[c === 31 ? 0 : c] as string;
}

function unitCodeProblem(code: string): string | null {
  if (code.length !== 18) {
    return '统一社会信用代码应为 18 位 / unit code (unified social credit code) must be 18 characters long';
  }
  if (!UNIT_CODE_CHARS_RE.test(code)) {
    return '统一社会信用代码含非法字符（不得使用 I、O、Z、S、V） / unit code contains invalid characters (I, O, Z, S, V are not used)';
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return '统一社会信用代码第 3–8 位应为行政区划码（数字） / unit code positions 3–8 must be a numeric region code';
  }
  if (unitCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return '统一社会信用代码校验码错误 / unit code check character is wrong';
  }
  return null;
}

/** True for a valid unified social credit code (lowercase accepted). */
export function isValidUnitCode(code: string): boolean {
  return typeof code === 'string' && unitCodeProblem(code.trim().toUpperCase()) === null;
}

/** Unified social credit code of the unit; output is trimmed and uppercased. */
export const unitCode = z
  .string({ error: '统一社会信用代码必须为字符串 / unit code must be a string' })
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = unitCodeProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });

// ---------------------------------------------------------------------------
// 行政区划 GB/T 2260 (宁夏回族自治区)
// ---------------------------------------------------------------------------

export const REGIONS = {
  '640000': '区直',
  '640100': '银川市',
  '640200': '石嘴山市',
  '640300': '吴忠市',
  '640400': '固原市',
  '640500': '中卫市',
} as const satisfies Record<string, string>;

export type RegionCode = keyof typeof REGIONS;

export const REGION_CODES = Object.keys(REGIONS) as [RegionCode, ...RegionCode[]];

export const regionCode = z.enum(REGION_CODES, {
  error: `行政区划代码无效，应为 ${REGION_CODES.join('、')} 之一 / region code must be one of ${REGION_CODES.join(', ')}`,
});

// ---------------------------------------------------------------------------
// 岗位 posts
// ---------------------------------------------------------------------------

export const POST_CATEGORIES = {
  management: { label: '管理岗', labelEn: 'management post', minLevel: 1, maxLevel: 10 },
  professional: { label: '专业技术岗', labelEn: 'professional/technical post', minLevel: 1, maxLevel: 13 },
  worker: { label: '工勤技能岗', labelEn: 'worker/skilled post', minLevel: 1, maxLevel: 5 },
} as const;

export type PostCategory = keyof typeof POST_CATEGORIES;

export const postCategory = z.enum(['management', 'professional', 'worker'], {
  error:
    '岗位类别应为 management（管理岗）、professional（专业技术岗）或 worker（工勤技能岗） / post category must be management, professional or worker',
});

export const WORKER_GRADES = {
  technician: { label: '技术工', labelEn: 'technician' },
  general: { label: '普通工', labelEn: 'general worker' },
} as const;

export type WorkerGrade = keyof typeof WORKER_GRADES;

export const workerGrade = z.enum(['technician', 'general'], {
  error: '工勤岗位类型应为 technician（技术工）或 general（普通工） / worker grade must be technician or general',
});

export type ProfessionalTier = '正高' | '副高' | '中级' | '初级';

/** Tier of a professional post level: 1–4 正高, 5–7 副高, 8–10 中级, 11–13 初级. Throws RangeError otherwise. */
export function professionalTier(level: number): ProfessionalTier {
  if (!Number.isInteger(level) || level < 1 || level > 13) {
    throw new RangeError(
      `专业技术岗位等级应为 1–13 级 / professional post level must be 1–13: ${level}`,
    );
  }
  if (level <= 4) return '正高';
  if (level <= 7) return '副高';
  if (level <= 10) return '中级';
  return '初级';
}

/**
 * Allowed level range for a post, or null when the post has no level (工勤普通工).
 * A worker post without a grade is treated as technician.
 */
export function postLevelRange(
  category: PostCategory,
  grade?: WorkerGrade,
): { min: number; max: number } | null {
  if (category === 'worker' && grade === 'general') return null;
  const c = POST_CATEGORIES[category];
  return { min: c.minLevel, max: c.maxLevel };
}

const POST_CATEGORY_VALUES = new Set<string>(Object.keys(POST_CATEGORIES));

/**
 * A post (岗位): category, level (岗位等级), title (岗位名称), and for worker posts the grade.
 * Rules: management 1–10; professional 1–13; worker+technician 1–5; worker+general has no level;
 * workerGrade is required for worker posts and not allowed for others. Level issues are reported
 * at path "level" (i.e. "post.level" when nested under `post`).
 */
export const post = z
  .object({
    category: postCategory,
    level: z
      .number({ error: '岗位等级必须为数字 / post level must be a number' })
      .int({ error: '岗位等级必须为整数 / post level must be an integer' })
      .optional(),
    title: z
      .string({ error: '岗位名称必须为字符串 / post title must be a string' })
      .trim()
      .min(1, { error: '岗位名称不能为空 / post title must not be empty' })
      .max(50, { error: '岗位名称不能超过 50 个字符 / post title must be at most 50 characters' }),
    workerGrade: workerGrade.optional(),
  })
  .superRefine(
    (p, ctx) => {
      // Runs even when other fields failed, so inspect values defensively.
      const category = p.category as unknown;
      if (typeof category !== 'string' || !POST_CATEGORY_VALUES.has(category)) return;
      const cat = category as PostCategory;
      const level = p.level as unknown;
      const levelOk = level === undefined || (typeof level === 'number' && Number.isInteger(level));
      const grade = p.workerGrade as unknown;
      const gradeOk = grade === undefined || grade === 'technician' || grade === 'general';

      if (cat === 'worker') {
        if (grade === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['workerGrade'],
            message: '工勤技能岗须注明技术工或普通工 / worker posts must state workerGrade (technician or general)',
            input: grade,
          });
          return;
        }
        if (!gradeOk) return;
      } else if (grade !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['workerGrade'],
          message: `仅工勤技能岗可填写工勤岗位类型 / workerGrade applies only to worker posts, not ${cat}`,
          input: grade,
        });
      }
      if (!levelOk) return;

      const label = POST_CATEGORIES[cat].label;
      const labelEn = POST_CATEGORIES[cat].labelEn;
      if (cat === 'worker' && grade === 'general') {
        if (level !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['level'],
            message: '工勤技能岗普通工不设岗位等级 / general worker posts have no level',
            input: level,
          });
        }
        return;
      }
      const range = postLevelRange(cat, grade as WorkerGrade | undefined);
      if (range === null) return;
      const fullLabel = cat === 'worker' ? `${label}技术工` : label;
      const fullLabelEn = cat === 'worker' ? 'worker/skilled post (technician)' : labelEn;
      if (level === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['level'],
          message: `${fullLabel}须填写岗位等级（${range.min}–${range.max} 级） / ${fullLabelEn} requires a level (${range.min}–${range.max})`,
          input: level,
        });
        return;
      }
      if ((level as number) < range.min || (level as number) > range.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['level'],
          message: `${fullLabel}等级应为 ${range.min}–${range.max} 级 / ${fullLabelEn} level must be ${range.min}–${range.max}`,
          input: level,
        });
      }
    },
    {
      // Run the cross-field check as long as the input is an object, even if e.g. the title failed.
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    },
  );

export type Post = z.output<typeof post>;

// ---------------------------------------------------------------------------
// 薪级, money, phone, names
// ---------------------------------------------------------------------------

/** 薪级 salary grade, integer 1–65. */
export const salaryGrade = z
  .number({ error: '薪级必须为数字 / salary grade must be a number' })
  .int({ error: '薪级必须为整数 / salary grade must be an integer' })
  .min(1, { error: '薪级应为 1–65 / salary grade must be between 1 and 65' })
  .max(65, { error: '薪级应为 1–65 / salary grade must be between 1 and 65' });

/** Mainland China mobile number, 11 digits starting 13–19. */
export const mobilePhone = z
  .string({ error: '手机号码必须为字符串 / mobile phone number must be a string' })
  .trim()
  .regex(/^1[3-9]\d{9}$/, {
    error: '手机号码应为 11 位大陆手机号（1[3-9] 开头） / mobile phone must be an 11-digit mainland number starting 13–19',
  });

const PERSON_NAME_RE = /^[\p{Script=Han}·A-Za-z ]{2,30}$/u;

/** Person name: 2–30 Chinese characters (incl. '·') or Latin letters/spaces; trimmed. */
export const personName = z
  .string({ error: '姓名必须为字符串 / name must be a string' })
  .trim()
  .superRefine((value, ctx) => {
    if (!PERSON_NAME_RE.test(value) || !/[\p{Script=Han}A-Za-z]/u.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message:
          '姓名应为 2–30 个汉字（可含“·”）或英文字母、空格 / name must be 2–30 Chinese characters (incl. “·”) or Latin letters and spaces',
        input: value,
      });
    }
  });

/** True when `n` is a finite number with at most two decimal places. */
export function hasAtMostTwoDecimals(n: number): boolean {
  return Number.isFinite(n) && Number(n.toFixed(2)) === n;
}

/** Non-negative amount in yuan (元) with at most 2 decimals (分). */
export const money = z
  .number({ error: '金额必须为数字 / amount must be a number' })
  .min(0, { error: '金额不能为负数 / amount must not be negative' })
  .refine(hasAtMostTwoDecimals, {
    error: '金额最多保留两位小数 / amount must have at most 2 decimal places',
  });

/** Yuan → integer fen (分), for exact arithmetic. */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** Integer fen (分) → yuan. */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

// ---------------------------------------------------------------------------
// 要件 materials
// ---------------------------------------------------------------------------

/** One required material (要件) item. */
export const materials = z.object({
  kind: z
    .string({ error: '要件类型必须为字符串 / material kind must be a string' })
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
      error: '要件类型应为小写连字符代码，如 hire-approval / material kind must be a lowercase kebab-case code such as hire-approval',
    })
    .max(64, { error: '要件类型不能超过 64 个字符 / material kind must be at most 64 characters' }),
  name: z
    .string({ error: '要件名称必须为字符串 / material name must be a string' })
    .trim()
    .min(1, { error: '要件名称不能为空 / material name must not be empty' })
    .max(200, { error: '要件名称不能超过 200 个字符 / material name must be at most 200 characters' }),
  sha256: z
    .string({ error: 'SHA-256 摘要必须为字符串 / sha256 must be a string' })
    .regex(/^[0-9a-f]{64}$/, {
      error: 'SHA-256 摘要应为 64 位小写十六进制 / sha256 must be 64 lowercase hex characters',
    }),
  size: z
    .number({ error: '文件大小必须为数字 / size must be a number' })
    .int({ error: '文件大小必须为整数字节数 / size must be an integer number of bytes' })
    .positive({ error: '文件大小必须大于 0 / size must be positive' }),
});

/** Alias of `materials` (the item schema), for readability. */
export const material = materials;

/** A list of required materials. */
export const materialList = z.array(materials, {
  error: '要件列表必须为数组 / materials must be an array',
});

export type Material = z.output<typeof materials>;

// ---------------------------------------------------------------------------
// Error flattening
// ---------------------------------------------------------------------------

export interface FieldError {
  field: string;
  message: string;
}

/**
 * Every zod issue as `{ field, message }` with a dotted path ("person.identityNumber",
 * "materials.0.sha256"); the root is ''. Union failures are expanded into their branches'
 * issues only when a single branch is involved; otherwise reported as one issue.
 */
export function issuesToFieldErrors(error: z.ZodError): FieldError[] {
  const out: FieldError[] = [];
  const walk = (issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): void => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'invalid_union' && issue.errors.length === 1 && issue.errors[0]) {
        walk(issue.errors[0], path);
        continue;
      }
      out.push({
        field: path.map((k) => (typeof k === 'symbol' ? (k.description ?? '') : String(k))).join('.'),
        message: issue.message,
      });
    }
  };
  walk(error.issues, []);
  return out;
}
