import { createI18n } from 'vue-i18n';
import { en } from '@/locales/en';
import { SUPPORTED_LOCALES, type AppLocale, type LocaleMessages } from '@/locales/types';
import { zhCN } from '@/locales/zh-CN';

export const LOCALE_STORAGE_KEY = 'lvze.locale';
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

export function readStoredLocale(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): AppLocale {
  const stored = storage?.getItem(LOCALE_STORAGE_KEY);
  return isAppLocale(stored) ? stored : DEFAULT_LOCALE;
}

export function createAppI18n(locale: AppLocale = readStoredLocale()) {
  return createI18n<[LocaleMessages], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { 'zh-CN': zhCN, en },
    missingWarn: false,
    fallbackWarn: false,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;
