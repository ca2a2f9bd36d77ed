import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { AppLocale } from '@/locales/types';
import { LOCALE_STORAGE_KEY, isAppLocale } from './index';

export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' });
  const current = computed<AppLocale>(() => (isAppLocale(locale.value) ? locale.value : 'zh-CN'));

  function setLocale(next: AppLocale) {
    locale.value = next;
    localStorage.setItem(LOCALE_STORAGE_KEY, next);
    document.documentElement.lang = next;
  }

  return { locale: current, setLocale };
}
