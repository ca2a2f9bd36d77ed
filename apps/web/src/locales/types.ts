import type { zhCN } from './zh-CN';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

// zh-CN is the source of truth: every other locale must provide exactly the same keys.
export type LocaleMessages = Widen<typeof zhCN>;

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];
