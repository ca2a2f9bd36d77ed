import { AlertRecheck } from './alert-recheck.js';
import {
  type AlertRuleKind,
  type AlertThresholds,
  type AlertWorkItem,
  DEFAULT_ALERT_THRESHOLDS,
  expectedAlerts,
} from './alert-rules.js';
import { addDays, beijingInstant } from './beijing-time.js';
import { isoWeekOf } from './iso-week.js';
import { evaluateStatus } from './task-status.js';
import { WorkingCalendar } from './working-calendar.js';

const calendar = new WorkingCalendar();
const bj = (wallClock: string): Date => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);
const item = (overrides: Partial<AlertWorkItem> = {}): AlertWorkItem => ({
  id: 'a-1',
  kind: 'ASSIGNMENT',
  unitId: 'unit-1',
  startsOn: '2026-11-02',
  dueOn: '2026-12-31',
  updates: [],
  ...overrides,
});
const weekly = (percent: number, ...filed: string[]) =>
  filed.map((at) => ({ week: isoWeekOf(bj(at)), percent, createdAt: bj(at) }));
const recheck = (items: AlertWorkItem[], asOf: string, thresholds?: AlertThresholds, also?: Date[]) =>
  new AlertRecheck(bj(asOf), calendar, thresholds).next(items, also);

/** What a user could notice of an item at an instant: its alerts with their levels, and its status. */
function outcome(items: AlertWorkItem[], at: Date, thresholds: AlertThresholds): string {
  const alerts = expectedAlerts(items, at, calendar, thresholds)
    .map((a) => `${a.rule}|${a.period}|${a.level}`)
    .sort();
  const statuses = items
    .filter((i) => !i.rules)
    .map((i) => evaluateStatus(i, at, calendar, thresholds).status);
  return JSON.stringify([alerts, statuses]);
}

