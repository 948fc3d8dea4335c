/**
 * 岗位: post categories and levels of public institutions — 管理岗 1–10, 专业技术岗 1–13 (正高 1–4,
 * 副高 5–7, 中级 8–10, 初级 11–13), 工勤技能岗 技术工 1–5 and 普通工.
 * Pure (imported by workflow code): no I/O, clock or randomness; only zod. Messages are "中文 / English".
 */
import { z } from 'zod';

export const postCategories = {
  management: { label: '管理岗', labelEn: 'management post', minLevel: 1, maxLevel: 10 },
  professional: { label: '专业技术岗', labelEn: 'professional/technical post', minLevel: 1, maxLevel: 13 },
  worker: { label: '工勤技能岗', labelEn: 'worker/skilled post', minLevel: 1, maxLevel: 5 },
} as const;

type PostCategory = keyof typeof postCategories;

export const postCategory = z.enum(['management', 'professional', 'worker'], {
  error:
    '岗位类别应为 management（管理岗）、professional（专业技术岗）或 worker（工勤技能岗） / post category must be management, professional or worker',
});

export const workerGrades = {
  technician: { label: '技术工', labelEn: 'technician' },
  general: { label: '普通工', labelEn: 'general worker' },
} as const;

type WorkerGrade = keyof typeof workerGrades;

export const workerGrade = z.enum(['technician', 'general'], {
  error: '工勤岗位类型应为 technician（技术工）或 general（普通工） / worker grade must be technician or general',
});

/**
 * Allowed level range for a post, or null when the post has no level (工勤普通工).
 * A worker post without a grade is treated as technician.
 */
function postLevelRange(
  category: PostCategory,
  grade?: WorkerGrade,
): { min: number; max: number } | null {
  if (category === 'worker' && grade === 'general') return null;
  const c = postCategories[category];
  return { min: c.minLevel, max: c.maxLevel };
}

const postCategoryValues = new Set<string>(Object.keys(postCategories));

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
      if (typeof category !== 'string' || !postCategoryValues.has(category)) return;
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

      const label = postCategories[cat].label;
      const labelEn = postCategories[cat].labelEn;
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
