import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { useVirtualRows, visibleWindow } from './use-virtual-rows';

const base = { rowHeight: 30, viewportHeight: 300, overscan: 0, count: 1000, scrollTop: 0 };

describe('visibleWindow', () => {
  it('shows the rows that fit at the top, with no space above', () => {
    expect(visibleWindow(base)).toEqual({ start: 0, end: 10, padTop: 0, padBottom: 990 * 30 });
  });

  it('adds overscan rows on both sides, clipped to the list', () => {
    expect(visibleWindow({ ...base, overscan: 5 })).toMatchObject({ start: 0, end: 15 });
    expect(visibleWindow({ ...base, overscan: 5, scrollTop: 3000 })).toMatchObject({ start: 95, end: 115 });
  });

  it('includes a row that is only partly visible', () => {
    // 3015 px down: row 100 is cut in half at the top, row 110 peeks in at the bottom.
    expect(visibleWindow({ ...base, scrollTop: 3015 })).toMatchObject({ start: 100, end: 111 });
  });

  it('keeps the padding plus rendered rows equal to the full height', () => {
    for (const scrollTop of [0, 17, 4500, 29_700, 50_000]) {
      const w = visibleWindow({ ...base, overscan: 3, scrollTop });
      expect(w.padTop + (w.end - w.start) * 30 + w.padBottom).toBe(1000 * 30);
    }
  });

  it('stops at the last row when scrolled past the end', () => {
    expect(visibleWindow({ ...base, scrollTop: 99_999 })).toMatchObject({
      start: 999,
      end: 1000,
      padBottom: 0,
    });
  });

  it('discounts a sticky header above the rows', () => {
    expect(visibleWindow({ ...base, offset: 46, scrollTop: 46 })).toMatchObject({ start: 0, end: 10 });
    expect(visibleWindow({ ...base, offset: 46, scrollTop: 46 + 300 })).toMatchObject({ start: 10, end: 20 });
  });

  it('renders nothing for an empty list or before the viewport is measured', () => {
    expect(visibleWindow({ ...base, count: 0 })).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
    expect(visibleWindow({ ...base, viewportHeight: 0, overscan: 2 })).toMatchObject({ start: 0, end: 3 });
  });

  it('handles lists shorter than the viewport', () => {
    expect(visibleWindow({ ...base, count: 4, overscan: 8 })).toEqual({
      start: 0,
      end: 4,
      padTop: 0,
      padBottom: 0,
    });
  });
});

describe('useVirtualRows', () => {
  it('renders only the visible slice of 1,000 rows and follows scrolling', async () => {
    const items = ref(Array.from({ length: 1000 }, (_, i) => `row-${i}`));
    const scroller = ref<HTMLElement | null>(null);
    let api!: ReturnType<typeof useVirtualRows<string>>;
    const Host = defineComponent({
      setup() {
        api = useVirtualRows(items, scroller, { rowHeight: 30, overscan: 2 });
        return () => h('div', { ref: scroller });
      },
    });
    const wrapper = mount(Host, { attachTo: document.body });
    const el = wrapper.element as HTMLElement;
    Object.defineProperty(el, 'clientHeight', { configurable: true, value: 300 });
    api.measure();
    await nextTick();
    expect(api.visible.value.map((v) => v.item)).toHaveLength(12);
    expect(api.visible.value[0]).toEqual({ item: 'row-0', index: 0 });
    expect(api.totalHeight.value).toBe(30_000);

    el.scrollTop = 15_000;
    api.measure();
    await nextTick();
    expect(api.range.value).toMatchObject({ start: 498, end: 512 });
    expect(api.visible.value[0].item).toBe('row-498');
    wrapper.unmount();
  });
});
