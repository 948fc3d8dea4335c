/**
 * What `GET /api/v1/events` streams: each change a caller may see, as the `data` of one
 * server-sent event whose `event:` is its type and whose `id:` is its place in the `events`
 * table (the cursor a reconnect resumes from with `Last-Event-ID`). No personal data: codes,
 * steps and times only; a client fetches the matter or its inbox when it wants more.
 */
import { z } from 'zod';
import { certificateKind } from './certificate';
import { matterKind, matterStatus } from './matter';
import { notificationKind } from './notification';

/** A matter reached a new state (status, stage, or anything else its version counts). */
export const matterChange = z.object({
  id: z.string().describe('事项编号 / matter id'),
  kind: matterKind,
  status: matterStatus,
  stage: z.string().describe('当前环节 / the step or phase the matter is in'),
  version: z.number().int().describe('事项状态版本 / the matter’s state version'),
  updatedAt: z.iso.datetime(),
});
export type MatterChange = z.infer<typeof matterChange>;

/** A certificate (凭证) was issued for a matter and can be downloaded from its certificates. */
export const certificateIssued = z.object({
  matterId: z.string(),
  kind: certificateKind,
  issuedAt: z.iso.datetime(),
});
export type CertificateIssued = z.infer<typeof certificateIssued>;

export const taskChangeKind = z.enum(['opened', 'closed', 'claimed', 'released']).describe('opened 到达待办 · closed 离开待办 · claimed 被认领 · released 认领退回');

/** A task arrived in or left an inbox, or changed hands. */
export const taskChange = z.object({
  taskId: z.string().describe('任务编号 / task id'),
  matterId: z.string(),
  step: z.string().describe('审核环节 / the step'),
  organisation: z.string().describe('待办所属机构 / the organisation the task is for'),
  change: taskChangeKind,
});
export type TaskChange = z.infer<typeof taskChange>;

/** A notification arrived for the caller (its text and read state: `GET /api/v1/notifications`). */
export const notificationNotice = z.object({
  id: z.string().describe('通知编号 / notification id'),
  kind: notificationKind,
  matterId: z.string(),
  title: z.string(),
  createdAt: z.iso.datetime(),
});
export type NotificationNotice = z.infer<typeof notificationNotice>;

/** `event: reset` — what the stream could not give: refetch what is shown, then carry on from this event's id. */
export const streamReset = z.object({
  reason: z
    .enum(['too-old', 'too-many', 'fell-behind'])
    .describe('too-old 断线太久，无法续传 · too-many 待补发事件过多 · fell-behind 客户端读取过慢，连接已断开'),
});
export type StreamReset = z.infer<typeof streamReset>;

/** One row of the `events` table as the stream sends it. */
export type LiveEvent =
  | { id: number; type: 'matter'; data: MatterChange }
  | { id: number; type: 'certificate'; data: CertificateIssued }
  | { id: number; type: 'task'; data: TaskChange }
  | { id: number; type: 'notification'; data: NotificationNotice };
export type LiveEventType = LiveEvent['type'];
