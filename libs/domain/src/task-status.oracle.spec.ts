import { describe, expect, it } from '@jest/globals';
import { addDays, beijingInstant } from './beijing-time.js';
import { weekMonday, weeksBetween } from './iso-week.js';
import {
  StatusTimeline,
  evaluateStatus,
  nextStatusChange,
  weeklyCells,
  type WorkItem,
} from './task-status.js';
import { referenceEvaluateStatus, referenceWeeklyCells } from './task-status.oracle.js';
import { WorkingCalendar } from './working-calendar.js';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function randomItem(rand: () => number): WorkItem {
  const startsOn = addDays('2026-01-05', Math.floor(rand() * 200));
  const dueOn = addDays(startsOn, 7 + Math.floor(rand() * 200));
  const weeks = weeksBetween(startsOn, addDays(dueOn, 21));
  let percent = 0;
  const updates = weeks
    .filter(() => rand() < 0.75)
    .map((week) => {
      percent = rand() < 0.1 ? Math.max(0, percent - 10) : Math.min(100, percent + rand() * 12);
      const filed = beijingInstant(addDays(weekMonday(week), Math.floor(rand() * 9)), '15:00');
      return { week, percent: Math.round(percent), createdAt: filed };
    });
  const weeklyPlan =
    rand() < 0.3
      ? Object.fromEntries(weeks.filter(() => rand() < 0.5).map((w, i) => [w, Math.min(100, i * 9)]))
      : undefined;
  return { startsOn, dueOn, updates, weeklyPlan };
}

describe('the optimised status rules agree with the straightforward ones', () => {
  const calendar = new WorkingCalendar();
  const weeks = weeksBetween('2026-01-01', '2026-12-31');

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('on random items, seed %i', (seed) => {
    const rand = random(seed);
    for (let n = 0; n < 25; n++) {
      const item = randomItem(rand);
      const asOf = beijingInstant(addDays('2026-01-01', Math.floor(rand() * 364)), '10:00');
      expect(weeklyCells(item, weeks, asOf, calendar)).toEqual(
        referenceWeeklyCells(item, weeks, asOf, calendar),
      );
      expect(evaluateStatus(item, asOf, calendar)).toEqual(referenceEvaluateStatus(item, asOf, calendar));
    }
  });
});

describe('a timeline asked many times gives what the rules give each time', () => {
  const calendar = new WorkingCalendar();
  const weeks = weeksBetween('2026-01-01', '2026-12-31');
  const lenient = { atRiskPoints: 20, slippedPoints: 40 };

  // The dashboard keeps one timeline per task across requests: ended weeks' cells are remembered,
  // so asking later, earlier again, or with other thresholds must not return a remembered cell wrongly.
  it.each([11, 12, 13, 14])('at instants out of order and under two thresholds, seed %i', (seed) => {
    const rand = random(seed);
    for (let n = 0; n < 10; n++) {
      const item = randomItem(rand);
      const timeline = new StatusTimeline(item, calendar);
      for (let k = 0; k < 6; k++) {
        const asOf = beijingInstant(addDays('2026-01-01', Math.floor(rand() * 364)), '10:00');
        const thresholds = rand() < 0.5 ? lenient : undefined;
        expect(timeline.cells(weeks, asOf, thresholds)).toEqual(
          referenceWeeklyCells(item, weeks, asOf, calendar, thresholds),
        );
        expect(timeline.statusAt(asOf, thresholds)).toEqual(
          referenceEvaluateStatus(item, asOf, calendar, thresholds),
        );
      }
    }
  });
});

describe('no status changes by the passing of time before nextStatusChange', () => {
  const calendar = new WorkingCalendar();

  // The dashboard keeps a unit's count of statuses worked out now until this instant.
  it.each([21, 22, 23, 24, 25, 26])('on random items at random instants, seed %i', (seed) => {
    const rand = random(seed);
    for (let n = 0; n < 60; n++) {
      const asOf = new Date(beijingInstant('2026-01-01').getTime() + Math.floor(rand() * 364 * 86_400_000));
      // What has been filed by then: a later filing is a change of its own.
      const random = randomItem(rand);
      const item = { ...random, updates: random.updates.filter((u) => u.createdAt <= asOf) };
      const next = nextStatusChange(asOf, calendar);
      expect(next.getTime()).toBeGreaterThan(asOf.getTime());
      expect(next.getTime() - asOf.getTime()).toBeLessThanOrEqual(86_400_000);
      const status = evaluateStatus(item, asOf, calendar).status;
      const span = next.getTime() - asOf.getTime();
      for (const at of [1, span - 1, ...[0, 0, 0].map(() => Math.floor(rand() * span))]) {
        expect({ at: new Date(asOf.getTime() + at), status }).toEqual({
          at: new Date(asOf.getTime() + at),
          status: evaluateStatus(item, new Date(asOf.getTime() + at), calendar).status,
        });
      }
    }
  });
});
