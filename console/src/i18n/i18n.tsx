/**
 * Every text a person reads comes from the catalogues (zh-CN first, en beside it); the switch
 * changes antd's locale and zod's default messages with it. Texts that come from the project's
 * schemas or the API are bilingual ("中文 / English") and are shown in the chosen half.
 */
import { ConfigProvider } from 'antd';
import antdEnUS from 'antd/locale/en_US';
import antdZhCN from 'antd/locale/zh_CN';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { z } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodZhCN from 'zod/v4/locales/zh-CN.js';
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
const storageKey = 'yijianshi.locale';

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
  /** Whether the catalogue has a text for a key made up at run time (a code's label). */
  has(key: string): key is MessageKey;
  /** The chosen half of a "中文 / English" text; a text without the separator as it is. */
  bi(text: string | undefined): string;
}

/** antd's secondary greys are too faint for WCAG AA contrast on white; these keep 4.5:1 or more. */
const theme = {
  token: {
    colorPrimary: '#1d5fbf',
    // antd derives a lighter hover (#3f7ccc: 4.2:1 under white text); a darker one keeps AA while the pointer rests on a button.
    colorPrimaryHover: '#174c99',
    colorLink: '#1d5fbf',
    colorInfo: '#1d5fbf',
    colorError: '#c0142a',
    borderRadius: 4,
    colorTextDescription: '#595959',
    colorTextTertiary: '#595959',
    colorTextPlaceholder: '#6b6b6b',
  },
  components: { Breadcrumb: { linkColor: '#595959', separatorColor: '#595959', lastItemColor: '#262626' } },
};

const I18nContext = createContext<I18n | null>(null);

/** The English half starts at the first " / " followed by a Latin letter; the Chinese half may list choices with " / " itself. */
export function bilingual(text: string | undefined, locale: Locale): string {
  if (!text) return '';
  const split = / \/ (?=[A-Za-z])/.exec(text);
  if (!split) return text;
  return locale === 'zh-CN' ? text.slice(0, split.index) : text.slice(split.index + 3);
}

function initialLocale(): Locale {
  return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(storageKey, next);
    setLocaleState(next);
  }, []);
  // zod's own messages (a missing value, a too-short text) follow the page's language.
  z.config(locale === 'en' ? zodEn() : zodZhCN());
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(() => {
    const catalogue = catalogues[locale];
    return {
      locale,
      setLocale,
      t: (key, params) => {
        const text = catalogue[key] ?? key;
        return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
      },
      has: (key): key is MessageKey => key in catalogue,
      bi: (text) => bilingual(text, locale),
    };
  }, [locale, setLocale]);
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={locale === 'en' ? antdEnUS : antdZhCN} theme={theme} button={{ autoInsertSpace: false }}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
