/**
 * 差评整改: one workflow per 差评, apart from the matter's (which has closed by then). The
 * region's supervision office verifies with the rater (回访), records the finding, rectifies and
 * replies, in that order, within the working days configured; durable timers show a yellow card
 * when three quarters of the time is spent and a red card at the deadline, as on every other
 * deadline. The hall may appeal the rating as unfounded (申诉复核) until the reply; the supervisor
 * upholds the appeal — the rectification ends and the rating no longer counts — or dismisses it.
 * Every change is projected (with the inbox task and what the rater and hall are told) before an
 * Update answers. Unlike a matter it is not pinned to the version it started on: it waits for
 * weeks, so it moves to the current version of the workflows, and a change to it needs `patched()`
 * (its recorded history holds it to that).
 */
import { ActivityFailure, allHandlersFinished, ApplicationFailure, condition, proxyActivities, setHandler, setWorkflowOptions } from '@temporalio/workflow';
import type { RatingActivities } from '../activities/types';
import type { Actor, SlaCard } from '../schemas/matter';
import { rectificationActions, rectificationActionTitles, rectificationTitle, type RectificationAction, type RectificationInput, type RectificationState } from '../schemas/rating';
import { activityOptions } from '../temporal.config';
import { bookkeep } from './bookkeeping';
import { rejection } from './failures';
import { messageRejections } from './messages';
import { appealRating, decideAppeal, recordRectificationStep, rectificationStateQuery } from './rectification-messages';

const { recordRectificationCard } = proxyActivities<Pick<RatingActivities, 'recordRectificationCard'>>(activityOptions.bookkeeping);

export async function rectification(input: RectificationInput): Promise<RectificationState> {
  const { limitWorkingDays, yellowAt, ...fields } = input;
  let state: RectificationState = { ...fields, status: 'open', stage: 'revisit', due: null, yellowAt: null, slaState: 'on-time', cards: [], actions: [], appeal: null, version: 1 };
  const change = (patch: Partial<RectificationState>) => {
    state = { ...state, ...patch, version: state.version + 1 };
  };
  const record = () => bookkeep('recordRectification', `${rectificationTitle} · ${state.stage}`, state);
  const open = () => state.status === 'open';

  setHandler(rectificationStateQuery, () => state);
  setHandler(
    recordRectificationStep,
    async ({ action, note, actor }) => {
      const at = new Date().toISOString();
      const next = rectificationActions[rectificationActions.indexOf(action) + 1];
      const actions = [...state.actions, { action, title: rectificationActionTitles[action], note, by: actor, at }];
      change(next ? { actions, stage: next } : { actions, stage: 'closed', status: 'replied', closedAt: at });
      await record();
      return state;
    },
    {
      validator: ({ action, actor }) => {
        refuseUnlessOpen(state);
        refuseUnlessSupervisor(state, actor);
        const awaited = state.stage as RectificationAction;
        if (action !== awaited) throw rejection(`整改应先${rectificationActionTitles[awaited]} / the rectification awaits ${awaited}, not ${action}`, messageRejections.wrongStep);
        if (action === 'reply' && state.appeal && !state.appeal.decision) throw rejection('申诉复核尚未决定，不能答复 / decide the appeal before replying', messageRejections.wrongStep);
      },
    },
  );
  setHandler(
    appealRating,
    async ({ reason, actor }) => {
      change({ appeal: { reason, by: actor, at: new Date().toISOString() } });
      await record();
      return state;
    },
    {
      validator: ({ actor }) => {
        refuseUnlessOpen(state);
        if (actor.role !== 'hall-officer' || !state.hall || actor.organisation !== state.hall) {
          throw rejection(`申诉复核须由办理该事项的政务大厅提出 / only the hall of the matter, ${state.hall ?? 'none'}, may appeal`, messageRejections.notAuthorised);
        }
        if (state.appeal) throw rejection('该评价已提出过申诉 / the rating has been appealed already', messageRejections.wrongStep);
      },
    },
  );
  setHandler(
    decideAppeal,
    async ({ decision, reason, actor }) => {
      const at = new Date().toISOString();
      const appeal = { ...state.appeal!, decision, decisionReason: reason, decidedBy: actor, decidedAt: at };
      change(decision === 'upheld' ? { appeal, status: 'appeal-upheld', stage: 'closed', closedAt: at } : { appeal });
      await record();
      return state;
    },
    {
      validator: ({ actor }) => {
        refuseUnlessOpen(state);
        refuseUnlessSupervisor(state, actor);
        if (!state.appeal || state.appeal.decision) throw rejection('没有待复核的申诉 / no appeal awaits a decision', messageRejections.wrongStep);
      },
    },
  );

  try {
    const deadlines = await bookkeep('matterDeadline', `计算整改时限 · ${limitWorkingDays} 个工作日`, { from: state.openedAt, limitWorkingDays, yellowAt });
    change({ due: deadlines.due, yellowAt: deadlines.yellowAt });
  } catch (error) {
    // A year not loaded is never guessed: the rectification runs without a deadline and shows as unscheduled.
    const cause = error instanceof ActivityFailure ? error.cause : error;
    if (!(cause instanceof ApplicationFailure && cause.type === 'CalendarYearNotLoaded')) throw error;
    change({ slaState: 'unscheduled', problem: cause.message });
  }
  await record();

  /** 黄牌 then 红牌, each at its moment unless the rectification has closed by then. */
  const watching = (async () => {
    if (!state.due || !state.yellowAt) return;
    for (const card of ['yellow', 'red'] as const) {
      const at = card === 'yellow' ? state.yellowAt : state.due;
      const wait = Date.parse(at) - Date.now();
      if (wait > 0 && (await condition(() => !open(), wait, { summary: `${card === 'yellow' ? '黄牌' : '红牌'} · ${rectificationTitle}` }))) return;
      if (!open()) return;
      const shown: SlaCard = { card, scope: 'step', step: 'rectification', due: state.due, at: new Date().toISOString(), notified: escalation(state.office, card) };
      change({ cards: [...state.cards, shown], slaState: card === 'red' ? 'overdue' : 'warned' });
      await recordRectificationCard.executeWithOptions({ ...activityOptions.bookkeeping, summary: `${card === 'yellow' ? '黄牌' : '红牌'}通知 · ${shown.notified.join('、')}` }, [
        { matterId: state.matterId, kind: state.kind, card: shown },
      ]);
      await record();
    }
  })();

  await condition(() => !open());
  // The Update that ended it answers once its state is projected; the workflow waits for that, and for a card being recorded.
  await watching;
  await condition(allHandlersFinished);
  return state;
}

setWorkflowOptions({ versioningBehavior: 'AUTO_UPGRADE' }, rectification);

function refuseUnlessOpen(state: RectificationState): void {
  if (state.status !== 'open') throw rejection('整改已结束 / the rectification has ended', messageRejections.wrongStep);
}

function refuseUnlessSupervisor(state: RectificationState, actor: Actor): void {
  if (actor.role !== 'supervisor' || actor.organisation !== state.office) {
    throw rejection(`整改由 ${state.office} 的督查人员办理 / the rectification is for the supervisors of ${state.office}`, messageRejections.notAuthorised);
  }
}

/** 逐级上报: the office's supervisors and its chief; for a red card the autonomous region's supervision office too, above a prefecture's. */
function escalation(office: string, card: SlaCard['card']): string[] {
  const regional = 'supervisor@640000';
  const own = [`supervisor@${office}`, `chief@${office}`];
  return card === 'red' && office !== 'supervision-640000' ? [...own, regional] : own;
}
