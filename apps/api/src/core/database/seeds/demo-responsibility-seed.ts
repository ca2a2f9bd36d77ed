import { randomUUID } from 'node:crypto';
import {
  type CampaignSpan,
  type PeriodWindow,
  type WorkingCalendar,
  beijingDate,
  beijingInstant,
  currentPeriod,
  periodWindow,
  periodsUpTo,
  plannedPercentAsOf,
  weeksBetween,
} from '@lvze/domain';
import type { EntityManager } from 'typeorm';
import { timeOrderedId } from '../time-ordered-id.js';
import type { Campaign } from '../../../modules/campaign/campaign.entity.js';
import { Unit } from '../../../modules/organization/unit.entity.js';
import {
  Assignment,
  AssignmentReview,
  AssignmentUpdate,
} from '../../../modules/responsibility/assignment.entity.js';
import {
  ResponsibilityItem,
  ResponsibilityList,
  type ResponsibilityKind,
} from '../../../modules/responsibility/responsibility.entity.js';
import type { User } from '../../../modules/user/user.entity.js';
import {
  DEMO_ASSIGNMENT_SUMMARIES,
  DEMO_INSUFFICIENT_COMMENTS,
  DEMO_RESPONSIBILITY_LISTS,
  type DemoAssignees,
} from './demo-responsibility-items.js';
import { seededRandom } from './seeded-random.js';

type Profile = 'done' | 'onTrack' | 'atRisk' | 'slipped' | 'missedUpdates';

/** How far the reported percent sits from plan for each profile, in points. */
const GAP: Record<Profile, [number, number]> = {
  done: [-3, 0],
  onTrack: [-4, 2],
  atRisk: [-18, -12],
  slipped: [-40, -28],
  missedUpdates: [-4, 0],
};
const HOUR_MS = 3_600_000;
const INSERT_CHUNK = 200;

export interface DemoResponsibilityContext {
  manager: EntityManager;
  now: Date;
  campaign: Campaign;
  calendar: WorkingCalendar;
  units: Unit[];
  staff: User;
  reportersByUnitId: Map<string, User>;
}

/** What a progress generator needs to file updates as a unit would have. */
interface Generation {
  now: Date;
  span: CampaignSpan;
  calendar: WorkingCalendar;
  rand: () => number;
}

/**
 * The lists of domain.md with generated progress up to now. Leadership members are not units, so
 * each member's list is carried by the commission itself (unit `jiwei`) and reported on by staff.
 */
export async function seedDemoResponsibilities(context: DemoResponsibilityContext): Promise<void> {
  const { manager, campaign, units, now } = context;
  const assigneesOf: Record<DemoAssignees, Unit[]> = {
    countiesAndMunicipalUnits: units.filter((u) => u.kind === 'COUNTY' || u.kind === 'MUNICIPAL_UNIT'),
    functionalDepartments: units.filter((u) => u.isFunctionalDepartment),
    counties: units.filter((u) => u.kind === 'COUNTY'),
    commission: units.filter((u) => u.code === 'jiwei'),
    commissionDepartments: units.filter((u) => u.kind === 'COMMISSION_DEPARTMENT'),
  };
  const createdAt = beijingInstant(`${campaign.year}-01-05`, '09:00');
  const lists: ResponsibilityList[] = [];
  const items: ResponsibilityItem[] = [];
  const assignments: Assignment[] = [];
  DEMO_RESPONSIBILITY_LISTS.forEach((demo, listIndex) => {
    const list = Object.assign(new ResponsibilityList(), {
      id: randomUUID(),
      campaignId: campaign.id,
      kind: demo.kind,
      title: demo.title,
      seq: listIndex + 1,
      version: 1,
      createdAt,
    });
    lists.push(list);
    demo.items.forEach((demoItem, itemIndex) => {
      const item = Object.assign(new ResponsibilityItem(), {
        id: randomUUID(),
        listId: list.id,
        seq: itemIndex + 1,
        content: demoItem.content,
        evidenceExpected: demoItem.evidenceExpected,
        cadence: demoItem.cadence,
        dueOn: demoItem.dueOn ? `${campaign.year}-${demoItem.dueOn}` : null,
        dueWorkingDays: 5,
        version: 1,
        createdAt,
      });
      items.push(item);
      for (const unit of assigneesOf[demo.assignees]) assignments.push(newAssignment(item, unit, createdAt));
    });
  });
  await insertChunked(manager, ResponsibilityList, lists);
  await insertChunked(manager, ResponsibilityItem, items);
  await insertChunked(manager, Assignment, assignments);

  const { updates, reviews } = generateProgress(assignments, items, {
    generation: { now, span: spanOf(campaign), calendar: context.calendar, rand: seededRandom(2019) },
    authorOf: (assignment) => (context.reportersByUnitId.get(assignment.unitId) ?? context.staff).id,
    reviewerId: context.staff.id,
  });
  await insertChunked(manager, AssignmentUpdate, updates);
  await insertChunked(manager, AssignmentReview, reviews);
}

