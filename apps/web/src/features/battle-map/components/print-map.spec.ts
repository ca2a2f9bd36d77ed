import type { TaskStatus } from '@lvze/domain';
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createAppI18n } from '@/app/i18n';
import { printWeeks, usePrintWhenReady } from '../composables/print-map';
import type { MapRow } from '../composables/use-battle-map';
import PrintMap from './print-map.vue';

const weeks = ['2026-W47', '2026-W48', '2026-W49', '2026-W50'];

function row(i: number, statuses: TaskStatus[]): MapRow {
  const code = `T${String(i).padStart(3, '0')}`;
  return {
    task: {
      id: `id-${i}`,
      code,
      title: `任务 ${i}`,
      category: '',
      leadLeader: i % 2 ? '张三' : '',
      leadUnit: { id: 'u1', name: '市纪委监委' },
      coUnits: [],
      status: statuses[statuses.length - 1],
      percent: 40,
      plannedPercent: 50,
      completedLate: false,
      target: null,
      measure: null,
      currentValue: null,
    },
    cells: weeks.map((week, w) => ({
      week,
      status: statuses[w],
      plannedPercent: 10 * (w + 1),
      actualPercent: w < 2 ? 10 * (w + 1) : null,
      updated: false,
    })),
  } as MapRow;
}

function render(rows: MapRow[]) {
  return mount(PrintMap, {
    props: { rows, weeks, currentWeek: '2026-W48' },
    global: { plugins: [createAppI18n('zh-CN')] },
  });
}

describe('print map', () => {
  it('renders every row, however many (no virtual scrolling on paper)', () => {
    const rows = Array.from({ length: 180 }, (_, i) =>
      row(i + 1, ['ON_TRACK', 'AT_RISK', 'SLIPPED', 'SLIPPED']),
    );
    const wrapper = render(rows);
    expect(wrapper.findAll('tbody tr')).toHaveLength(180);
    expect(wrapper.find('[data-testid="print-row-T180"]').exists()).toBe(true);
  });

  it('shows code, title, leader, unit, status and progress, then one coloured cell per week', () => {
    const wrapper = render([
      row(1, ['DONE', 'ON_TRACK', 'AT_RISK', 'SLIPPED']),
      row(2, ['NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED']),
    ]);
    const first = wrapper.find('[data-testid="print-row-T001"]');
    const texts = first.findAll('td').map((td) => td.text());
    expect(texts.slice(0, 6)).toEqual(['T001', '任务 1', '张三', '市纪委监委', '严重滞后', '40% / 50%']);
    // Past and current weeks show the reported percent; a future week shows nothing.
    expect(texts.slice(6)).toEqual(['10', '20', '', '']);
    const cells = first.findAll('.print-map__cell');
    expect(cells.map((cell) => cell.attributes('data-status'))).toEqual([
      'DONE',
      'ON_TRACK',
      'AT_RISK',
      'SLIPPED',
    ]);
    expect(cells[0].classes()).toContain('is-DONE');
    expect(cells[2].classes()).toContain('print-map__cell--future');
    // No leader: a dash, not an empty cell.
    expect(wrapper.find('[data-testid="print-row-T002"]').findAll('td')[2].text()).toBe('—');
  });

  it('heads the weeks with their numbers under a band of months', () => {
    const wrapper = render([row(1, ['DONE', 'DONE', 'DONE', 'DONE'])]);
    const [monthRow, weekRow] = wrapper.findAll('thead tr');
    expect(monthRow.findAll('.print-map__month').map((th) => [th.text(), th.attributes('colspan')])).toEqual([
      ['11月', '3'],
      ['12月', '1'],
    ]);
    expect(weekRow.findAll('th').map((th) => th.text())).toEqual(['47', '48', '49', '50']);
    expect(weekRow.find('.print-map__week--current').text()).toBe('48');
  });
});

describe('printWeeks', () => {
  it('groups weeks by the month of their Monday', () => {
    expect(printWeeks(['2026-W01', '2026-W05', '2026-W06']).months).toEqual([
      // 2026-W01 starts on Monday 2025-12-29.
      { key: '2025-12', month: 12, span: 1 },
      { key: '2026-01', month: 1, span: 1 },
      { key: '2026-02', month: 2, span: 1 },
    ]);
  });
});

describe('usePrintWhenReady', () => {
  it('prints once when ready, and never with ?noprint', async () => {
    vi.useFakeTimers();
    const print = vi.fn();
    const ready = ref(false);
    const quiet = vi.fn();
    mount({
      setup() {
        usePrintWhenReady(ready, true, print);
        usePrintWhenReady(ready, false, quiet);
        return () => null;
      },
    });
    await vi.runAllTimersAsync();
    expect(print).not.toHaveBeenCalled();
    ready.value = true;
    await vi.runAllTimersAsync();
    ready.value = false;
    await vi.runAllTimersAsync();
    ready.value = true;
    await vi.runAllTimersAsync();
    expect(print).toHaveBeenCalledOnce();
    expect(quiet).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
