/**
 * The shapes the console reads and sends, taken from the project's schemas and route schemas
 * (type imports only: nothing of the server is bundled). The live-event and notification shapes
 * are the contract of GET /api/v1/events and /api/v1/notifications, whose schemas live with
 * their routes once they are served.
 */
import type { z } from 'zod';
import type { ErrorBody } from '../../../api/errors';
import type { auditEvent } from '../../../api/routes/audit';
import type { calendarChange, calendarHealth, storedYear } from '../../../api/routes/calendar';
import type { certificateItem } from '../../../api/routes/certificates';
import type { dashboardBody } from '../../../api/routes/dashboard';
import type { account, organisation } from '../../../api/routes/directory';
import type { LocalAccount, LocalSignInResponse } from '../../../api/routes/local-sign-in';
import type { MatterForm } from '../../../api/routes/matter-form';
import type { lateMatter } from '../../../api/routes/supervision';
import type { delivery } from '../../../api/routes/webhooks';
import type { workflowLink } from '../../../api/routes/workflow-link';
import type { Task } from '../../../db/tasks';
import type { DecisionRequest, MatterKind, MatterState, MatterStatus, Problem, SlaState } from '@schemas/matter';
import type { Principal } from '@schemas/principal';
import type { UploadedMaterial } from '@schemas/materials';
import type { RatingView } from '@schemas/rating';
import type { PrefillAnswer } from '@schemas/register';

export type { DecisionRequest, ErrorBody, LocalAccount, LocalSignInResponse, MatterForm, MatterKind, MatterState, MatterStatus, PrefillAnswer, Principal, Problem, RatingView, SlaState, Task, UploadedMaterial };
export type AuditEvent = z.infer<typeof auditEvent>;
export type CertificateItem = z.infer<typeof certificateItem>;
export type Dashboard = z.infer<typeof dashboardBody>;
export type LateMatter = z.infer<typeof lateMatter>;
export type CalendarYear = z.infer<typeof storedYear>;
export type CalendarHealth = z.infer<typeof calendarHealth>;
export type CalendarChange = z.infer<typeof calendarChange>;
export type Organisation = z.infer<typeof organisation>;
export type Account = z.infer<typeof account>;
export type Delivery = z.infer<typeof delivery>;
export type WorkflowLink = z.infer<typeof workflowLink>;

export interface Page<Item> {
  items: Item[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Notification {
  id: string;
  kind: 'sla.card' | 'task.assigned' | 'correction.requested' | 'rating.reply' | 'rating.appeal';
  matterId: string;
  title: string;
  body?: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: Notification[];
  total: number;
  unread: number;
}

/** What GET /api/v1/events streams, one of these per event. */
export type LiveEvent =
  | { event: 'matter'; data: { id: string; kind: MatterKind; status: MatterStatus; stage: string; version: number; updatedAt: string } }
  | { event: 'certificate'; data: { matterId: string; kind: CertificateItem['kind']; issuedAt: string } }
  | { event: 'task'; data: { taskId: string; matterId: string; step: string; organisation: string; change: 'opened' | 'closed' | 'claimed' | 'released' } }
  | { event: 'notification'; data: { id: string; kind: Notification['kind']; matterId: string; title: string; createdAt: string } };