export interface ResponsibilityBenchmarkOptions {
  now: Date;
  campaign: Campaign;
  calendar: WorkingCalendar;
  /** New units to create (MUNICIPAL_UNIT, codes bench-0001…), each carrying every item. */
  unitCount: number;
  /** Items of the new list, cadences cycling quarterly, monthly, yearly, once. */
  itemCount: number;
  /** Author of the generated updates and reviews. */
  authorId: string;
  kind?: ResponsibilityKind;
  seed?: number;
}

/**
 * Benchmark hook: a list of `itemCount` items carried by `unitCount` new units, with progress
 * generated as for the demo, so `npm run bench` can time the matrix at 35 × 1,500.
 */
export async function seedResponsibilityBenchmark(
  manager: EntityManager,
  options: ResponsibilityBenchmarkOptions,
): Promise<{ listId: string; kind: ResponsibilityKind; unitIds: string[]; assignments: number }> {
  const { campaign, now } = options;
  const kind = options.kind ?? 'COMMISSION_SUPERVISION';
  const createdAt = beijingInstant(`${campaign.year}-01-05`, '09:00');
  const lastList = await manager.findOne(ResponsibilityList, {
    where: { campaignId: campaign.id },
    order: { seq: 'DESC' },
  });
  const list = Object.assign(new ResponsibilityList(), {
    id: randomUUID(),
    campaignId: campaign.id,
    kind,
    title: `基准测试清单（${options.itemCount} 项）`,
    seq: (lastList?.seq ?? 0) + 1,
    version: 1,
    createdAt,
  });
  const cadences = ['QUARTERLY', 'MONTHLY', 'YEARLY', 'ONCE'] as const;
  const items = Array.from({ length: options.itemCount }, (_, i) =>
    Object.assign(new ResponsibilityItem(), {
      id: randomUUID(),
      listId: list.id,
      seq: i + 1,
      content: `基准测试责任事项 ${i + 1}`,
      evidenceExpected: '',
      cadence: cadences[i % cadences.length],
      dueOn: cadences[i % cadences.length] === 'ONCE' ? `${campaign.year}-06-30` : null,
      dueWorkingDays: 5,
      version: 1,
      createdAt,
    }),
  );
  const firstOrder = 10_000;
  const units = Array.from({ length: options.unitCount }, (_, i) =>
    Object.assign(new Unit(), {
      id: randomUUID(),
      code: `bench-${String(i + 1).padStart(4, '0')}-${list.id.slice(0, 4)}`,
      name: `基准测试单位 ${i + 1}`,
      kind: 'MUNICIPAL_UNIT' as const,
      isFunctionalDepartment: false,
      parentId: null,
      tags: ['bench'],
      sortOrder: firstOrder + i,
      version: 1,
    }),
  );
  const assignments = items.flatMap((item) => units.map((unit) => newAssignment(item, unit, createdAt)));
  await manager.insert(ResponsibilityList, list);
  await insertChunked(manager, ResponsibilityItem, items);
  await insertChunked(manager, Unit, units);
  await insertChunked(manager, Assignment, assignments);
  const { updates, reviews } = generateProgress(assignments, items, {
    generation: {
      now,
      span: spanOf(campaign),
      calendar: options.calendar,
      rand: seededRandom(options.seed ?? 1500),
    },
    authorOf: () => options.authorId,
    reviewerId: options.authorId,
  });
  await insertChunked(manager, AssignmentUpdate, updates);
  await insertChunked(manager, AssignmentReview, reviews);
  return { listId: list.id, kind, unitIds: units.map((u) => u.id), assignments: assignments.length };
}

const spanOf = (campaign: Campaign): CampaignSpan => ({
  opensOn: campaign.startsOn,
  closesOn: campaign.endsOn,
});

function newAssignment(item: ResponsibilityItem, unit: Unit, createdAt: Date): Assignment {
  return Object.assign(new Assignment(), {
    id: randomUUID(),
    itemId: item.id,
    unitId: unit.id,
    version: 1,
    createdAt,
  });
}

/**
 * Inserts copies: on SQLite, TypeORM reads back the defaulted columns of a multi-row insert and
 * merges them into the given entities in another order, ids included, so the objects a seed keeps
 * using (items, units) would no longer be the rows they stand for.
 */
export async function insertChunked<T extends object>(
  manager: EntityManager,
  target: new () => T,
  rows: T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await manager.insert(target, rows.slice(i, i + INSERT_CHUNK).map((row) => ({ ...row })) as never);
}

