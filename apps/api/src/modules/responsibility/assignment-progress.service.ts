import { Injectable } from '@nestjs/common';
import {
  type AssignmentEvaluation,
  type AssignmentUpdatePoint,
  type CampaignSpan,
  type DueRule,
  type PeriodWindow,
  type WorkingCalendar,
  assignmentPeriods,
  beijingDate,
  currentPeriod,
  evaluatePeriod,
  periodWindow,
} from '@lvze/domain';
import { DataSource, In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { alignByKey, groupByKey, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Assignment, AssignmentReview, AssignmentUpdate } from './assignment.entity.js';
import { ResponsibilityItem, ResponsibilityList } from './responsibility.entity.js';

// Keeps IN (...) lists well under both dialects' bound-parameter limits.
const CHUNK = 1000;

export const spanOf = (campaign: Pick<Campaign, 'startsOn' | 'endsOn'>): CampaignSpan => ({
  opensOn: campaign.startsOn,
  closesOn: campaign.endsOn,
});

export const ruleOf = (item: Pick<ResponsibilityItem, 'cadence' | 'dueOn' | 'dueWorkingDays'>): DueRule => ({
  cadence: item.cadence,
  dueOn: item.dueOn,
  dueWorkingDays: item.dueWorkingDays,
});

/** Updates whose latest review found the evidence insufficient. */
export function rejectedUpdateIds(reviews: AssignmentReview[]): Set<string> {
  const latest = new Map<string, AssignmentReview>();
  for (const review of reviews) {
    const seen = latest.get(review.updateId);
    // Review ids are UUIDv7: a later id is a later review, even under a frozen clock.
    if (!seen || seen.id < review.id) latest.set(review.updateId, review);
  }
  return new Set([...latest.values()].filter((r) => !r.sufficient).map((r) => r.updateId));
}

/** What the status rules read of an assignment update. */
export type ProgressFiling = Pick<
  AssignmentUpdate,
  'id' | 'assignmentId' | 'period' | 'percent' | 'createdAt'
>;

export function toPoints(updates: ProgressFiling[], rejected: Set<string>): AssignmentUpdatePoint[] {
  return updates.map((u) => ({
    period: u.period,
    percent: u.percent,
    createdAt: u.createdAt,
    rejected: rejected.has(u.id),
  }));
}

/** What an assignment's status needs besides its updates. */
export interface AssignmentContext {
  item: ResponsibilityItem;
  list: ResponsibilityList;
  campaign: Campaign;
}

/**
 * Status of assignments by the shared rules of libs/domain, loaded in a fixed number of queries:
 * either for a scope query (lists, the matrix) or through per-request DataLoaders (single rows).
 */
@Injectable()
export class AssignmentProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendars: CalendarService,
  ) {}

  itemLoader(loaders: RequestLoaders) {
    return loaders.for<string, ResponsibilityItem | null>('responsibility.item', async (ids) =>
      alignByKey(ids, await this.findIn(ResponsibilityItem, 'id', ids), (i) => i.id),
    );
  }

  listLoader(loaders: RequestLoaders) {
    return loaders.for<string, ResponsibilityList | null>('responsibility.list', async (ids) =>
      alignByKey(ids, await this.findIn(ResponsibilityList, 'id', ids), (l) => l.id),
    );
  }

  campaignLoader(loaders: RequestLoaders) {
    return loaders.for<string, Campaign | null>('responsibility.campaign', async (ids) =>
      alignByKey(ids, await this.findIn(Campaign, 'id', ids), (c) => c.id),
    );
  }

  /** Every update of each assignment, oldest first. */
  updatesLoader(loaders: RequestLoaders) {
    return loaders.for<string, AssignmentUpdate[]>('assignment.updates', async (ids) => {
      const rows = await this.findIn(AssignmentUpdate, 'assignmentId', ids);
      rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
      return groupByKey(ids, rows, (u) => u.assignmentId);
    });
  }

  /** Every review of each assignment, oldest first. */
  reviewsLoader(loaders: RequestLoaders) {
    return loaders.for<string, AssignmentReview[]>('assignment.reviews', async (ids) => {
      const rows = await this.findIn(AssignmentReview, 'assignmentId', ids);
      rows.sort((a, b) => (a.id < b.id ? -1 : 1));
      return groupByKey(ids, rows, (r) => r.assignmentId);
    });
  }

  /** Item, list and campaign of each assignment: three batched queries per request at most. */
  async contextsOf(
    assignments: readonly Assignment[],
    loaders: RequestLoaders,
  ): Promise<AssignmentContext[]> {
    const items = await this.itemLoader(loaders).loadMany(assignments.map((a) => a.itemId));
    const lists = await this.listLoader(loaders).loadMany(items.map((i) => (i as ResponsibilityItem).listId));
    const campaigns = await this.campaignLoader(loaders).loadMany(
      lists.map((l) => (l as ResponsibilityList).campaignId),
    );
    return assignments.map((_a, i) => ({
      item: items[i] as ResponsibilityItem,
      list: lists[i] as ResponsibilityList,
      campaign: campaigns[i] as Campaign,
    }));
  }

  /** Keyed by assignment; batches every assignment of a request into one evaluation pass. */
  evaluationLoader(loaders: RequestLoaders) {
    return loaders.for<Assignment, AssignmentEvaluation>('assignment.evaluation', async (assignments) => {
      const ids = assignments.map((a) => a.id);
      const [contexts, updates, reviews, calendar] = await Promise.all([
        this.contextsOf(assignments, loaders),
        this.updatesLoader(loaders).loadMany(ids),
        this.reviewsLoader(loaders).loadMany(ids),
        this.calendars.calendar(),
      ]);
      const windows = new WindowCache(calendar, this.clock.now());
      return assignments.map((_a, i) =>
        windows.evaluate(contexts[i], updates[i] as AssignmentUpdate[], reviews[i] as AssignmentReview[]),
      );
    });
  }

  /** Every period up to the current one, each with its status. */
  async periodsOf(assignment: Assignment, loaders: RequestLoaders): Promise<AssignmentEvaluation[]> {
    const [[context], updates, reviews, calendar] = await Promise.all([
      this.contextsOf([assignment], loaders),
      this.updatesLoader(loaders).load(assignment.id),
      this.reviewsLoader(loaders).load(assignment.id),
      this.calendars.calendar(),
    ]);
    return assignmentPeriods(
      ruleOf(context.item),
      spanOf(context.campaign),
      toPoints(updates, rejectedUpdateIds(reviews)),
      this.clock.now(),
      calendar,
      context.campaign.settings,
    );
  }

  /**
   * Evaluates the assignments a scope query selects (alias `a`, no ORDER BY) in three queries, with
   * only the current periods' updates, and primes the evaluation loader when one is given.
   */
  async evaluateScope(
    assignments: Assignment[],
    scope: SelectQueryBuilder<Assignment>,
    contexts: AssignmentContext[],
    loaders?: RequestLoaders,
  ): Promise<Map<string, AssignmentEvaluation>> {
    const calendar = await this.calendars.calendar();
    const windows = new WindowCache(calendar, this.clock.now());
    const periods = [...new Set(contexts.map((c) => windows.windowOf(c).period))];
    const ids = scope.clone().select('a.id');
    const [updates, reviews] = assignments.length
      ? await Promise.all([
          // Only what the status rules read: the summaries are most of the bytes of a large scope.
          this.dataSource
            .getRepository(AssignmentUpdate)
            .createQueryBuilder('u')
            .select(['u.id', 'u.assignmentId', 'u.period', 'u.percent', 'u.createdAt'])
            .where(`u.assignment_id IN (${ids.getQuery()})`)
            .andWhere('u.period IN (:...currentPeriods)', { currentPeriods: periods })
            .setParameters({ ...ids.getParameters(), currentPeriods: periods })
            .getMany(),
          this.dataSource
            .getRepository(AssignmentReview)
            .createQueryBuilder('r')
            .select(['r.id', 'r.assignmentId', 'r.updateId', 'r.sufficient'])
            .where(`r.assignment_id IN (${ids.getQuery()})`)
            .setParameters(ids.getParameters())
            .getMany(),
        ])
      : [[], []];
    const keys = assignments.map((a) => a.id);
    const updatesBy = groupByKey(keys, updates, (u) => u.assignmentId);
    const reviewsBy = groupByKey(keys, reviews, (r) => r.assignmentId);
    const evaluations = new Map<string, AssignmentEvaluation>();
    const loader = loaders && this.evaluationLoader(loaders);
    assignments.forEach((assignment, i) => {
      const evaluation = windows.evaluate(contexts[i], updatesBy[i], reviewsBy[i]);
      evaluations.set(assignment.id, evaluation);
      loader?.prime(assignment, evaluation);
    });
    return evaluations;
  }

  private async findIn<T extends ObjectLiteral>(
    target: new () => T,
    column: keyof T & string,
    keys: readonly string[],
  ): Promise<T[]> {
    const unique = [...new Set(keys)];
    const rows: T[] = [];
    for (let i = 0; i < unique.length; i += CHUNK) {
      rows.push(
        ...(await this.dataSource
          .getRepository(target)
          .findBy({ [column]: In(unique.slice(i, i + CHUNK)) } as never)),
      );
    }
    return rows;
  }
}

/** The current period's window is the same for every unit carrying an item: work it out once. */
class WindowCache {
  private readonly windows = new Map<string, PeriodWindow>();
  private readonly today: string;

  constructor(
    private readonly calendar: WorkingCalendar,
    private readonly now: Date,
  ) {
    this.today = beijingDate(now);
  }

  windowOf({ item, campaign }: AssignmentContext): PeriodWindow {
    let window = this.windows.get(item.id);
    if (!window) {
      const span = spanOf(campaign);
      window = periodWindow(currentPeriod(this.today, item.cadence, span), ruleOf(item), span, this.calendar);
      this.windows.set(item.id, window);
    }
    return window;
  }

  evaluate(context: AssignmentContext, updates: AssignmentUpdate[], reviews: AssignmentReview[]) {
    return evaluatePeriod(
      this.windowOf(context),
      toPoints(updates, rejectedUpdateIds(reviews)),
      this.now,
      this.calendar,
      context.campaign.settings,
    );
  }
}
