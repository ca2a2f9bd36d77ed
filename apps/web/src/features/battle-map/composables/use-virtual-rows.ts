import { computed, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';

export interface VisibleWindow {
  // First rendered row (inclusive) and the row after the last rendered one.
  start: number;
  end: number;
  // Heights of the empty space above and below the rendered rows.
  padTop: number;
  padBottom: number;
}

export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  overscan: number;
  // Height of content above the first row inside the scroller (a sticky header).
  offset?: number;
}

// Which rows of a fixed-row-height list are on screen, with `overscan` extra rows on each side so a
// quick scroll never shows a blank band before the next render.
export function visibleWindow(input: WindowInput): VisibleWindow {
  const { rowHeight, count, overscan } = input;
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const top = Math.max(0, input.scrollTop - (input.offset ?? 0));
  const height = Math.max(0, input.viewportHeight);
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  const last = Math.min(count - 1, Math.ceil((top + height) / rowHeight) - 1);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, Math.max(first, last) + 1 + overscan);
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

export interface VirtualRowsOptions {
  rowHeight: number;
  overscan?: number;
  offset?: number;
}

export function useVirtualRows<T>(
  items: Ref<readonly T[]>,
  scroller: Ref<HTMLElement | null | undefined>,
  options: VirtualRowsOptions,
) {
  const scrollTop = ref(0);
  const viewportHeight = ref(0);

  const range = computed(() =>
    visibleWindow({
      scrollTop: scrollTop.value,
      viewportHeight: viewportHeight.value,
      rowHeight: options.rowHeight,
      count: items.value.length,
      overscan: options.overscan ?? 6,
      offset: options.offset,
    }),
  );
  const visible = computed(() =>
    items.value.slice(range.value.start, range.value.end).map((item, i) => ({
      item,
      index: range.value.start + i,
    })),
  );
  const totalHeight = computed(() => items.value.length * options.rowHeight);

  // One read per animation frame at most: scroll events can fire faster than the screen refreshes.
  let frame = 0;
  function measure() {
    frame = 0;
    const el = scroller.value;
    if (!el) return;
    scrollTop.value = el.scrollTop;
    viewportHeight.value = el.clientHeight;
  }
  function onScroll() {
    if (!frame) frame = requestAnimationFrame(measure);
  }

  let observer: ResizeObserver | null = null;
  function attach(el: HTMLElement | null | undefined, previous?: HTMLElement | null) {
    previous?.removeEventListener('scroll', onScroll);
    observer?.disconnect();
    if (!el) return;
    el.addEventListener('scroll', onScroll, { passive: true });
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => measure());
      observer.observe(el);
    }
    measure();
  }

  onMounted(() => attach(scroller.value));
  watch(scroller, (el, previous) => attach(el, previous));
  // A filter that shortens the list can leave the scroller past its end; re-read after the change.
  watch(
    () => items.value.length,
    () => requestAnimationFrame(measure),
  );
  onBeforeUnmount(() => {
    scroller.value?.removeEventListener('scroll', onScroll);
    observer?.disconnect();
    if (frame) cancelAnimationFrame(frame);
  });

  function scrollToIndex(index: number) {
    const el = scroller.value;
    if (!el) return;
    el.scrollTop = index * options.rowHeight;
    measure();
  }

  return { range, visible, totalHeight, scrollToIndex, measure };
}