function generateProgress(
  assignments: Assignment[],
  items: ResponsibilityItem[],
  options: { generation: Generation; authorOf: (a: Assignment) => string; reviewerId: string },
): { updates: AssignmentUpdate[]; reviews: AssignmentReview[] } {
  const { generation } = options;
  const { now, span, calendar, rand } = generation;
  const today = beijingDate(now);
  const itemsById = new Map(items.map((i) => [i.id, i]));
  const windows = new Map<string, PeriodWindow[]>();
  const windowsOf = (item: ResponsibilityItem) => {
    let found = windows.get(item.id);
    if (!found) {
      found = periodsUpTo(today, item.cadence, span).map((p) => periodWindow(p, item, span, calendar));
      windows.set(item.id, found);
    }
    return found;
  };
  const updates: AssignmentUpdate[] = [];
  const reviews: AssignmentReview[] = [];
  for (const assignment of assignments) {
    const item = itemsById.get(assignment.itemId)!;
    const current = currentPeriod(today, item.cadence, span);
    const authorId = options.authorOf(assignment);
    let last: AssignmentUpdate | undefined;
    for (const window of windowsOf(item)) {
      const pastDue = window.dueOn < today;
      const roll = rand();
      const profile: Profile = pastDue
        ? roll < 0.82
          ? 'done'
          : 'slipped'
        : roll < 0.22
          ? 'done'
          : roll < 0.6
            ? 'onTrack'
            : roll < 0.75
              ? 'atRisk'
              : roll < 0.88
                ? 'slipped'
                : 'missedUpdates';
      // Earlier periods keep a short history: their last few weeks only.
      const keepWeeks = window.period === current ? 6 : 2;
      for (const point of periodProgress(window, profile, keepWeeks, generation)) {
        last = Object.assign(new AssignmentUpdate(), {
          id: timeOrderedId(),
          assignmentId: assignment.id,
          period: window.period,
          percent: point.percent,
          summary: DEMO_ASSIGNMENT_SUMMARIES[Math.floor(rand() * DEMO_ASSIGNMENT_SUMMARIES.length)],
          authorId,
          createdAt: point.createdAt,
        });
        updates.push(last);
      }
    }
    // Staff check some completed current periods; a few find the evidence insufficient (reopened).
    if (last && last.period === current && last.percent >= 100) {
      const check = rand();
      if (check < 0.3) {
        const insufficient = check < 0.05;
        reviews.push(
          Object.assign(new AssignmentReview(), {
            id: timeOrderedId(),
            assignmentId: assignment.id,
            updateId: last.id,
            sufficient: !insufficient,
            comment: insufficient
              ? DEMO_INSUFFICIENT_COMMENTS[Math.floor(rand() * DEMO_INSUFFICIENT_COMMENTS.length)]
              : '佐证材料齐全，予以认可。',
            reviewerId: options.reviewerId,
            createdAt: new Date(Math.min(now.getTime(), last.createdAt.getTime() + 20 * HOUR_MS)),
          }),
        );
      }
    }
  }
  return { updates, reviews };
}

/** A period's updates as the unit would have filed them at its weekly deadlines, up to now. */
function periodProgress(
  window: PeriodWindow,
  profile: Profile,
  keepWeeks: number,
  { now, calendar, rand }: Generation,
): { percent: number; createdAt: Date }[] {
  const opens = beijingInstant(window.startsOn).getTime();
  const deadlines = weeksBetween(window.startsOn, window.dueOn)
    .map((week) => calendar.weeklyDeadline(week))
    .filter((d): d is Date => d !== null && d.getTime() >= opens && d.getTime() < now.getTime());
  // missedUpdates: the last one or two weekly deadlines pass in silence.
  const silent = profile === 'missedUpdates' ? 1 + Math.floor(rand() * 2) : 0;
  const reported = deadlines.slice(0, Math.max(0, deadlines.length - silent));
  // The last few weeks in full, and every fourth week before them.
  const kept = reported.filter(
    (_d, i) => i >= reported.length - keepWeeks || (reported.length - 1 - i) % 4 === 0,
  );
  const plan = { startsOn: window.startsOn, dueOn: window.dueOn, updates: [] };
  const [low, high] = GAP[profile];
  const result: { percent: number; createdAt: Date }[] = [];
  let percent = 0;
  for (const [i, deadline] of kept.entries()) {
    const planned = plannedPercentAsOf(plan, deadline, calendar);
    const finishing = profile === 'done' && (planned >= 60 || i === kept.length - 1);
    percent = finishing
      ? 100
      : Math.max(percent, Math.round(Math.min(99, Math.max(0, planned + low + rand() * (high - low)))));
    result.push({ percent, createdAt: new Date(deadline.getTime() - (2 + rand() * 24) * HOUR_MS) });
    if (finishing) break;
  }
  return result;
}