describe('when a work item next needs a look', () => {
  it('is the next weekly deadline for an item on track and reported this week', () => {
    const onTrack = item({ updates: weekly(80, '2026-11-23 09:00') });
    expect(recheck([onTrack], '2026-11-25 10:00')).toEqual(bj('2026-11-27 18:00'));
  });

  it('is the next working day at 12:00 once a deadline was missed, when the reminder becomes a warning', () => {
    const missed = item({ updates: weekly(80, '2026-11-16 09:00') });
    expect(recheck([missed], '2026-11-27 19:00')).toEqual(bj('2026-11-30 12:00'));
    // Dragon Boat 2026: Thursday's deadline, the warning after the holiday weekend.
    const june = item({
      startsOn: '2026-06-01',
      dueOn: '2026-07-31',
      updates: weekly(90, '2026-06-08 09:00'),
    });
    expect(recheck([june], '2026-06-18 18:30')).toEqual(bj('2026-06-22 12:00'));
  });

  it('is the midnight at which the linear plan gets far enough ahead to turn the item yellow', () => {
    // 30 % in a window of November's 21 working days: yellow once planned ≥ 40 %, i.e. 9 days ended.
    const november = item({
      dueOn: '2026-11-30',
      updates: weekly(30, '2026-11-03 09:00', '2026-11-09 09:00'),
    });
    const next = recheck([november], '2026-11-10 10:00');
    expect(next).toEqual(bj('2026-11-13 00:00'));
    expect(evaluateStatus(november, new Date(next.getTime() - 1), calendar).status).toBe('ON_TRACK');
    expect(evaluateStatus(november, next, calendar).status).toBe('AT_RISK');
  });

  it('is the start of the work before it begins, and the accountability instant once overdue', () => {
    expect(recheck([item({ startsOn: '2026-12-01' })], '2026-11-25 10:00')).toEqual(bj('2026-12-01 00:00'));
    const overdue = item({
      startsOn: '2026-10-08',
      dueOn: '2026-10-16',
      updates: weekly(50, '2026-10-14 09:00'),
    });
    // Due Friday 10-16: ACCOUNTABILITY at the end of the 5th working day after, Friday 10-23.
    expect(recheck([overdue], '2026-10-22 10:00')).toEqual(bj('2026-10-24 00:00'));
    // Due on a Wednesday, the week's Friday deadline still comes after the due date.
    const midweek = item({
      startsOn: '2026-10-08',
      dueOn: '2026-10-14',
      updates: weekly(50, '2026-10-09 09:00'),
    });
    expect(recheck([midweek], '2026-10-15 10:00')).toEqual(bj('2026-10-16 18:00'));
  });

  it('takes the earliest of several items and of the instants the caller adds', () => {
    const a = item({ updates: weekly(80, '2026-11-23 09:00') });
    const b = item({ id: 'b', startsOn: '2026-11-26' });
    expect(recheck([a, b], '2026-11-25 10:00')).toEqual(bj('2026-11-26 00:00'));
    expect(recheck([a], '2026-11-25 10:00', undefined, [bj('2026-11-25 20:00')])).toEqual(
      bj('2026-11-25 20:00'),
    );
  });

  it('looks again when an update the instant did not know of is filed', () => {
    const later = item({ updates: weekly(80, '2026-11-23 09:00', '2026-11-25 15:00') });
    expect(recheck([later], '2026-11-25 10:00')).toEqual(bj('2026-11-25 15:00'));
  });

  it('looks again within two weeks whatever the calendar holds, even one without a deadline', () => {
    const noDeadlines = {
      weeklyDeadline: () => null,
      workingDaysBetween: calendar.workingDaysBetween.bind(calendar),
      addWorkingDays: calendar.addWorkingDays.bind(calendar),
      countWorkingDays: calendar.countWorkingDays.bind(calendar),
    };
    const next = new AlertRecheck(bj('2026-11-25 10:00'), noDeadlines).next([
      item({ updates: weekly(100, '2026-11-23 09:00') }),
    ]);
    expect(next).toEqual(bj('2026-12-09 00:00'));
  });

  // The promise the sweep and the dashboard rely on: nothing a user could see changes before then.
  it('never names an instant later than a change, over random items across the holidays of 2026', () => {
    let seed = 20261129;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
    const day = (from: string, span: number) => addDays(from, Math.floor(random() * span));
    const RULES: (readonly AlertRuleKind[] | undefined)[] = [undefined, undefined, ['OVERDUE', 'DUE_SOON']];
    let samples = 0;
    for (let n = 0; n < 160; n++) {
      const thresholds: AlertThresholds = pick([
        DEFAULT_ALERT_THRESHOLDS,
        {
          ...DEFAULT_ALERT_THRESHOLDS,
          atRiskPoints: 5,
          slippedPoints: 15,
          dueSoonWorkingDays: 6,
          missedUpdateWarningTime: '09:30',
        },
      ]);
      const startsOn = day('2026-01-05', 330);
      const dueOn = day(startsOn, pick([6, 30, 95]));
      const updates = [];
      let percent = 0;
      for (let d = startsOn; d <= dueOn; d = addDays(d, pick([3, 7, 7, 10]))) {
        if (random() < 0.3) continue;
        percent = Math.min(100, percent + Math.floor(random() * 30));
        const createdAt = beijingInstant(d, pick(['09:00', '17:59', '18:30']));
        updates.push({ week: isoWeekOf(createdAt), percent, createdAt });
      }
      const subject = item({
        startsOn,
        dueOn,
        updates,
        rules: pick(RULES),
        catchUp: random() < 0.5,
        weeklyPlan: random() < 0.2 ? { [isoWeekOf(beijingInstant(dueOn))]: 100 } : undefined,
      });
      const asOf = new Date(beijingInstant(day(startsOn, 60)).getTime() + Math.floor(random() * 86_400_000));
      const next = new AlertRecheck(asOf, calendar, thresholds).next([subject]);
      expect(next.getTime()).toBeGreaterThan(asOf.getTime());
      const seen = outcome([subject], asOf, thresholds);
      // Every 47 minutes up to the instant named, and the last millisecond before it.
      const probes = [];
      for (let t = asOf.getTime() + 47 * 60_000; t < next.getTime() && probes.length < 400; t += 47 * 60_000)
        probes.push(t);
      probes.push(next.getTime() - 1);
      for (const t of probes) {
        samples++;
        const at = new Date(t);
        if (outcome([subject], at, thresholds) !== seen) {
          throw new Error(
            `case ${n}: ${JSON.stringify(subject)} as of ${asOf.toISOString()} rechecks at ${next.toISOString()} but changes by ${at.toISOString()}`,
          );
        }
      }
    }
    expect(samples).toBeGreaterThan(5_000);
  });
});
