import type { FormRules } from 'element-plus';
import type { CalendarDayKind, SetCalendarDayInput } from '@/gql/graphql';

type Translate = (key: string, named?: Record<string, unknown>) => string;
type Callback = (error?: Error) => void;

export const CALENDAR_DAY_KINDS: readonly CalendarDayKind[] = ['HOLIDAY', 'WORKDAY'];
// The API's bounds (CalendarYearArgs, SetCalendarDayInput.name).
export const CALENDAR_MIN_YEAR = 2000;
export const CALENDAR_MAX_YEAR = 2100;
export const CALENDAR_NAME_MAX = 50;

export interface CalendarDayFormModel {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export const CALENDAR_FORM_FIELDS = ['date', 'kind', 'name'] as const;

export function calendarDayFormModel(kind: CalendarDayKind = 'HOLIDAY'): CalendarDayFormModel {
  return { date: '', kind, name: '' };
}

export function isDateInYear(date: string, year: number): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && Number(date.slice(0, 4)) === year;
}

// `year` is read at validation time: the form follows the year picked on the page.
export function calendarDayFormRules(t: Translate, year: () => number): FormRules<CalendarDayFormModel> {
  return {
    date: [
      {
        // `required` only marks the item; the validator gives both messages.
        required: true,
        trigger: 'change',
        validator: (_rule: unknown, value: unknown, callback: Callback) => {
          if (typeof value !== 'string' || value === '') {
            return callback(
              new Error(t('common.messages.requiredSelect', { field: t('admin.calendar.form.date') })),
            );
          }
          callback(
            isDateInYear(value, year())
              ? undefined
              : new Error(t('admin.calendar.form.dateOutOfYear', { year: year() })),
          );
        },
      },
    ],
    kind: [
      {
        required: true,
        message: t('common.messages.requiredSelect', { field: t('admin.calendar.form.kind') }),
        trigger: 'change',
      },
    ],
    name: [
      {
        max: CALENDAR_NAME_MAX,
        message: t('admin.calendar.form.nameTooLong', { max: CALENDAR_NAME_MAX }),
        trigger: 'blur',
      },
    ],
  };
}

export function setCalendarDayInput(model: CalendarDayFormModel): SetCalendarDayInput {
  const name = model.name.trim();
  return { date: model.date, kind: model.kind, name: name || null };
}

// 1 = Monday … 7 = Sunday, for the table's 星期 column.
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}
