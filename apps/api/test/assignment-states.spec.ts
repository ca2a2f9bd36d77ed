import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Clock } from '../src/core/clock/clock.js';
import { Alert } from '../src/modules/alert/alert.entity.js';
import { AlertSweepService } from '../src/modules/alert/alert-sweep.service.js';
import { Campaign } from '../src/modules/campaign/campaign.entity.js';
import { Unit } from '../src/modules/organization/unit.entity.js';
import { AssignmentState } from '../src/modules/responsibility/assignment-state.entity.js';
import { Assignment } from '../src/modules/responsibility/assignment.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const bj = (wallClock: string) => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);
/** The specs' frozen clock: Wednesday 2026-11-25 10:00. */
const NOW = bj('2026-11-25 10:00');

const RANKING = `{ dashboard { unitRanking { unit { code } assignments { status count } } } }`;
const UPDATE = `mutation ($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id version } }`;
const SETTINGS = `mutation ($input: UpdateCampaignSettingsInput!) { updateCampaignSettings(input: $input) { version } }`;

type Ranking = {
  dashboard: { unitRanking: { unit: { code: string }; assignments: { status: string; count: number }[] }[] };
};

/**
 * The sweep keeps each assignment's status and when it may next change (assignment_state): later
 * sweeps skip what still holds, and the dashboard counts the stored statuses. Whatever it skips, a
 * sweep must leave the alerts exactly as a full sweep would, and the dashboard must show what the
 * rules say now.
 */
