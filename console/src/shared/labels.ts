/** Labels of the codes the API answers with (steps, decisions, audit actions, departments' states), from the catalogue. */
import type { Translate } from '../i18n/i18n';

export function stepLabel(step: string, t: Translate): string {
  const level = /^countersign-(\d)$/.exec(step)?.[1];
  if (level) return t('step.countersign', { level });
  if (step === 'competent' || step === 'hall' || step === 'correction' || step === 'departments' || step === 'rectification') return t(`step.${step}`);
  return step;
}

export function actionLabel(action: string, t: Translate, has: (key: string) => boolean): string {
  const key = `action.${action}`;
  return has(key) ? t(key as Parameters<Translate>[0]) : action;
}
