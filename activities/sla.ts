/**
 * 时限: deadlines worked out on the statutory calendar, and the yellow and red cards.
 * Deadlines are computed here rather than in the workflow because administrators load a new
 * year's arrangement without a deploy; a date in a year not loaded is reported, never guessed.
 */
import { ApplicationFailure } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import { loadCalendar } from '../calendar/store';
import { isYearNotLoaded, type OfficeHours, type WorkingCalendar } from '../calendar/working-days';
import type { Database } from '../db/client';
import { recordSlaCard } from '../db/sla-cards';
import { notifyCardAddressees } from '../events/card-notices';
import type { MatterKind, SlaDeadlines } from '../schemas/matter';
import { enqueueSlaCardWebhooks } from '../webhooks/enqueue';
import type { SlaActivities } from './types';

/** The failure type a year not loaded carries: the workflow marks the matter unscheduled instead of retrying for ever. */
export const calendarGap = 'CalendarYearNotLoaded';

/** `client` wakes the webhook queues a card is enqueued for (`sla.card`); without one the deliveries are only enqueued. */
export function slaActivities(db: Database, onCard: (card: { kind: MatterKind; card: 'yellow' | 'red' }) => void = () => {}, hours?: OfficeHours, client?: Client): SlaActivities {
  const withCalendar = async (work: (calendar: WorkingCalendar) => SlaDeadlines): Promise<SlaDeadlines> => {
    const calendar = await loadCalendar(db, hours);
    try {
      return work(calendar);
    } catch (error) {
      if (isYearNotLoaded(error)) throw ApplicationFailure.nonRetryable(error.message, calendarGap, error.year);
      throw error;
    }
  };
  const yellowBefore = (calendar: WorkingCalendar, from: Date, due: Date, yellowAt: number) =>
    calendar.subtractWorkingTime(due, calendar.workingTimeBetween(from, due) * (1 - yellowAt));
  const deadlines = (due: Date, yellow: Date): SlaDeadlines => ({ due: due.toISOString(), yellowAt: yellow.toISOString() });

  return {
    async matterDeadline({ from, limitWorkingDays, remainingMs, yellowAt }) {
      return withCalendar((calendar) => {
        const start = new Date(from);
        const due = remainingMs === undefined ? calendar.deadlineFor(start, limitWorkingDays) : calendar.addWorkingTime(start, remainingMs);
        return deadlines(due, yellowBefore(calendar, start, due, yellowAt));
      });
    },
    async stepDeadline({ from, hours, yellowAt }) {
      return withCalendar((calendar) => {
        const start = new Date(from);
        const budget = hours * 3_600_000;
        return deadlines(calendar.addWorkingTime(start, budget), calendar.addWorkingTime(start, budget * yellowAt));
      });
    },
    async remainingWorkingTime({ at, due }) {
      const calendar = await loadCalendar(db, hours);
      return calendar.remainingWorkingTime(new Date(at), new Date(due));
    },
    async recordSlaCard({ matterId, kind, card }) {
      // The card's own moment and step identify it, so a retried activity records it once.
      await recordSlaCard(db, matterId, kind, card);
      // What a card sets off, each keyed by the card so once however often this is retried: each addressee's
      // notification (bell and event stream), and the matter's subscribers' webhook event.
      await notifyCardAddressees(db, { matterId, card });
      await enqueueSlaCardWebhooks(db, client, { matterId, kind, card });
      onCard({ kind, card: card.card });
    },
  };
}
