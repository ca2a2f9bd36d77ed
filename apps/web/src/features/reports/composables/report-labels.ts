type Translate = (key: string, values?: Record<string, unknown>) => string;

export type ReportStatusCode = 'PENDING' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED';

const QUARTERS_ZH = ['一', '二', '三', '四'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// The period as people say it: 2026年5月, 2026年第二季度, 2026年度, 2026年第22周.
export function periodLabel(period: string, locale: string): string {
  const zh = locale === 'zh-CN';
  let match = /^(\d{4})-(\d{2})$/.exec(period);
  if (match)
    return zh ? `${match[1]}年${Number(match[2])}月` : `${MONTHS_EN[Number(match[2]) - 1]} ${match[1]}`;
  match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (match)
    return zh ? `${match[1]}年第${QUARTERS_ZH[Number(match[2]) - 1]}季度` : `Q${match[2]} ${match[1]}`;
  match = /^(\d{4})-W(\d{2})$/.exec(period);
  if (match) return zh ? `${match[1]}年第${Number(match[2])}周` : `${match[1]} week ${Number(match[2])}`;
  match = /^(\d{4})$/.exec(period);
  if (match) return zh ? `${match[1]}年度` : `Year ${match[1]}`;
  if (period === 'ONCE') return zh ? '一次性' : 'One-off';
  return period;
}

// "工作月报 · 2026年5月"; a one-off report is named by itself.
export function reportTitle(name: string, period: string, locale: string): string {
  return period === 'ONCE' ? name : `${name} · ${periodLabel(period, locale)}`;
}

export interface Countdown {
  text: string;
  tone: 'danger' | 'warning' | 'muted';
}

// Working days left, from the API (0 on the due date, negative once overdue); nothing once filed.
export function countdown(daysLeft: number | null | undefined, t: Translate): Countdown | null {
  if (daysLeft === null || daysLeft === undefined) return null;
  if (daysLeft < 0) return { text: t('reports.countdown.overdue', { days: -daysLeft }), tone: 'danger' };
  if (daysLeft === 0) return { text: t('reports.countdown.today'), tone: 'danger' };
  return {
    text: t('reports.countdown.left', { days: daysLeft }),
    tone: daysLeft <= 2 ? 'warning' : 'muted',
  };
}

// The colour class of a report: overdue work reads red whatever its status says.
export function reportTone(status: ReportStatusCode, overdue: boolean): string {
  return overdue && (status === 'PENDING' || status === 'RETURNED') ? 'OVERDUE' : status;
}

// Shared by the whole app now; still exported here for the report pages that import it.
export { beijingTime } from '@/app/i18n/beijing-time';
