/** Moments as people in the pilot read them: Asia/Shanghai, in the page's language. */
import type { Locale } from '../i18n/i18n';

export function formatMoment(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
}
