import { randomUUID } from 'node:crypto';
import {
  type ReportContent,
  type ReportDueRule,
  type WorkingCalendar,
  beijingDate,
  beijingInstant,
  reportDueAt,
  reportPeriodBounds,
  reportPeriodsOpenOn,
} from '@lvze/domain';
import { type EntityManager, In } from 'typeorm';
import { timeOrderedId } from '../time-ordered-id.js';
import type { Campaign } from '../../../modules/campaign/campaign.entity.js';
import { Unit } from '../../../modules/organization/unit.entity.js';
import { audienceUnits } from '../../../modules/report/report-template.service.js';
import {
  ReportObligation,
  ReportReview,
  type ReportStatus,
  ReportSubmission,
  ReportTemplate,
  ReportTemplateVersion,
} from '../../../modules/report/report.entity.js';
import { User } from '../../../modules/user/user.entity.js';
import { ContactPoint } from '../../../modules/report/contact-point.entity.js';
import { insertChunked } from './demo-responsibility-seed.js';
import {
  DEMO_CONTACT_LEADERS,
  DEMO_CONTACT_PROBLEMS,
  DEMO_MONTHLY_PLAN,
  DEMO_MONTHLY_WORK,
  DEMO_REPORT_TEMPLATES,
  DEMO_RETURN_COMMENTS,
  type DemoReportTemplate,
  SELF_INSPECTION_CATEGORIES,
} from './demo-report-forms.js';
import { seededRandom } from './seeded-random.js';

