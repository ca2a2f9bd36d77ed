import { weekMonday } from '@lvze/domain';
import { onBeforeUnmount, onMounted, nextTick, watch, type Ref } from 'vue';

type Translate = (key: string, named?: Record<string, unknown>) => string;

export type PrintColumnKey = 'code' | 'title' | 'leadLeader' | 'leadUnit' | 'status' | 'progress';

export interface PrintColumn {
  key: PrintColumnKey;
  label: string;
  // Millimetres: the sheet is A3 landscape (400 mm between the margins); weeks share what is left.
  width: number;
}

// A function, so labels follow the current language.
export function printColumns(t: Translate): PrintColumn[] {
  return [
    { key: 'code', label: t('battleMap.columns.code'), width: 11 },
    { key: 'title', label: t('battleMap.columns.title'), width: 58 },
    { key: 'leadLeader', label: t('battleMap.columns.leadLeader'), width: 24 },
    { key: 'leadUnit', label: t('battleMap.columns.leadUnit'), width: 24 },
    { key: 'status', label: t('battleMap.print.status'), width: 13 },
    { key: 'progress', label: t('battleMap.print.progress'), width: 18 },
  ];
}

export interface MonthBand {
  key: string;
  month: number;
  span: number;
}

export interface PrintWeek {
  week: string;
  // `48`: the week number alone, the month band above says when it is.
  number: string;
  monday: string;
}

// Week columns are too narrow for dates, so a band of months (by each week's Monday) heads them.
export function printWeeks(weeks: readonly string[]): { months: MonthBand[]; weeks: PrintWeek[] } {
  const months: MonthBand[] = [];
  const list = weeks.map((week) => {
    const monday = weekMonday(week);
    const key = monday.slice(0, 7);
    const last = months[months.length - 1];
    if (last && last.key === key) last.span += 1;
    else months.push({ key, month: Number(monday.slice(5, 7)), span: 1 });
    return { week, number: String(Number(week.slice(6))), monday };
  });
  return { months, weeks: list };
}

// The page rule lives only while the print view is open, so it never reaches other pages' printouts.
// The map prints on A3 landscape; other print views (bulletin, orders) pass their own rule.
export const PRINT_PAGE_RULE = '@page { size: A3 landscape; margin: 10mm; }';

export function usePrintPageRule(rule: string = PRINT_PAGE_RULE, doc: Document = document) {
  let style: HTMLStyleElement | null = null;
  onMounted(() => {
    style = doc.createElement('style');
    style.dataset.lvzePrint = '';
    style.textContent = rule;
    doc.head.appendChild(style);
  });
  onBeforeUnmount(() => style?.remove());
}

// Opens the print dialog once, after everything the sheet shows has arrived and been laid out.
export function usePrintWhenReady(
  ready: Ref<boolean>,
  enabled: boolean,
  print: () => void = () => window.print(),
) {
  let done = false;
  watch(
    ready,
    async (isReady) => {
      if (!isReady || done || !enabled) return;
      done = true;
      await nextTick();
      // Two frames: the first lays the table out, the second paints it.
      requestAnimationFrame(() => requestAnimationFrame(() => print()));
    },
    { immediate: true, flush: 'post' },
  );
}
