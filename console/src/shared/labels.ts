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

/** An audit event's outcome: a department's state for a department's action, else the first catalogue that names the code. */
export function outcomeLabel(action: string, outcome: string, t: Translate, has: (key: string) => boolean): string {
  const catalogues = action.startsWith('department-') ? ['department'] : ['outcome', 'rating.level', 'rating.appeal', 'status'];
  const key = catalogues.map((catalogue) => `${catalogue}.${outcome}`).find(has);
  return key ? t(key as Parameters<Translate>[0]) : outcome;
}