export interface DemoReportContext {
  manager: EntityManager;
  now: Date;
  campaign: Campaign;
  calendar: WorkingCalendar;
  staff: User;
  reportersByUnitId: Map<string, User>;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const between = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

/** What one report looks like in the demo: how it was filed and reviewed, if at all. */
type Outcome =
  'onTime' | 'late' | 'returned' | 'returnedThenAccepted' | 'awaitingReview' | 'missing' | 'notDue';

function outcomeOf(rand: Rand, dueAt: Date, now: Date): Outcome {
  const daysPastDue = (now.getTime() - dueAt.getTime()) / DAY_MS;
  if (daysPastDue < 0) return rand() < 0.25 ? 'awaitingReview' : 'notDue';
  const r = rand();
  // Recent periods are still being reviewed; old ones are mostly settled.
  if (daysPastDue < 25 && r < 0.25) return 'awaitingReview';
  if (r < 0.55) return 'onTime';
  if (r < 0.7) return 'late';
  if (r < 0.8) return daysPastDue > 60 || r < 0.75 ? 'returnedThenAccepted' : 'returned';
  // Older gaps were mostly chased up and filed late.
  if (daysPastDue > 60 && r < 0.88) return 'late';
  return 'missing';
}

function contentOf(template: DemoReportTemplate, rand: Rand): ReportContent {
  switch (template.code) {
    case 'monthly-work': {
      const found = between(rand, 0, 8);
      return {
        work: pick(rand, DEMO_MONTHLY_WORK),
        found,
        rectified: between(rand, Math.floor(found / 2), found),
        plan: pick(rand, DEMO_MONTHLY_PLAN),
      };
    }
    case 'self-inspection': {
      const rows = SELF_INSPECTION_CATEGORIES.filter((_, i) => i < 4 || rand() < 0.25).map((row) => {
        const projects = between(rand, 1, 20);
        const found = between(rand, 0, Math.min(projects, 5));
        return {
          rowKey: row.key,
          projects,
          funds: Math.round(projects * (5 + rand() * 80) * 100) / 100,
          found,
          rectified: between(rand, 0, found),
        };
      });
      return { categories: rows, summary: '已对照198类项目和资金逐项开展自查，发现问题已建立台账限期整改。' };
    }
    case 'quarterly-contact':
      return {
        visits: between(rand, 1, 4),
        talks: between(rand, 6, 30),
        problems: pick(rand, DEMO_CONTACT_PROBLEMS),
      };
    default:
      return { report: '本年度认真履行扶贫领域监督责任，现将履职情况报告如下。' };
  }
}

/** Each deputy secretary linked to the counties they supervise. */
async function seedContactPoints(
  manager: EntityManager,
  units: Unit[],
  createdAt: Date,
): Promise<ContactPoint[]> {
  const leaders = await manager.findBy(User, { username: In(DEMO_CONTACT_LEADERS.map((d) => d.username)) });
  const leaderId = new Map(leaders.map((u) => [u.username, u.id]));
  const unitId = new Map(units.map((u) => [u.code, u.id]));
  const links = DEMO_CONTACT_LEADERS.flatMap((d) =>
    d.counties.map((code) =>
      Object.assign(new ContactPoint(), {
        id: randomUUID(),
        leaderId: leaderId.get(d.username)!,
        unitId: unitId.get(code)!,
        createdAt,
      }),
    ),
  );
  await insertChunked(manager, ContactPoint, links);
  return links;
}

/** The demo's four required reports with a year of filings up to now: on time, late, returned, missing. */
export async function seedDemoReports(context: DemoReportContext): Promise<void> {
  const { manager, now, campaign, calendar, staff } = context;
  // Read back: after a PostgreSQL insert the entities hold raw column values (tags as text).
  const units = await manager.find(Unit);
  const createdAt = beijingInstant(campaign.startsOn, '09:00');
  const contactPoints = await seedContactPoints(manager, units, createdAt);
  const contactLeaderOf = new Map(contactPoints.map((c) => [c.unitId, c.leaderId]));
  const rand = seededRandom(198);
  const today = beijingDate(now);
  const templates: ReportTemplate[] = [];
  const versions: ReportTemplateVersion[] = [];
  const obligations: ReportObligation[] = [];
  const submissions: ReportSubmission[] = [];
  const reviews: ReportReview[] = [];

  for (const demo of DEMO_REPORT_TEMPLATES) {
    const dueRule: ReportDueRule =
      demo.dueRule.kind === 'FIXED_DATE'
        ? { kind: 'FIXED_DATE', date: `${campaign.year}-${demo.dueRule.date}` }
        : demo.dueRule;
    const version = Object.assign(new ReportTemplateVersion(), {
      id: randomUUID(),
      templateId: randomUUID(),
      number: 1,
      form: demo.form,
      createdById: staff.id,
      createdAt,
    });
    const template = Object.assign(new ReportTemplate(), {
      id: version.templateId,
      code: demo.code,
      name: demo.name,
      cadence: demo.cadence,
      dueRule,
      audience: { ...demo.audience, unitIds: [] },
      filedBy: demo.filedBy,
      activeFrom: campaign.startsOn,
      activeUntil: campaign.endsOn,
      currentVersionId: version.id,
      version: 1,
      createdAt,
    });
    templates.push(template);
    versions.push(version);

    const periods = reportPeriodsOpenOn(template.cadence, template.activeFrom, template.activeUntil, today);
    for (const period of periods) {
      const dueAt = reportDueAt(dueRule, period, calendar);
      // Filing opens when the period ends (a one-off report: a month before its due date).
      const opensAt =
        period === 'ONCE'
          ? new Date(dueAt.getTime() - 30 * DAY_MS)
          : beijingInstant(reportPeriodBounds(period).endsOn, '09:00');
      for (const unit of audienceUnits(units, template.audience)) {
        const filerId =
          demo.filedBy === 'CONTACT_LEADER'
            ? contactLeaderOf.get(unit.id)
            : context.reportersByUnitId.get(unit.id)?.id;
        const outcome = filerId ? outcomeOf(rand, dueAt, now) : 'missing';
        const obligation = Object.assign(new ReportObligation(), {
          id: timeOrderedId(),
          templateId: template.id,
          templateVersionId: version.id,
          unitId: unit.id,
          period,
          dueAt,
          status: 'PENDING' as ReportStatus,
          draft: null,
          draftSavedAt: null,
          submittedAt: null,
          late: false,
          version: 1,
          createdAt,
        });
        obligations.push(obligation);
        if (outcome === 'missing' || outcome === 'notDue' || !filerId) continue;
        if (outcome === 'awaitingReview' && opensAt.getTime() > now.getTime()) continue;

        const file = (at: Date) => {
          const submittedAt = at.getTime() > now.getTime() ? new Date(now.getTime() - HOUR_MS) : at;
          const late = submittedAt.getTime() > dueAt.getTime();
          submissions.push(
            Object.assign(new ReportSubmission(), {
              id: timeOrderedId(),
              obligationId: obligation.id,
              templateVersionId: version.id,
              content: contentOf(demo, rand),
              submittedById: filerId,
              submittedAt,
              late,
            }),
          );
          Object.assign(obligation, { status: 'SUBMITTED', submittedAt, late });
          return submittedAt;
        };
        const review = (after: Date, accepted: boolean) => {
          const reviewedAt = new Date(after.getTime() + between(rand, 4, 40) * HOUR_MS);
          if (reviewedAt.getTime() > now.getTime()) return null;
          reviews.push(
            Object.assign(new ReportReview(), {
              id: timeOrderedId(),
              obligationId: obligation.id,
              submissionId: submissions.at(-1)!.id,
              accepted,
              comment: accepted ? '' : pick(rand, DEMO_RETURN_COMMENTS),
              reviewerId: staff.id,
              reviewedAt,
            }),
          );
          obligation.status = accepted ? 'ACCEPTED' : 'RETURNED';
          return reviewedAt;
        };
        const windowMs = Math.max(dueAt.getTime() - opensAt.getTime(), HOUR_MS);
        const onTime = new Date(opensAt.getTime() + rand() * windowMs);
        const lateAt = new Date(dueAt.getTime() + between(rand, 1, 8) * DAY_MS);
        if (outcome === 'awaitingReview') file(onTime);
        else if (outcome === 'onTime') review(file(onTime), true);
        else if (outcome === 'late') review(file(lateAt), true);
        else {
          const returnedAt = review(file(onTime), false);
          if (returnedAt && outcome === 'returnedThenAccepted') {
            const again = file(new Date(returnedAt.getTime() + between(rand, 1, 3) * DAY_MS));
            review(again, true);
          }
        }
      }
    }
  }
  await insertChunked(manager, ReportTemplateVersion, versions);
  await insertChunked(manager, ReportTemplate, templates);
  await insertChunked(manager, ReportObligation, obligations);
  await insertChunked(manager, ReportSubmission, submissions);
  await insertChunked(manager, ReportReview, reviews);
}
