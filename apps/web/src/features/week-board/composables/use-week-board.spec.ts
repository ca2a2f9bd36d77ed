import { describe, expect, it } from 'vitest';
import { deadlineState, groupByStatus } from './use-week-board';

describe('deadlineState', () => {
  const deadline = '2026-11-27T18:00:00.000+08:00';

  it('gives the Beijing date, weekday and time with the hours left', () => {
    expect(deadlineState(deadline, 31.5, new Date('2026-11-25T10:00:00+08:00'))).toEqual({
      kind: 'open',
      month: 11,
      day: 27,
      weekday: 5,
      time: '18:00',
      hours: 32,
    });
  });

  it('is overdue once no hours are left and the deadline has passed', () => {
    expect(deadlineState(deadline, 0, new Date('2026-11-27T18:30:00+08:00'))).toMatchObject({
      kind: 'overdue',
      day: 27,
    });
  });

  it('is not overdue while the deadline is still ahead, even with no office hours left', () => {
    expect(deadlineState(deadline, 0, new Date('2026-11-27T17:59:00+08:00'))).toMatchObject({
      kind: 'open',
      hours: 0,
    });
  });

  it('reads a UTC instant in Beijing time', () => {
    expect(deadlineState('2026-11-27T10:00:00Z', 5, new Date('2026-11-25T00:00:00Z'))).toMatchObject({
      time: '18:00',
    });
  });

  it('has no deadline in a week without working days', () => {
    expect(deadlineState(null, 0)).toEqual({ kind: 'none' });
  });
});

describe('groupByStatus', () => {
  it('orders groups from slipped to done and drops empty ones', () => {
    const tasks = [
      { id: 'a', status: 'DONE' as const },
      { id: 'b', status: 'SLIPPED' as const },
      { id: 'c', status: 'ON_TRACK' as const },
      { id: 'd', status: 'SLIPPED' as const },
    ];
    expect(groupByStatus(tasks).map((g) => [g.status, g.tasks.map((t) => t.id)])).toEqual([
      ['SLIPPED', ['b', 'd']],
      ['ON_TRACK', ['c']],
      ['DONE', ['a']],
    ]);
  });
});
