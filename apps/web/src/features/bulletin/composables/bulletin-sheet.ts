import {
  ALERT_LEVELS,
  STATUS_PALETTE,
  TASK_STATUSES,
  addDays,
  addWeeks,
  beijingDate,
  beijingInstant,
  formatBeijing,
  isoWeekOf,
  parseIsoWeek,
  weekMonday,
  weekSunday,
  weeksBetween,
} from '@lvze/domain';
import type { WeeklyBulletinQuery } from '@/gql/graphql';

export type Bulletin = WeeklyBulletinQuery['weeklyBulletin'];
type Translate = (key: string, named?: Record<string, unknown>) => string;

/** The week a Monday-morning bulletin reports on: the one before the current week. */
export const lastCompletedWeek = (now: Date) => addWeeks(isoWeekOf(now), -1);

/** 11月23日 (zh) or 11-23 (en): the year is already in the bulletin's heading. */
export const monthDay = (date: string, locale: string) =>
  locale === 'zh-CN' ? `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日` : date.slice(5);

/** Completed weeks of the campaign so far, newest first, for the week picker. */
export function bulletinWeeks(
  campaignStartsOn: string,
  now: Date,
): { week: string; from: string; to: string }[] {
  const last = lastCompletedWeek(now);
  return weeksBetween(campaignStartsOn, weekSunday(last))
    .reverse()
    .map((week) => ({ week, from: weekMonday(week), to: weekSunday(week) }));
}

/** The week's figures as the sheet's sentences, in the user's language. */
export function bulletinText(b: Bulletin, t: Translate, locale: string) {
  const { year, week } = parseIsoWeek(b.week)!;
  const asOf = new Date(b.asOf);
  const weekEnded = asOf.getTime() >= beijingInstant(addDays(b.endsOn, 1)).getTime() - 1;
  const asOfText =
    monthDay(beijingDate(asOf), locale) + (weekEnded ? '' : ` ${formatBeijing(asOf, 'HH:mm')}`);
  const count = (status: string) => b.taskStatusCounts.find((c) => c.status === status)?.count ?? 0;
  const alertTotal = b.alertsFired.reduce((sum, a) => sum + a.count, 0);
  return {
    reference: t('bulletin.reference', { year, week }),
    range: t('bulletin.range', {
      year,
      week,
      from: monthDay(b.startsOn, locale),
      to: monthDay(b.endsOn, locale),
    }),
    overview: t('bulletin.overview', {
      asOf: asOfText,
      campaign: b.campaign.name,
      total: b.taskTotal,
      statuses: TASK_STATUSES.map((s) =>
        t('bulletin.statusPart', {
          status: locale === 'zh-CN' ? STATUS_PALETTE[s].zh : STATUS_PALETTE[s].en,
          count: count(s),
        }),
      ).join(locale === 'zh-CN' ? '、' : ', '),
      completion: b.completionRate,
    }),
    updates: b.updatesDue
      ? t('bulletin.updates', { due: b.updatesDue, onTime: b.updatesOnTime, rate: b.onTimeUpdateRate })
      : t('bulletin.noUpdatesDue'),
    slippedIntro: t('bulletin.slippedIntro', {
      count: b.slippedByUnit.reduce((sum, g) => sum + g.tasks.length, 0),
      units: b.slippedByUnit.length,
    }),
    overdueIntro: b.overdueReports.length
      ? t('bulletin.overdueIntro', { count: b.overdueReportCount, added: b.overdueReports.length })
      : b.overdueReportCount
        ? t('bulletin.overdueNoneAdded', { count: b.overdueReportCount })
        : t('bulletin.none'),
    alerts: alertTotal
      ? t('bulletin.alertsLine', {
          total: alertTotal,
          levels: ALERT_LEVELS.map((level) =>
            t('bulletin.levelPart', {
              level: t(`alerts.levels.${level}`),
              count: b.alertsFired.find((a) => a.level === level)?.count ?? 0,
            }),
          ).join(locale === 'zh-CN' ? '、' : ', '),
        })
      : t('bulletin.none'),
    decisionsIntro: t('bulletin.decisionsIntro', { count: b.decisions.length }),
  };
}

/** Slipped tasks as table rows, the unit named on each (a page break must not orphan a row). */
export const slippedRows = (b: Bulletin) =>
  b.slippedByUnit.flatMap((group) => group.tasks.map((task) => ({ unit: group.unit, task })));
