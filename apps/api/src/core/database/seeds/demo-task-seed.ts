import { randomUUID } from 'node:crypto';
import {
  type WorkingCalendar,
  addWeeks,
  beijingInstant,
  compareWeeks,
  isoWeekOf,
  isoWeekOfDate,
  percentOfTarget,
  plannedPercentAsOf,
  weekSunday,
  weeksBetween,
} from '@lvze/domain';
import type { EntityManager } from 'typeorm';
import { timeOrderedId } from '../time-ordered-id.js';
import type { Campaign } from '../../../modules/campaign/campaign.entity.js';
import type { Unit } from '../../../modules/organization/unit.entity.js';
import { ProgressUpdate, TaskInstruction } from '../../../modules/task/progress-update.entity.js';
import { Task, TaskCoUnit, WeeklyPlan } from '../../../modules/task/task.entity.js';
import type { User } from '../../../modules/user/user.entity.js';
import {
  DEMO_INSTRUCTIONS,
  DEMO_NEXT_STEPS,
  DEMO_PROBLEMS,
  DEMO_PROGRESS_SUMMARIES,
  DEMO_TASKS,
  type DemoProgressProfile,
  type DemoTask,
} from './demo-tasks.js';
import { seededRandom } from './seeded-random.js';

/** How far the reported percent sits from plan for each demo profile, in points. */
const GAP: Record<DemoProgressProfile, [number, number]> = {
  onTrack: [-4, 1],
  ahead: [4, 9],
  atRisk: [-18, -12],
  slipped: [-40, -28],
  missedUpdates: [-4, 0],
  done: [-3, 0],
  doneLate: [-12, -6],
  notStarted: [0, 0],
};

export interface DemoTaskContext {
  manager: EntityManager;
  now: Date;
  campaign: Campaign;
  calendar: WorkingCalendar;
  unitsByCode: Map<string, Unit>;
  staff: User;
  leader: User;
  reportersByUnitId: Map<string, User>;
}

/** The 58 demo tasks, with weekly progress generated up to last week. */
export async function seedDemoTasks(context: DemoTaskContext): Promise<void> {
  const { manager, campaign, unitsByCode } = context;
  const rand = seededRandom(2026);
  const year = campaign.year;
  const tasks: Task[] = [];
  const coUnits: TaskCoUnit[] = [];
  const plans: WeeklyPlan[] = [];
  const updates: ProgressUpdate[] = [];
  const unit = (code: string) => {
    const found = unitsByCode.get(code);
    if (!found) throw new Error(`demo task refers to unknown unit ${code}`);
    return found;
  };

  DEMO_TASKS.forEach((demo, index) => {
    const task = Object.assign(new Task(), {
      id: randomUUID(),
      campaignId: campaign.id,
      code: demo.code,
      title: demo.title,
      category: demo.category,
      description: demo.description,
      leadLeader: demo.leadLeader,
      leadUnitId: unit(demo.leadUnitCode).id,
      startsOn: `${year}-${demo.startsOn}`,
      dueOn: `${year}-${demo.dueOn}`,
      target: demo.target ?? null,
      measure: demo.measure ?? null,
      archived: false,
      version: 1,
      createdAt: beijingInstant(`${year}-01-05`, '09:00'),
    });
    tasks.push(task);
    for (const code of demo.coUnitCodes)
      coUnits.push(Object.assign(new TaskCoUnit(), { taskId: task.id, unitId: unit(code).id }));
    // A few tasks carry a front-loaded plan written by staff; the rest plan linearly.
    if (index % 12 === 0) plans.push(...frontLoadedPlan(task));
    updates.push(...progressFor(demo, task, index, context, rand));
  });

  await manager.insert(Task, tasks);
  if (coUnits.length) await manager.insert(TaskCoUnit, coUnits);
  if (plans.length) await manager.insert(WeeklyPlan, plans);
  for (let i = 0; i < updates.length; i += 200)
    await manager.insert(ProgressUpdate, updates.slice(i, i + 200));

  const byCode = new Map(tasks.map((t) => [t.code, t]));
  await manager.insert(
    TaskInstruction,
    DEMO_INSTRUCTIONS.filter((i) => byCode.has(i.taskCode)).map((instruction, i) => ({
      id: randomUUID(),
      taskId: byCode.get(instruction.taskCode)!.id,
      authorId: context.leader.id,
      content: instruction.content,
      createdAt: new Date(context.now.getTime() - (i + 2) * 86_400_000 * 3),
    })),
  );
}

