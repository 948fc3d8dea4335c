/** A rating and its rectification as the API answers them: levels with their Chinese labels, steps and statuses in words. */
import { isPoor, labelled, rectificationActionTitles, rectificationStatusLabels, type RatingView, type RectificationState, type RectificationView } from '../schemas/rating';
import type { DepartmentCode } from '../schemas/matter';
import { rectificationTaskId } from './rectification-store';
import type { RatingRecord } from './store';

export function ratingViewOf({ rating, rectification }: RatingRecord): RatingView {
  const departments = Object.entries(rating.steps.departments ?? {}).map(([code, level]) => [code as DepartmentCode, labelled(level)] as const);
  return {
    id: rating.id,
    matterId: rating.matterId,
    kind: rating.kind,
    overall: labelled(rating.overall),
    steps: {
      ...(rating.steps.competent ? { competent: labelled(rating.steps.competent) } : {}),
      ...(rating.steps.hall ? { hall: labelled(rating.steps.hall) } : {}),
      ...(departments.length ? { departments: Object.fromEntries(departments) } : {}),
    },
    comment: rating.comment,
    poor: isPoor(rating.overall),
    counted: rectification?.appeal?.decision !== 'upheld',
    ratedBy: rating.ratedBy,
    ratedAt: rating.ratedAt.toISOString(),
    rectification: rectification && rectificationViewOf(rectification),
  };
}

export function rectificationViewOf(state: RectificationState): RectificationView {
  return {
    ...state,
    statusLabel: rectificationStatusLabels[state.status],
    stageTitle: state.stage === 'closed' ? '已结束' : rectificationActionTitles[state.stage],
    taskId: rectificationTaskId(state),
  };
}
