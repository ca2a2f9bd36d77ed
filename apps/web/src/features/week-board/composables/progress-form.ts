import { addWeeks, weekMonday, weekSunday } from '@lvze/domain';
import type { FormRules } from 'element-plus';
import type { MapTaskFragment, SubmitProgressInput } from '@/gql/graphql';

type Translate = (key: string, named?: Record<string, unknown>) => string;
type Callback = (error?: Error) => void;

export type ProgressTask = Pick<
  MapTaskFragment,
  'id' | 'code' | 'title' | 'target' | 'measure' | 'percent' | 'currentValue'
>;

// A task with a quantitative target is reported as a cumulative value, any other as a percent
// (SubmitProgressInput takes exactly one of the two).
export type ProgressMode = 'percent' | 'value';

export interface ProgressFormModel {
  week: string;
  percent: number | null;
  value: number | null;
  summary: string;
  problems: string;
  nextSteps: string;
}

export const PROGRESS_FORM_FIELDS = [
  'week',
  'percent',
  'value',
  'summary',
  'problems',
  'nextSteps',
  'attachmentIds',
] as const;

export function progressMode(task: Pick<ProgressTask, 'target'>): ProgressMode {
  return task.target !== null && task.target !== undefined ? 'value' : 'percent';
}

// Progress is cumulative, so the form starts from what was last reported.
export function progressFormModel(task: ProgressTask, week: string): ProgressFormModel {
  const mode = progressMode(task);
  return {
    week,
    percent: mode === 'percent' ? Math.round(task.percent * 10) / 10 : null,
    value: mode === 'value' ? (task.currentValue ?? 0) : null,
    summary: '',
    problems: '',
    nextSteps: '',
  };
}

// The weeks a report may be filed for: this week and the four before it (never a future week).
export function reportableWeeks(currentWeek: string, back = 4): string[] {
  return Array.from({ length: back + 1 }, (_, i) => addWeeks(currentWeek, -i));
}

export function weekRangeLabel(week: string): string {
  return `${week}（${weekMonday(week).slice(5)} — ${weekSunday(week).slice(5)}）`;
}

export function progressFormRules(
  t: Translate,
  task: Pick<ProgressTask, 'target'>,
): FormRules<ProgressFormModel> {
  const mode = progressMode(task);
  const amount =
    mode === 'percent'
      ? {
          percent: [
            {
              trigger: 'change',
              validator: (_rule: unknown, value: unknown, callback: Callback) => {
                if (value === null || value === undefined || value === '') {
                  return callback(
                    new Error(t('common.messages.required', { field: t('weekBoard.form.percent') })),
                  );
                }
                const n = Number(value);
                callback(n >= 0 && n <= 100 ? undefined : new Error(t('weekBoard.form.percentRange')));
              },
            },
          ],
        }
      : {
          value: [
            {
              trigger: 'change',
              validator: (_rule: unknown, value: unknown, callback: Callback) => {
                if (value === null || value === undefined || value === '') {
                  return callback(
                    new Error(t('common.messages.required', { field: t('weekBoard.form.value') })),
                  );
                }
                callback(Number(value) >= 0 ? undefined : new Error(t('weekBoard.form.valueNegative')));
              },
            },
          ],
        };
  return {
    week: [
      {
        required: true,
        message: t('common.messages.requiredSelect', { field: t('weekBoard.form.week') }),
        trigger: 'change',
      },
    ],
    summary: [
      {
        required: true,
        whitespace: true,
        message: t('common.messages.required', { field: t('weekBoard.form.summary') }),
        trigger: 'blur',
      },
    ],
    ...amount,
  };
}

const optional = (text: string) => (text.trim() ? text.trim() : null);

export function submitProgressInput(
  task: ProgressTask,
  model: ProgressFormModel,
  attachmentIds: readonly string[] = [],
): SubmitProgressInput {
  const mode = progressMode(task);
  return {
    taskId: task.id,
    week: model.week,
    ...(mode === 'percent' ? { percent: model.percent } : { value: model.value }),
    summary: model.summary.trim(),
    problems: optional(model.problems),
    nextSteps: optional(model.nextSteps),
    attachmentIds: [...attachmentIds],
  };
}
