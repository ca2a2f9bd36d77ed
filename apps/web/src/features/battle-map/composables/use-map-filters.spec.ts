import { describe, expect, it } from 'vitest';
import {
  emptyMapFilter,
  filterOptions,
  groupLines,
  isFiltering,
  matchesMapFilter,
  type MapFilter,
  type RowLike,
} from './use-map-filters';

const unit = (id: string, name: string) => ({ id, name });

function row(code: string, over: Partial<RowLike['task']> = {}): RowLike {
  return {
    task: {
      id: `id-${code}`,
      code,
      title: `任务 ${code}`,
      category: '监督检查',
      leadLeader: '张明',
      leadUnit: unit('u-zy', '资源县'),
      coUnits: [],
      status: 'ON_TRACK',
      ...over,
    },
  };
}

const rows = [
  row('T01', { category: '责任落实', leadUnit: unit('u-lg', '临桂区'), coUnits: [unit('u-zy', '资源县')] }),
  row('T02', { status: 'SLIPPED', leadLeader: '李华' }),
  row('T03', { category: '', status: 'AT_RISK', title: '信访举报集中处理' }),
  row('T04', { category: '责任落实', coUnits: [unit('u-gy', '灌阳县'), unit('u-lg', '临桂区')] }),
];

const filter = (over: Partial<MapFilter>): MapFilter => ({ ...emptyMapFilter(), ...over });
const codes = (f: MapFilter) => rows.filter((r) => matchesMapFilter(r, f)).map((r) => r.task.code);

describe('matchesMapFilter', () => {
  it('keeps everything without a filter', () => {
    expect(codes(emptyMapFilter())).toEqual(['T01', 'T02', 'T03', 'T04']);
    expect(isFiltering(emptyMapFilter())).toBe(false);
  });

  it.each<[string, Partial<MapFilter>, string[]]>([
    ['lead unit', { leadUnitId: 'u-lg' }, ['T01']],
    ['co-operating unit', { coUnitId: 'u-lg' }, ['T04']],
    ['co-operating unit, not lead', { coUnitId: 'u-zy' }, ['T01']],
    ['status', { status: 'SLIPPED' }, ['T02']],
    ['lead leader', { leadLeader: '李华' }, ['T02']],
    ['text in title', { text: '信访' }, ['T03']],
    ['text in code, any case', { text: 't04' }, ['T04']],
    ['all conditions together', { leadUnitId: 'u-zy', status: 'AT_RISK' }, ['T03']],
    ['conditions that exclude each other', { leadUnitId: 'u-lg', status: 'SLIPPED' }, []],
  ])('filters by %s', (_name, over, expected) => {
    expect(codes(filter(over))).toEqual(expected);
    expect(isFiltering(filter(over))).toBe(true);
  });

  it('does not count grouping as filtering', () => {
    expect(isFiltering(filter({ groupByCategory: true, text: '  ' }))).toBe(false);
  });
});

describe('groupLines', () => {
  it('lists tasks alone when not grouping', () => {
    const lines = groupLines(rows, false);
    expect(lines.map((l) => l.kind)).toEqual(['task', 'task', 'task', 'task']);
  });

  it('puts a header before each category, in order of first appearance, uncategorised last', () => {
    const lines = groupLines(rows, true);
    expect(lines.map((l) => (l.kind === 'group' ? `[${l.category}:${l.count}]` : l.row.task.code))).toEqual([
      '[责任落实:2]',
      'T01',
      'T04',
      '[监督检查:1]',
      'T02',
      '[:1]',
      'T03',
    ]);
  });

  it('gives every line a unique key', () => {
    const keys = groupLines(rows, true).map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('filterOptions', () => {
  it('offers only units and leaders that occur, each once', () => {
    const options = filterOptions(rows);
    expect(options.leadUnits.map((o) => o.label).sort()).toEqual(['临桂区', '资源县']);
    expect(options.coUnits.map((o) => o.value).sort()).toEqual(['u-gy', 'u-lg', 'u-zy']);
    expect(options.leaders.map((o) => o.value).sort()).toEqual(['张明', '李华'].sort());
    expect(options.categories.sort()).toEqual(['监督检查', '责任落实'].sort());
  });
});
