import {
  MAX_ALERT_PENALTY,
  SCORE_WEIGHTS,
  alertPenalty,
  healthRate,
  onTimeRate,
  rankByScore,
  unitScore,
} from './unit-score.js';

const none = { due: 0, onTime: 0 };

describe('unit score', () => {
  it('weights the four parts 30/30/20/20 and adds up to 100', () => {
    expect(Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('is 100 for a unit that did everything on time with no open alert', () => {
    const result = unitScore({
      updates: { due: 10, onTime: 10 },
      tasks: { ON_TRACK: 2, DONE: 1 },
      assignments: { DONE: 5 },
      reports: { due: 3, onTime: 3 },
      openAlerts: {},
    });
    expect(result.score).toBe(100);
    expect(result.penalty).toBe(0);
    expect(result.parts.map((p) => [p.part, p.rate, p.weight, p.points])).toEqual([
      ['updates', 100, 30, 30],
      ['tasks', 100, 30, 30],
      ['assignments', 100, 20, 20],
      ['reports', 100, 20, 20],
    ]);
  });

  it('computes each part as written in the formula (hand-worked example)', () => {
    // updates 8/10 = 80; tasks (1 + 0.5 + 0) / 3 = 50; assignments (1 + 1 + 0.5 + 0.5) / 4 = 75;
    // reports 1/2 = 50 → 0.3×80 + 0.3×50 + 0.2×75 + 0.2×50 = 24 + 15 + 15 + 10 = 64;
    // alerts 2 reminders + 1 warning = 5 points → 59.
    const result = unitScore({
      updates: { due: 10, onTime: 8 },
      tasks: { ON_TRACK: 1, AT_RISK: 1, SLIPPED: 1, NOT_STARTED: 4 },
      assignments: { DONE: 1, ON_TRACK: 1, AT_RISK: 2 },
      reports: { due: 2, onTime: 1 },
      openAlerts: { REMINDER: 2, WARNING: 1 },
    });
    expect(result.parts.map((p) => p.rate)).toEqual([80, 50, 75, 50]);
    expect(result.parts.map((p) => p.points)).toEqual([24, 15, 15, 10]);
    expect(result.penalty).toBe(5);
    expect(result.score).toBe(59);
  });

  it('drops the parts a unit does not have and scales the others up', () => {
    // No tasks, no reports: updates and assignments weigh 30 : 20 → 60 % and 40 %.
    const result = unitScore({
      updates: { due: 4, onTime: 2 },
      tasks: { NOT_STARTED: 3 },
      assignments: { ON_TRACK: 1 },
      reports: none,
      openAlerts: {},
    });
    expect(result.parts.map((p) => [p.rate, p.weight])).toEqual([
      [50, 60],
      [null, 0],
      [100, 40],
      [null, 0],
    ]);
    expect(result.score).toBe(70);
  });

  it('scores 0 when there is nothing to count, and never below 0', () => {
    expect(
      unitScore({ updates: none, tasks: {}, assignments: {}, reports: none, openAlerts: {} }).score,
    ).toBe(0);
    expect(
      unitScore({
        updates: { due: 1, onTime: 0 },
        tasks: { SLIPPED: 1 },
        assignments: {},
        reports: none,
        openAlerts: { ACCOUNTABILITY: 2 },
      }).score,
    ).toBe(0);
  });

  it('caps the alert penalty', () => {
    expect(alertPenalty({ REMINDER: 1, WARNING: 1, ACCOUNTABILITY: 1 })).toBe(12);
    expect(alertPenalty({ ACCOUNTABILITY: 10 })).toBe(MAX_ALERT_PENALTY);
  });

  it('rates: null when nothing is due; on time never above what was due', () => {
    expect(onTimeRate(none)).toBeNull();
    expect(onTimeRate({ due: 3, onTime: 5 })).toBe(100);
    expect(onTimeRate({ due: 3, onTime: 1 })).toBe(33.3);
    expect(healthRate({ NOT_STARTED: 2 })).toBeNull();
  });

  it('ranks 1, 2, 2, 4 with ties in input order', () => {
    const ranked = rankByScore([
      { id: 'a', score: 70 },
      { id: 'b', score: 90 },
      { id: 'c', score: 70 },
      { id: 'd', score: 50 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });
});