describe('stored assignment states: the incremental sweep and the dashboard', () => {
  let app: TestApp;
  let staff: string;
  let sweeps: AlertSweepService;
  let assignments: number;

  beforeAll(async () => {
    app = await startTestApp();
    staff = await app.login('staff');
    sweeps = app.server.app.get(AlertSweepService);
    assignments = await app.server.dataSource.getRepository(Assignment).count();
  }, 60_000);
  afterAll(() => app.close());

  const states = () => app.server.dataSource.getRepository(AssignmentState);
  const dropStates = () => states().createQueryBuilder().delete().execute();
  /** Every alert as a user could tell it apart: rule, subject, period, level and whether it is resolved. */
  const alerts = async () =>
    (await app.server.dataSource.getRepository(Alert).find())
      .map(
        (a) =>
          `${a.rule}|${a.subjectId}|${a.period}|${a.level}|${a.status === 'RESOLVED' ? 'resolved' : 'open'}`,
      )
      .sort();
  const ranking = async (token = staff) =>
    (await app.ok<Ranking>(RANKING, {}, token)).dashboard.unitRanking.map((r) => ({
      unit: r.unit.code,
      assignments: r.assignments.filter((a) => a.count > 0),
    }));
  const unchanged = { fired: 0, escalated: 0, resolved: 0 };

  it('skips what still holds, and leaves the alerts as a full sweep would, through a week of deadlines', async () => {
    const first = await sweeps.runSweep(NOW);
    expect(first.skipped).toBe(0);
    expect(await states().count()).toBe(assignments);

    const again = await sweeps.runSweep(new Date(NOW.getTime() + 60_000));
    expect(again).toMatchObject(unchanged);
    // A minute later nothing is due again: every assignment is skipped.
    expect(again.skipped).toBe(assignments);

    // Wednesday → next Wednesday: a midnight, Friday's 18:00 deadline, the weekend, Monday's new week
    // and 12:00 warning, the new month (monthly obligations), each checked against a full sweep.
    for (const instant of [
      '2026-11-26 00:01',
      '2026-11-27 18:01',
      '2026-11-28 10:00',
      '2026-11-30 00:01',
      '2026-11-30 12:01',
      '2026-12-01 00:01',
      '2026-12-02 10:00',
    ]) {
      const incremental = await sweeps.runSweep(bj(instant));
      const seen = await alerts();
      await dropStates();
      const full = await sweeps.runSweep(bj(instant));
      expect({ instant, changed: full.fired + full.escalated + full.resolved }).toEqual({
        instant,
        changed: 0,
      });
      expect(await alerts()).toEqual(seen);
      expect({ instant, skippedSome: incremental.skipped > 0 }).toEqual({ instant, skippedSome: true });
    }
  }, 240_000);

  it('counts stored statuses on the dashboard, and the rules again for a unit that has filed since', async () => {
    await sweeps.runSweep(NOW);
    await dropStates();
    // With no stored state the dashboard evaluates every assignment by the rules…
    const live = await ranking();
    await sweeps.runSweep(NOW);
    // …and counted from the states the sweep stored, it gives the same figures.
    expect(await ranking()).toEqual(live);

    const ziyuan = await app.server.dataSource.getRepository(Unit).findOneByOrFail({ code: 'ziyuan' });
    const open = await states()
      .createQueryBuilder('s')
      .innerJoin(Assignment, 'a', 'a.id = s.assignment_id')
      .where('a.unit_id = :unitId', { unitId: ziyuan.id })
      .andWhere("s.status <> 'DONE'")
      .orderBy('s.assignment_id')
      .getMany();
    const [a, b] = open.map((state) => state.assignmentId);
    const doneOf = async () =>
      (await ranking()).find((r) => r.unit === 'ziyuan')!.assignments.find((x) => x.status === 'DONE')
        ?.count ?? 0;
    const done = await doneOf();
    const reporter = await app.login('ziyuan');
    const file = (assignmentId: string, percent: number) =>
      app.ok(UPDATE, { input: { assignmentId, percent, summary: '按期推进。' } }, reporter);

    // The dashboard reads the stored status: mark one DONE behind the rules' back, and once the unit
    // is counted again (it files on another assignment, which bumps that one's version, so its stored
    // state no longer holds and the rules decide again at once, before any sweep) both show.
    await states().update({ assignmentId: a }, { status: 'DONE' });
    await file(b, 100);
    expect(await doneOf()).toBe(done + 2);
    await file(a, 10);
    expect(await doneOf()).toBe(done + 1);

    // The next sweep evaluates those two and no other.
    const next = await sweeps.runSweep(new Date(NOW.getTime() + 60_000));
    expect(next.skipped).toBe(assignments - 2);
    expect((await states().findOneByOrFail({ assignmentId: b })).status).toBe('DONE');
    expect((await states().findOneByOrFail({ assignmentId: a })).status).not.toBe('DONE');
  }, 120_000);

  // The dashboard keeps each unit's count while its assignments stand still, but only until the next
  // instant a status may change by the passing of time (a midnight or a weekly deadline): past it,
  // what the sweep stored no longer holds and the rules decide again, before any sweep.
  it('counts again once a status may have changed with time, before any sweep', async () => {
    await dropStates();
    await sweeps.runSweep(NOW);
    const atNow = (await ranking()).sort((x, y) => x.unit.localeCompare(y.unit));
    const clock = app.server.app.get(Clock);
    const later = bj('2026-12-01 00:01'); // a new month: the monthly items' next period has opened
    jest.spyOn(clock, 'now').mockReturnValue(later);
    try {
      const token = await app.login('staff'); // a session of then
      // By unit: the sweep fires alerts, which move units in the ranking.
      const byUnit = async () => (await ranking(token)).sort((x, y) => x.unit.localeCompare(y.unit));
      const kept = await byUnit();
      await sweeps.runSweep(later);
      const swept = await byUnit();
      expect(swept).not.toEqual(atNow);
      expect(kept).toEqual(swept);
    } finally {
      jest.restoreAllMocks();
    }
  }, 120_000);

  it('evaluates every assignment again once the thresholds change', async () => {
    await sweeps.runSweep(NOW);
    const campaign = (await app.server.dataSource.getRepository(Campaign).find())[0];
    const { id: campaignId, version, settings } = campaign;
    await app.ok(
      SETTINGS,
      { input: { ...settings, atRiskPoints: settings.atRiskPoints + 1, campaignId, version } },
      staff,
    );
    const next = await sweeps.runSweep(new Date(NOW.getTime() + 60_000));
    expect(next.skipped).toBe(0);
    expect(await states().count()).toBe(assignments);
  }, 120_000);

  it('evaluates every assignment again once the working-day calendar changes', async () => {
    await sweeps.runSweep(NOW);
    const admin = await app.login('admin');
    const day = { date: '2026-12-31', kind: 'HOLIDAY', name: '测试' };
    await app.ok(
      'mutation ($input: SetCalendarDayInput!) { setCalendarDay(input: $input) { date } }',
      { input: day },
      admin,
    );
    expect((await sweeps.runSweep(new Date(NOW.getTime() + 60_000))).skipped).toBe(0);
    await app.ok('mutation ($date: Date!) { removeCalendarDay(date: $date) }', { date: day.date }, admin);
  }, 120_000);

  it('keeps a replay’s states, which stop holding at the first filing after it, and the next sweep puts the alerts back as they stand now', async () => {
    // Assignments' alerts: a task's may differ after a replay, by design (a pending extension holds
    // an alert at the level the replay left it).
    const open = async () =>
      (await app.server.dataSource.getRepository(Alert).find({ where: { subjectType: 'ASSIGNMENT' } }))
        .filter((a) => a.status !== 'RESOLVED')
        .map((a) => `${a.rule}|${a.subjectId}|${a.period}|${a.level}`)
        .sort();
    await sweeps.runSweep(NOW);
    const now = await open();
    const replayed = bj('2026-11-06 10:00');
    await sweeps.runSweep(replayed);
    expect(await open()).not.toEqual(now);
    const kept = await states().find();
    expect(kept).toHaveLength(assignments);
    expect(kept.every((s) => s.evaluatedAt.getTime() === replayed.getTime())).toBe(true);
    // Whatever the replay's states let the next sweep skip, it leaves the alerts as a full sweep would.
    await sweeps.runSweep(NOW);
    expect(await open()).toEqual(now);
  }, 120_000);
});
