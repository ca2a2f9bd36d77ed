import { describe, expect, it } from 'vitest';
import { inTab, sortForTab, tabCounts } from './mine';

const o = (id: string, status: 'PENDING' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED', dueAt: string) => ({
  id,
  status,
  dueAt,
  period: dueAt.slice(0, 7),
});

const list = [
  o('may', 'ACCEPTED', '2026-06-05T18:00:00+08:00'),
  o('nov', 'PENDING', '2026-12-07T18:00:00+08:00'),
  o('oct', 'RETURNED', '2026-11-06T18:00:00+08:00'),
  o('q3', 'PENDING', '2026-10-20T18:00:00+08:00'),
  o('sep', 'SUBMITTED', '2026-10-13T18:00:00+08:00'),
];

describe('my reports', () => {
  it('splits open from filed work', () => {
    expect(list.filter((x) => inTab(x, 'todo')).map((x) => x.id)).toEqual(['nov', 'oct', 'q3']);
    expect(tabCounts(list)).toEqual({ todo: 3, filed: 2, all: 5 });
  });

  it('puts returned reports first, then the soonest due; filed ones newest first', () => {
    expect(sortForTab(list, 'all').map((x) => x.id)).toEqual(['oct', 'q3', 'nov', 'sep', 'may']);
    expect(
      sortForTab(
        list.filter((x) => inTab(x, 'filed')),
        'filed',
      ).map((x) => x.id),
    ).toEqual(['sep', 'may']);
  });
});