function frontLoadedPlan(task: Task): WeeklyPlan[] {
  const weeks = weeksBetween(task.startsOn, task.dueOn);
  return weeks.map((week, i) => {
    const share = (i + 1) / weeks.length;
    const planned = Math.round(100 * Math.sqrt(share) * 10) / 10;
    return Object.assign(new WeeklyPlan(), { taskId: task.id, week, plannedPercent: planned });
  });
}

function progressFor(
  demo: DemoTask,
  task: Task,
  index: number,
  { now, calendar, staff, reportersByUnitId }: DemoTaskContext,
  rand: () => number,
): ProgressUpdate[] {
  if (demo.profile === 'notStarted') return [];
  const lastWeek = addWeeks(isoWeekOf(now), -1);
  const doneWeek =
    demo.profile === 'doneLate' ? addWeeks(isoWeekOfDate(task.dueOn), 2) : isoWeekOfDate(task.dueOn);
  // missedUpdates: the last two weeks (or, for every other such task, the last one) have no update.
  const silentWeeks = demo.profile === 'missedUpdates' ? (index % 2 === 0 ? 2 : 1) : 0;
  const author = reportersByUnitId.get(task.leadUnitId) ?? staff;
  const [low, high] = GAP[demo.profile];
  const item = { startsOn: task.startsOn, dueOn: task.dueOn, updates: [] };
  const result: ProgressUpdate[] = [];
  let percent = 0;
  const lastPossible = demo.profile === 'doneLate' ? weekSunday(doneWeek) : task.dueOn;
  for (const week of weeksBetween(task.startsOn, lastPossible)) {
    if (compareWeeks(week, lastWeek) > 0) break;
    if (compareWeeks(week, addWeeks(lastWeek, -silentWeeks)) > 0) break;
    const deadline = calendar.weeklyDeadline(week);
    if (!deadline) continue;
    const isDoneWeek =
      (demo.profile === 'done' || demo.profile === 'doneLate') && compareWeeks(week, doneWeek) >= 0;
    const planned = plannedPercentAsOf(item, new Date(deadline.getTime()), calendar);
    const target = isDoneWeek ? 100 : Math.min(99, Math.max(0, planned + low + rand() * (high - low)));
    // Reported progress never goes backwards in the demo, and ends on whole numbers.
    percent = Math.max(percent, Math.round(target));
    const late = rand() < 0.08 && !isDoneWeek;
    let createdAt = new Date(deadline.getTime() + (late ? 20 : -(2 + rand() * 24)) * 3_600_000);
    // On-time completion is reported by the afternoon of the due date.
    if (isDoneWeek && demo.profile === 'done') createdAt = beijingInstant(task.dueOn, '15:00');
    const value = task.target !== null ? Math.round((percent / 100) * task.target) : null;
    result.push(
      Object.assign(new ProgressUpdate(), {
        id: timeOrderedId(),
        taskId: task.id,
        week,
        percent: value !== null ? percentOfTarget(value, task.target!) : percent,
        value,
        summary: DEMO_PROGRESS_SUMMARIES[Math.floor(rand() * DEMO_PROGRESS_SUMMARIES.length)],
        problems: rand() < 0.3 ? DEMO_PROBLEMS[Math.floor(rand() * DEMO_PROBLEMS.length)] : null,
        nextSteps: DEMO_NEXT_STEPS[Math.floor(rand() * DEMO_NEXT_STEPS.length)],
        authorId: author.id,
        createdAt,
        late,
      }),
    );
    if (isDoneWeek) break;
  }
  return result;
}
