/**
 * 好差评 on a finished matter's page: its unit's clerk rates it once (five levels and a comment);
 * everyone who sees the matter reads the rating and, for a 差评, its rectification; a supervisor
 * of the office it is for records the next step (回访核实 → 核实情况 → 整改落实 → 答复评价人).
 */
import { Alert, Button, Card, Descriptions, Input, List, Radio, Space, Tag } from 'antd';
import { useState } from 'react';
import { ratingLevels, type RatingLevel, type RatingView } from '@schemas/rating';
import type { MatterState } from '../api/contract';
import { useI18n } from '../i18n/i18n';
import { usePrincipal } from '../session/SessionContext';
import { formatMoment } from '../shared/format';
import { tagColours } from '../shared/sla';
import { useRating, useRatingAction } from './queries';

const levelColours: Record<RatingLevel, string> = {
  'very-satisfied': tagColours.green,
  satisfied: tagColours.green,
  basic: tagColours.blue,
  dissatisfied: tagColours.gold,
  'very-dissatisfied': tagColours.red,
};

export function RatingCard({ matter }: { matter: MatterState }) {
  const { t } = useI18n();
  const principal = usePrincipal();
  const rateable = matter.status === 'completed' || matter.status === 'rejected';
  const rating = useRating(matter.id, matter.version, rateable);
  if (!rateable) return null;
  const clerk = principal.memberships.some((m) => m.organisation === matter.unitCode && m.roles.includes('unit-clerk'));
  if (rating.data === null && !clerk) return null;
  return (
    <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>{t('rating.title')}</h2>} style={{ marginBottom: 16 }} loading={rating.isPending}>
      {rating.data ? <RatingDetails matterId={matter.id} rating={rating.data} /> : <RatingForm matterId={matter.id} />}
    </Card>
  );
}

function RatingForm({ matterId }: { matterId: string }) {
  const { t, bi } = useI18n();
  const [overall, setOverall] = useState<RatingLevel | undefined>();
  const [comment, setComment] = useState('');
  const rate = useRatingAction(matterId);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {rate.isError && <Alert type="error" showIcon message={bi(rate.error.message)} />}
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, fontSize: 14, marginBottom: 4 }}>{t('rating.overall')}</legend>
        <Radio.Group value={overall} onChange={(event) => setOverall(event.target.value as RatingLevel)}>
          {ratingLevels.map((level) => (
            <Radio key={level} value={level}>
              {t(`rating.level.${level}`)}
            </Radio>
          ))}
        </Radio.Group>
      </fieldset>
      <label htmlFor="rating-comment" style={{ fontWeight: 600 }}>
        {t('rating.comment')}
      </label>
      <Input.TextArea id="rating-comment" rows={2} maxLength={500} value={comment} onChange={(event) => setComment(event.target.value)} />
      <Button
        type="primary"
        disabled={!overall}
        loading={rate.isPending}
        onClick={() => overall && rate.mutate({ path: 'rating', body: { overall, ...(comment.trim() ? { comment: comment.trim() } : {}) } })}
      >
        {t('rating.submit')}
      </Button>
    </Space>
  );
}

function RatingDetails({ matterId, rating }: { matterId: string; rating: RatingView }) {
  const { t, locale } = useI18n();
  const principal = usePrincipal();
  const rectification = rating.rectification;
  const supervises = rectification !== null && principal.memberships.some((m) => m.organisation === rectification.office && m.roles.includes('supervisor'));
  return (
    <>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('rating.overall')}>
          <Space size={6} wrap>
            <Tag color={levelColours[rating.overall.level]}>{rating.overall.label}</Tag>
            {!rating.counted && <Tag>{t('rating.unfounded')}</Tag>}
          </Space>
        </Descriptions.Item>
        {rating.comment && <Descriptions.Item label={t('rating.comment')}>{rating.comment}</Descriptions.Item>}
        <Descriptions.Item label={t('rating.ratedAt')}>
          {formatMoment(rating.ratedAt, locale)} · {rating.ratedBy}
        </Descriptions.Item>
        {rectification && (
          <>
            <Descriptions.Item label={t('rating.rectification')}>
              <span data-testid="rectification-status">
                {rectification.statusLabel}
                {rectification.status === 'open' && ` · ${rectification.stageTitle}`}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('matters.due')}>{formatMoment(rectification.due, locale)}</Descriptions.Item>
            {rectification.appeal && (
              <Descriptions.Item label={t('rating.appeal')}>
                {rectification.appeal.reason}
                {rectification.appeal.decision && ` → ${t(`rating.appeal.${rectification.appeal.decision}`)}：${rectification.appeal.decisionReason ?? ''}`}
              </Descriptions.Item>
            )}
          </>
        )}
      </Descriptions>
      {rectification && rectification.actions.length > 0 && (
        <List
          size="small"
          dataSource={rectification.actions}
          renderItem={(action) => (
            <List.Item>
              <List.Item.Meta title={`${action.title} · ${formatMoment(action.at, locale)}`} description={action.note} />
            </List.Item>
          )}
        />
      )}
      {supervises && rectification.status === 'open' && <NextStep matterId={matterId} rating={rating} />}
    </>
  );
}

function NextStep({ matterId, rating }: { matterId: string; rating: RatingView }) {
  const { t, bi } = useI18n();
  const [note, setNote] = useState('');
  const act = useRatingAction(matterId);
  const { stage, stageTitle } = rating.rectification!;
  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
      {act.isError && <Alert type="error" showIcon message={bi(act.error.message)} />}
      <label htmlFor="rectification-note" style={{ fontWeight: 600 }}>
        {t('rating.note', { step: stageTitle })}
      </label>
      <Input.TextArea id="rectification-note" rows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
      <Button
        type="primary"
        disabled={!note.trim()}
        loading={act.isPending}
        onClick={() => act.mutate({ path: 'rating/rectification', body: { action: stage, note: note.trim() } }, { onSuccess: () => setNote('') })}
      >
        {t('rating.record', { step: stageTitle })}
      </Button>
    </Space>
  );
}
