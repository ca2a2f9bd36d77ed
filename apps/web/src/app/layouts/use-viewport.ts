import { onBeforeUnmount, ref } from 'vue';

// Phones get the drawer menu; 768px matches Element Plus's `sm` breakpoint.
export const MOBILE_QUERY = '(max-width: 767px)';

export function useIsMobile() {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(MOBILE_QUERY) : null;
  const isMobile = ref(query?.matches ?? false);
  const onChange = (event: MediaQueryListEvent) => {
    isMobile.value = event.matches;
  };
  query?.addEventListener('change', onChange);
  onBeforeUnmount(() => query?.removeEventListener('change', onChange));
  return isMobile;
}
