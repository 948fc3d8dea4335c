/**
 * The API's door to 好差评: records a rating once (一事一评) and, for a 差评, starts its
 * rectification workflow, then sends the supervisors' steps and the hall's appeal to it.
 * Starting is idempotent (the workflow id is the matter's), and a rating already on record that
 * should have a rectification gets it started when asked again, so a crash between recording and
 * starting heals on the client's retry.
 */
import { WorkflowExecutionAlreadyStartedError, WorkflowUpdateFailedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import type { Database } from '../db/client';
import { ratingsRecorded } from '../observability/metrics';
import { rectificationInputOf } from '../ratings/rectification-input';
import { findRating, recordRating, type RatingRecord, type StoredRating } from '../ratings/store';
import { ratingProblems, ratingScores } from '../ratings/subjects';
import type { Actor, MatterState } from '../schemas/matter';
import { isPoor, rectificationWorkflowId, rectificationWorkflowType, type RatingRequest, type RectificationState } from '../schemas/rating';
import { taskQueues } from '../temporal.config';
import { messageRejections } from '../workflows/messages';
import { appealRating, decideAppeal, recordRectificationStep, rectificationStateQuery, type AppealDecisionInput, type AppealInput, type RectificationStepInput } from '../workflows/rectification-messages';
import { HttpError, invalidInput } from './errors';

export class RatingService {
  constructor(
    private readonly client: Client,
    private readonly db: Database,
    private readonly rectificationWorkingDays: number,
  ) {}

  /** Records the rating of a closed matter; a second one is refused with 409 (and heals a rectification that failed to start). */
  async rate(matter: MatterState, rating: RatingRequest, by: Actor): Promise<RatingRecord> {
    const existing = await findRating(this.db, matter.id);
    if (existing) await this.alreadyRated(matter, existing);
    const problems = ratingProblems(matter, rating);
    if (problems.length > 0) throw invalidInput(problems);
    const recorded = await recordRating(this.db, { matter, rating, by, scores: ratingScores(matter, rating) });
    if (!recorded.created) await this.alreadyRated(matter, (await findRating(this.db, matter.id))!);
    ratingsRecorded(matter.kind, recorded.rating.overall);
    const rectification = isPoor(recorded.rating.overall) ? await this.startRectification(matter, recorded.rating) : null;
    return { rating: recorded.rating, rectification };
  }

  private async alreadyRated(matter: MatterState, { rating, rectification }: RatingRecord): Promise<never> {
    if (isPoor(rating.overall) && !rectification) await this.startRectification(matter, rating);
    throw new HttpError(409, 'already_rated', `该事项已于 ${rating.ratedAt.toISOString()} 评价，评价不能修改或重复提交（一事一评）/ the matter has been rated already; a rating cannot be changed`);
  }

  /** Starts the 差评's rectification (idempotently: the workflow id is the matter's); answers its first state. */
  private async startRectification(matter: MatterState, rating: StoredRating): Promise<RectificationState | null> {
    try {
      await this.client.workflow.start(rectificationWorkflowType, {
        workflowId: rectificationWorkflowId(matter.id),
        taskQueue: taskQueues.matters,
        args: [rectificationInputOf(matter, rating, this.rectificationWorkingDays)],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        staticSummary: `差评整改 · ${matter.id}`,
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    return this.handle(matter.id).query(rectificationStateQuery);
  }

  step(matterId: string, input: RectificationStepInput): Promise<RectificationState> {
    return this.update(matterId, (handle) => handle.executeUpdate(recordRectificationStep, { args: [input] }));
  }

  appeal(matterId: string, input: AppealInput): Promise<RectificationState> {
    return this.update(matterId, (handle) => handle.executeUpdate(appealRating, { args: [input] }));
  }

  decideAppeal(matterId: string, input: AppealDecisionInput): Promise<RectificationState> {
    return this.update(matterId, (handle) => handle.executeUpdate(decideAppeal, { args: [input] }));
  }

  /** Sends an Update, turning the workflow's refusal into 409 (wrong moment) or 403 (wrong sender); one that has ended answers 409. */
  private async update(matterId: string, send: (handle: WorkflowHandle) => Promise<RectificationState>): Promise<RectificationState> {
    try {
      return await send(this.handle(matterId));
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
        if (error.cause.type === messageRejections.notAuthorised) throw new HttpError(403, 'forbidden', error.cause.message);
        throw new HttpError(409, 'not_now', error.cause.message);
      }
      if (error instanceof WorkflowNotFoundError) throw new HttpError(409, 'rectification_closed', '整改已结束 / the rectification has ended');
      throw error;
    }
  }

  private handle(matterId: string): WorkflowHandle {
    return this.client.workflow.getHandle(rectificationWorkflowId(matterId));
  }
}
