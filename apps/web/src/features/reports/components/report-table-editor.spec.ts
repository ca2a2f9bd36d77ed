import type { ReportField } from '@lvze/domain';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { createAppI18n } from '@/app/i18n';
import type { TableRow } from '../composables/table-cells';
import ReportTableEditor from './report-table-editor.vue';

const categories: ReportField = {
  key: 'categories',
  label: '自查自纠清单',
  type: 'TABLE',
  rows: Array.from({ length: 198 }, (_, i) => ({ key: `c${i + 1}`, label: `类别${i + 1}` })),
  columns: [
    { key: 'projects', label: '项目数', type: 'NUMBER', total: true },
    { key: 'funds', label: '资金（万元）', type: 'MONEY', total: true },
    { key: 'found', label: '发现问题', type: 'NUMBER', total: true },
    { key: 'fixed', label: '整改问题', type: 'NUMBER', total: true },
  ],
};
const visits: ReportField = {
  key: 'visits',
  label: '督导记录',
  type: 'TABLE',
  columns: [
    { key: 'date', label: '日期', type: 'DATE' },
    { key: 'note', label: '内容', type: 'TEXT' },
  ],
};

function render(field: ReportField, value: TableRow[] | null = null) {
  const emitted: (TableRow[] | null)[] = [];
  const wrapper = mount(ReportTableEditor, {
    props: {
      field,
      modelValue: value,
      'onUpdate:modelValue': (rows: TableRow[] | null) => {
        emitted.push(rows);
        void wrapper.setProps({ modelValue: rows });
      },
    },
    global: { plugins: [createAppI18n('zh-CN')] },
    attachTo: document.body,
  });
  return { wrapper, emitted };
}

function paste(target: Element, text: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  target.dispatchEvent(event);
  return event;
}

const input = (wrapper: ReturnType<typeof render>['wrapper'], r: number, c: number) =>
  wrapper.get(`input[data-r="${r}"][data-c="${c}"]`);

describe('ReportTableEditor', () => {
  it('renders the 198 categories with one input per cell, quickly', () => {
    const started = performance.now();
    const { wrapper } = render(categories);
    const elapsed = performance.now() - started;
    expect(wrapper.findAll('tbody tr')).toHaveLength(198);
    expect(wrapper.findAll('tbody input')).toHaveLength(198 * 4);
    // Generous for a slow CI core under happy-dom; the browser journey measures the real thing.
    expect(elapsed).toBeLessThan(3000);
    wrapper.unmount();
  });

  it('fills the grid down and right from the pasted cell and sums the totals', async () => {
    const { wrapper, emitted } = render(categories);
    const tsv = '3\t1,200.5\t2\t1\r\n4\t30\t0\t0\r\n';
    const event = paste(input(wrapper, 1, 0).element, tsv);
    await nextTick();
    expect(event.defaultPrevented).toBe(true);
    const rows = emitted.at(-1)!;
    expect(rows[1]).toEqual({ rowKey: 'c2', projects: 3, funds: 1200.5, found: 2, fixed: 1 });
    expect(rows[2]).toEqual({ rowKey: 'c3', projects: 4, funds: 30, found: 0, fixed: 0 });
    expect((input(wrapper, 1, 1).element as HTMLInputElement).value).toBe('1200.50');
    expect(wrapper.get('[data-total="funds"]').text()).toBe('1,230.50');
    expect(wrapper.get('[data-total="projects"]').text()).toBe('7');
    expect(wrapper.get('[data-testid="report-table-pasted"]').text()).toContain('8');
    wrapper.unmount();
  });

  it('flags cells it cannot read and keeps the text', async () => {
    const { wrapper, emitted } = render(categories);
    paste(input(wrapper, 0, 0).element, '12个\t5\n');
    await nextTick();
    expect(emitted.at(-1)![0]).toMatchObject({ projects: '12个', funds: 5 });
    expect(input(wrapper, 0, 0).element.closest('td')!.classList.contains('is-bad')).toBe(true);
    expect(wrapper.get('[data-testid="report-table-bad"]').text()).toContain('1');
    wrapper.unmount();
  });

  it('lets a single value paste normally', () => {
    const { wrapper } = render(categories);
    expect(paste(input(wrapper, 0, 0).element, '42').defaultPrevented).toBe(false);
    wrapper.unmount();
  });

  it('keeps what the user is typing while emitting numbers', async () => {
    const { wrapper, emitted } = render(categories);
    const cell = input(wrapper, 0, 1);
    (cell.element as HTMLInputElement).value = '12.';
    await cell.trigger('input');
    expect(emitted.at(-1)![0]).toMatchObject({ funds: 12 });
    expect((cell.element as HTMLInputElement).value).toBe('12.');
    await cell.trigger('change');
    expect((cell.element as HTMLInputElement).value).toBe('12.00');
    wrapper.unmount();
  });

  it('grows a free table on paste, adds and removes rows', async () => {
    const { wrapper, emitted } = render(visits);
    await wrapper.get('[data-testid="report-table-add-row"]').trigger('click');
    paste(input(wrapper, 0, 0).element, '2026/5/8\t走访\n2026-05-20\t座谈\n');
    await nextTick();
    expect(emitted.at(-1)).toEqual([
      { date: '2026-05-08', note: '走访' },
      { date: '2026-05-20', note: '座谈' },
    ]);
    await wrapper.get('.report-table__remove').trigger('click');
    expect(emitted.at(-1)).toEqual([{ date: '2026-05-20', note: '座谈' }]);
    wrapper.unmount();
  });

  it('marks the cells the validator named', () => {
    const { wrapper } = render(categories, null);
    void wrapper.setProps({ problems: [{ field: 'categories[2].funds', text: '类别3 · 资金应为金额' }] });
    return nextTick().then(() => {
      const td = input(wrapper, 2, 1).element.closest('td')!;
      expect(td.classList.contains('is-bad')).toBe(true);
      expect(td.getAttribute('title')).toBe('类别3 · 资金应为金额');
      wrapper.unmount();
    });
  });

  it('shows the content read-only', () => {
    const wrapper = mount(ReportTableEditor, {
      props: { field: visits, modelValue: [{ date: '2026-05-08', note: '走访' }], readonly: true },
      global: { plugins: [createAppI18n('zh-CN')] },
    });
    expect(wrapper.findAll('input')).toHaveLength(0);
    expect(wrapper.get('tbody tr').text()).toContain('走访');
  });
});
