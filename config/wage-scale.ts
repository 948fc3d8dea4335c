/**
 * 基本工资 = 岗位工资 + 薪级工资. The amounts live in wage-scale.json (configuration, not
 * code); this module validates that file and answers "what does this post and grade pay?".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { Post } from '../schemas/post';

const amountsByLevel = z.record(z.string().regex(/^\d+$/), z.number().positive());

const wageScaleFile = z.object({
  postWage: z.object({
    management: amountsByLevel,
    professional: amountsByLevel,
    'worker-technician': amountsByLevel,
    'worker-general': z.number().positive(),
  }),
  gradeWage: amountsByLevel,
});

export type WageScale = z.infer<typeof wageScaleFile>;

export function loadWageScale(file = resolve(import.meta.dirname, 'wage-scale.json')): WageScale {
  return wageScaleFile.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export type BasicWage = { postWage: number; gradeWage: number; total: number };

/** undefined when the scale has no amount for that post level or grade. */
export function basicWage(scale: WageScale, post: Post, salaryGrade: number): BasicWage | undefined {
  const postWage =
    post.category === 'worker' && post.workerGrade === 'general'
      ? scale.postWage['worker-general']
      : scale.postWage[post.category === 'worker' ? 'worker-technician' : post.category][String(post.level)];
  const gradeWage = scale.gradeWage[String(salaryGrade)];
  if (postWage === undefined || gradeWage === undefined) return undefined;
  return { postWage, gradeWage, total: postWage + gradeWage };
}
