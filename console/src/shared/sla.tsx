/** The SLA state as a colour everyone reads the same way: green on time, gold warned, red overdue. */
import { Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import type { MatterStatus, SlaState } from '../api/contract';
import { useI18n } from '../i18n/i18n';
import { hoursAndMinutes, officeTimeLeft } from './working-time';

/** Solid colours with white text: antd's light preset tags fall short of 4.5:1 contrast. */
export const tagColours = { green: '#237804', gold: '#8a5300', red: '#a8071a', blue: '#1d5fbf', grey: '#595959', purple: '#531dab' } as const;

const slaColours: Record<SlaState, string> = { 'on-time': tagColours.green, warned: tagColours.gold, overdue: tagColours.red, paused: tagColours.grey, unscheduled: tagColours.purple };

export function SlaTag({ state }: { state: SlaState }) {
  const { t } = useI18n();
  return <Tag color={slaColours[state]}>{t(`sla.${state}`)}</Tag>;
}

const statusColours: Record<MatterStatus, string> = {
  reviewing: tagColours.blue,
  countersigning: tagColours.blue,
  handling: tagColours.blue,
  correcting: tagColours.gold,
  exception: tagColours.red,
  completed: tagColours.green,
  rejected: tagColours.red,
  withdrawn: tagColours.grey,
};

export function StatusTag({ status }: { status: MatterStatus }) {
  const { t } = useI18n();
  return <Tag color={statusColours[status]}>{t(`status.${status}`)}</Tag>;
}

/** Re-renders every half minute, so countdowns move while the page is open. */
export function useNow(stepMs = 30_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), stepMs);
    return () => clearInterval(timer);
  }, [stepMs]);
  return now;
}

/** 剩余 3 小时 20 分 (工作时间，约) or 已超时 …, from the step's deadline. */
export function Countdown({ due }: { due: string | null }) {
  const { t } = useI18n();
  const now = useNow();
  if (!due) return <span>—</span>;
  const left = officeTimeLeft(due, now);
  const { hours, minutes } = hoursAndMinutes(left);
  const text = left >= 0 ? t('countdown.left', { hours, minutes }) : t('countdown.over', { hours, minutes });
  return (
    <Tooltip title={t('countdown.approximate')}>
      <span style={{ color: left < 0 ? '#cf1322' : undefined }}>
        {text}
        <span style={{ color: '#595959' }}> {t('countdown.suffix')}</span>
      </span>
    </Tooltip>
  );
}
