import { describe, expect, it } from 'vitest';
import { groupByList, mineCounts } from './mine';

const a = (
  id: string,
  listSeq: number,
  seq: number,
  status: 'DONE' | 'SLIPPED' | 'ON_TRACK',
  reopened = false,
) => ({
  id,
  status,
  reopened,
  item: {
    seq,
    list: { id: `l${listSeq}`, seq: listSeq, title: `清单${listSeq}`, kind: 'PARTY_PRINCIPAL' as const },
  },
});

describe('my responsibilities', () => {
  const assignments = [
    a('x', 3, 2, 'DONE'),
    a('y', 1, 5, 'SLIPPED', true),
    a('z', 3, 1, 'ON_TRACK'),
    a('w', 1, 1, 'DONE'),
  ];

  it('groups by list in list order, items by number', () => {
    expect(groupByList(assignments).map((g) => [g.listId, g.assignments.map((x) => x.id)])).toEqual([
      ['l1', ['w', 'y']],
      ['l3', ['z', 'x']],
    ]);
  });

  it('counts done, slipped and reopened items', () => {
    expect(mineCounts(assignments)).toEqual({ total: 4, done: 2, slipped: 1, reopened: 1 });
  });
});
