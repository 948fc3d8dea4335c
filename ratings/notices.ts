/**
 * What a rectification tells people, in Chinese: the rater that the reply has come (or that the
 * appeal found the rating unfounded), the supervisors that the hall appealed, the hall what the
 * supervisor decided. Codes and outcomes only — the notes themselves are read on the matter's
 * rating by those who may see it, never copied into a notification.
 */
import type { NotificationText } from '../db/notification-texts';

export function replyText(matterId: string): NotificationText {
  return { title: '差评整改已答复', body: `您对事项 ${matterId} 的差评已完成回访、核实和整改，督查机构已作出答复，请在该事项的评价中查看。` };
}

export function unfoundedText(matterId: string): NotificationText {
  return { title: '差评申诉复核结果', body: `您对事项 ${matterId} 的差评经政务大厅申诉、督查机构复核，认定为不实评价，不计入满意度统计；评价原文及复核意见仍可在该事项中查看。` };
}

export function appealFiledText(matterId: string): NotificationText {
  return { title: '差评申诉待复核', body: `政务大厅对事项 ${matterId} 的差评提出申诉复核，请在整改时限内作出复核决定。` };
}

export function appealDecidedText(matterId: string, upheld: boolean): NotificationText {
  return upheld
    ? { title: '申诉复核结果：申诉成立', body: `对事项 ${matterId} 差评的申诉经复核成立，该评价不计入满意度统计。` }
    : { title: '申诉复核结果：申诉不成立', body: `对事项 ${matterId} 差评的申诉经复核不成立，整改继续进行。` };
}
