import { STATUS_PALETTE, compareWeeks, weekMonday, weekSunday, type TaskStatus } from '@lvze/domain';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { BattleMapDocument, type BattleMapQuery } from '@/gql/graphql';

export type MapRow = BattleMapQuery['battleMap']['rows'][number];
export type MapCell = MapRow['cells'][number];

// Yellow and grey fills are too light for white text; those take the ink colour instead.
const DARK_TEXT: ReadonlySet<TaskStatus> = new Set(['AT_RISK', 'NOT_STARTED']);

export function cellTextColor(status: TaskStatus): string {
  return DARK_TEXT.has(status) ? '#1f2329' : '#ffffff';
}

export function cellColor(status: TaskStatus): string {
  return STATUS_PALETTE[status].color;
}

// The palette as CSS custom properties (--status-SLIPPED, --status-ink-SLIPPED …), set once on the
// grid so each cell needs only a class.
export function statusColorVars(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const status of Object.keys(STATUS_PALETTE) as TaskStatus[]) {
    vars[`--status-${status}`] = cellColor(status);
    vars[`--status-ink-${status}`] = cellTextColor(status);
  }
  return vars;
}

export type WeekTiming = 'past' | 'current' | 'future';

export function weekTiming(week: string, currentWeek: string): WeekTiming {
  const order = compareWeeks(week, currentWeek);
  return order < 0 ? 'past' : order === 0 ? 'current' : 'future';
}

// The small text in a cell, so the status never rests on colour alone: the reported percent, a dash
// for a week that has passed without any report yet, nothing for weeks still to come.
export function cellGlyph(cell: Pick<MapCell, 'actualPercent'>, timing: WeekTiming): string {
  if (timing === 'future') return '';
  if (cell.actualPercent === null || cell.actualPercent === undefined) return '–';
  return String(Math.round(cell.actualPercent));
}

export interface WeekHeader {
  week: string;
  // `W48`
  short: string;
  // `11-23`, the Monday
  monday: string;
  // `2026-11-23 — 2026-11-29`
  range: string;
}

export function weekHeader(week: string): WeekHeader {
  const monday = weekMonday(week);
  return {
    week,
    short: week.slice(5),
    monday: monday.slice(5),
    range: `${monday} — ${weekSunday(week)}`,
  };
}

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${Math.round(value * 10) / 10}%`;
}

export function useBattleMap() {
  const query = useQuery({ query: BattleMapDocument, requestPolicy: 'cache-and-network' });
  const map = computed(() => query.data.value?.battleMap ?? null);
  const rows = computed<readonly MapRow[]>(() => map.value?.rows ?? []);
  const weeks = computed(() => map.value?.weeks ?? []);
  const currentWeek = computed(() => map.value?.currentWeek ?? '');
  return {
    map,
    rows,
    weeks,
    currentWeek,
    fetching: query.fetching,
    error: query.error,
    reload: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
