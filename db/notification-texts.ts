/**
 * What each notification says, in Chinese: the matter's id, the step, the due time and the
 * card's colour — never the person concerned, whose name and number stay in the form.
 */
import type { SlaCard } from '../schemas/matter';

export interface NotificationText {
  title: string;
  body: string;
}

const shanghaiOffsetMs = 8 * 3_600_000;

/** "2026年12月02日 17:30", the moment as it is in Asia/Shanghai. */
export function shanghaiMoment(iso: string): string {
  const local = new Date(Date.parse(iso) + shanghaiOffsetMs).toISOString();
  return `${local.slice(0, 4)}年${local.slice(5, 7)}月${local.slice(8, 10)}日 ${local.slice(11, 16)}`;
}

export function taskAssignedText(task: { matterId: string; title: string; due: string | null }): NotificationText {
  return {
    title: `新待办：${task.title}`,
    body: `事项 ${task.matterId} 已到达${task.title}环节，等待您所在机构办理${task.due ? `，环节时限 ${shanghaiMoment(task.due)}` : ''}。`,
  };
}

export function correctionRequestedText(request: { matterId: string; problems: number }): NotificationText {
  return {
    title: '退回补正：请修改后重新提交',
    body: `事项 ${request.matterId} 被退回补正${request.problems > 0 ? `，共 ${request.problems} 项问题已一次性告知` : ''}，请按要求修改后重新提交。`,
  };
}

/** A card on a step names the step; a card on the matter names its committed deadline. */
export function slaCardText(card: Pick<SlaCard, 'card' | 'scope' | 'due'> & { matterId: string; stepTitle: string }): NotificationText {
  const what = card.scope === 'step' ? `${card.stepTitle}环节` : '办结时限';
  return card.card === 'yellow'
    ? { title: `黄牌预警：${what}即将到期`, body: `事项 ${card.matterId} 的${what}将于 ${shanghaiMoment(card.due)} 到期，请抓紧办理。` }
    : { title: `红牌超时：${what}已超时`, body: `事项 ${card.matterId} 的${what}已于 ${shanghaiMoment(card.due)} 超时，已逐级上报，请立即办理。` };
}
