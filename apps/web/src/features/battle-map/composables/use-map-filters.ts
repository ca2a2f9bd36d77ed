import type { TaskStatus } from '@lvze/domain';
import { computed, reactive, type Ref } from 'vue';
import type { MapTaskFragment } from '@/gql/graphql';

export interface MapFilter {
  text: string;
  leadUnitId: string;
  coUnitId: string;
  status: TaskStatus | '';
  leadLeader: string;
  groupByCategory: boolean;
}

export interface RowLike {
  task: Pick<
    MapTaskFragment,
    'id' | 'code' | 'title' | 'category' | 'leadLeader' | 'leadUnit' | 'coUnits' | 'status'
  >;
}

export type MapLine<R extends RowLike> =
  { kind: 'group'; key: string; category: string; count: number } | { kind: 'task'; key: string; row: R };

export interface Option {
  value: string;
  label: string;
}

export function emptyMapFilter(): MapFilter {
  return { text: '', leadUnitId: '', coUnitId: '', status: '', leadLeader: '', groupByCategory: false };
}

export function matchesMapFilter(row: RowLike, filter: MapFilter): boolean {
  const { task } = row;
  if (filter.leadUnitId && task.leadUnit.id !== filter.leadUnitId) return false;
  if (filter.coUnitId && !task.coUnits.some((unit) => unit.id === filter.coUnitId)) return false;
  if (filter.status && task.status !== filter.status) return false;
  if (filter.leadLeader && task.leadLeader !== filter.leadLeader) return false;
  const needle = filter.text.trim().toLowerCase();
  if (!needle) return true;
  return task.code.toLowerCase().includes(needle) || task.title.toLowerCase().includes(needle);
}

export function isFiltering(filter: MapFilter): boolean {
  return Boolean(
    filter.text.trim() || filter.leadUnitId || filter.coUnitId || filter.status || filter.leadLeader,
  );
}

// Groups keep the order in which their first task appears (the map is in task-code order), so the
// grouped map reads in the same order as the ungrouped one. Tasks without a category go last.
export function groupLines<R extends RowLike>(rows: readonly R[], byCategory: boolean): MapLine<R>[] {
  if (!byCategory) return rows.map((row) => ({ kind: 'task', key: row.task.id, row }));
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const category = row.task.category.trim();
    const list = groups.get(category);
    if (list) list.push(row);
    else groups.set(category, [row]);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => Number(a === '') - Number(b === ''));
  return ordered.flatMap(([category, list]) => [
    { kind: 'group' as const, key: `group:${category}`, category, count: list.length },
    ...list.map((row) => ({ kind: 'task' as const, key: row.task.id, row })),
  ]);
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'zh-CN');

// Filter choices come from the loaded map, so every option matches at least one task.
export function filterOptions(rows: readonly RowLike[]) {
  const leadUnits = new Map<string, string>();
  const coUnits = new Map<string, string>();
  const leaders = new Set<string>();
  const categories = new Set<string>();
  for (const { task } of rows) {
    leadUnits.set(task.leadUnit.id, task.leadUnit.name);
    for (const unit of task.coUnits) coUnits.set(unit.id, unit.name);
    if (task.leadLeader.trim()) leaders.add(task.leadLeader);
    if (task.category.trim()) categories.add(task.category);
  }
  const toOptions = (map: Map<string, string>) =>
    [...map].map(([value, label]) => ({ value, label })).sort(byLabel);
  return {
    leadUnits: toOptions(leadUnits),
    coUnits: toOptions(coUnits),
    leaders: [...leaders].map((name) => ({ value: name, label: name })).sort(byLabel),
    categories: [...categories].sort((a, b) => a.localeCompare(b, 'zh-CN')),
  };
}

export function useMapFilters<R extends RowLike>(rows: Ref<readonly R[]>) {
  const filter = reactive<MapFilter>(emptyMapFilter());
  const filtered = computed(() => rows.value.filter((row) => matchesMapFilter(row, filter)));
  const lines = computed(() => groupLines(filtered.value, filter.groupByCategory));
  const options = computed(() => filterOptions(rows.value));
  const active = computed(() => isFiltering(filter));

  function reset() {
    Object.assign(filter, { ...emptyMapFilter(), groupByCategory: filter.groupByCategory });
  }

  return { filter, filtered, lines, options, active, reset };
}
