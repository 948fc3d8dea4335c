/**
 * 岗位变动及工资“一件事”申请表 — the one form for a change of post within the unit: the
 * personnel office records the new appointment and the wage office the new post and grade.
 */
import { z } from 'zod';
import { postCategories, post, type Post } from '../post';
import { isoDate } from '../dates';
import { salaryGrade } from '../wage';
import { applicationNo, employingUnit, materialList, person } from './common';
import { personMatchesIdentity, notBefore, requiredMaterials } from './checks';

export const postChangeMaterials = {
  'post-appointment-approval': '岗位聘用审批表',
} as const;

const changeKind = z
  .enum(['promotion', 'competitive-appointment', 'transfer-within-unit', 'demotion'])
  .describe('变动类型：晋升 / 竞聘上岗 / 内部转岗 / 低聘 / promotion, competitive appointment, transfer within the unit or demotion');

/** Kinds that may move the person to another post category; the others only climb or descend within one. */
const CROSS_CATEGORY_KINDS: ReadonlySet<string> = new Set(['competitive-appointment', 'transfer-within-unit']);

/**
 * Rank within a category, lower is higher as with levels. 普通工 has no level but sits below
 * 技术工 five, so it ranks one past the last technician level.
 */
function rank(p: Post): number | undefined {
  if (p.category === 'worker' && p.workerGrade === 'general') return postCategories.worker.maxLevel + 1;
  return p.level;
}

function samePost(a: Post, b: Post): boolean {
  return a.category === b.category && a.level === b.level && a.workerGrade === b.workerGrade && a.title === b.title;
}

function checkNewPost(kind: string, current: Post, next: Post, ctx: z.RefinementCtx): void {
  // The form's checks also run when a post failed only its own level rule; comparing such a post would report its one problem twice.
  if (!post.safeParse(current).success || !post.safeParse(next).success) return;
  if (samePost(current, next)) {
    ctx.addIssue({ code: 'custom', path: ['newPost'], message: '拟聘岗位与现聘岗位相同 / the new post is the current post' });
    return;
  }
  if (next.category !== current.category) {
    if (!CROSS_CATEGORY_KINDS.has(kind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['newPost', 'category'],
        message: '跨岗位类别变动须通过竞聘上岗或内部转岗办理 / a change of post category is only by competitive appointment or transfer within the unit',
      });
    }
    return;
  }
  const from = rank(current);
  const to = rank(next);
  if (from === undefined || to === undefined) return;
  if (kind === 'promotion' && to >= from) {
    ctx.addIssue({ code: 'custom', path: ['newPost', 'level'], message: '晋升的拟聘岗位等级须高于现聘岗位 / a promotion must lead to a higher post level' });
  }
  // 低聘 is the mirror of 晋升; a "demotion" to an equal or higher post is mislabelled.
  if (kind === 'demotion' && to <= from) {
    ctx.addIssue({ code: 'custom', path: ['newPost', 'level'], message: '低聘的拟聘岗位等级须低于现聘岗位 / a demotion must lead to a lower post level' });
  }
}

export const postChangeForm = z
  .object({
    applicationNo,
    unit: employingUnit.describe('用人单位 / employing unit'),
    person: person.describe('岗位变动人员 / the person whose post changes'),
    change: z
      .object({
        kind: changeKind,
        effectiveDate: isoDate.describe('岗位变动生效日期 / effective date of the new post'),
        reason: z.string().trim().min(1).max(200).describe('变动原因 / reason for the change'),
      })
      .describe('岗位变动 / post change'),
    currentPost: post.describe('现聘岗位 / current post'),
    newPost: post.describe('拟聘岗位 / new post'),
    wage: z
      .object({
        currentSalaryGrade: salaryGrade.describe('现薪级 / current salary grade'),
        newSalaryGrade: salaryGrade.describe('变动后薪级 / new salary grade'),
        effectiveDate: isoDate.describe('新工资执行日期 / new wage effective date'),
      })
      .describe('岗位变动工资 / wage after the change'),
    materials: materialList.describe('要件 / required materials'),
  })
  .superRefine((form, ctx) => {
    personMatchesIdentity(form.person, ctx, ['person']);
    checkNewPost(form.change.kind, form.currentPost, form.newPost, ctx);
    notBefore(form.change.effectiveDate, form.wage.effectiveDate, ctx, ['wage', 'effectiveDate'], '新工资执行日期早于岗位变动生效日期 / the new wage starts before the new post');
    requiredMaterials(form.materials, postChangeMaterials, ctx);
  });

export type PostChangeForm = z.infer<typeof postChangeForm>;
