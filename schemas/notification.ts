/**
 * 通知: what reaches a person's bell — a yellow or red card on a step they answer for, a task
 * arriving in their organisation's inbox, a correction asked of their unit, the reply to their
 * 差评, an appeal of a rating and its outcome. Titles and bodies are Chinese and carry codes,
 * steps and times only, never a person's data.
 */
import { z } from 'zod';

export const notificationKind = z
  .enum(['sla.card', 'task.assigned', 'correction.requested', 'rating.reply', 'rating.appeal'])
  .describe('sla.card 黄牌预警/红牌超时 · task.assigned 新待办 · correction.requested 退回补正 · rating.reply 差评整改答复 · rating.appeal 差评申诉及复核结果');
export type NotificationKind = z.infer<typeof notificationKind>;

export const notification = z.object({
  id: z.string().describe('通知编号 / notification id'),
  kind: notificationKind,
  matterId: z.string().describe('事项编号 / matter id'),
  title: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable().describe('本人已读时间，未读为空 / when the caller read it; null while unread'),
});
export type Notification = z.infer<typeof notification>;

export const notificationPage = z.object({
  items: z.array(notification),
  total: z.number().int().describe('符合条件的通知数 / notifications matching the filter'),
  unread: z.number().int().describe('本人全部未读数 / every notification the caller has not read'),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPage>;
