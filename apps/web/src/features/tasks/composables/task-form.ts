import type { FormRules } from 'element-plus';
import type { CreateTaskInput, TaskDetailFragment, UpdateTaskInput } from '@/gql/graphql';

type Translate = (key: string, named?: Record<string, unknown>) => string;
type Callback = (error?: Error) => void;

export interface TaskFormModel {
  code: string;
  title: string;
  category: string;
  description: string;
  leadLeader: string;
  leadUnitId: string;
  coUnitIds: string[];
  startsOn: string;
  dueOn: string;
  target: number | null;
  measure: string;
}

export const TASK_FORM_FIELDS = [
  'code',
  'title',
  'category',
  'description',
  'leadLeader',
  'leadUnitId',
  'coUnitIds',
  'startsOn',
  'dueOn',
  'target',
  'measure',
] as const;

export function taskFormModel(
  task: TaskDetailFragment | null,
  defaults: Partial<TaskFormModel> = {},
): TaskFormModel {
  return {
    code: task?.code ?? '',
    title: task?.title ?? '',
    category: task?.category ?? '',
    description: task?.description ?? '',
    leadLeader: task?.leadLeader ?? '',
    leadUnitId: task?.leadUnit.id ?? '',
    coUnitIds: task?.coUnits.map((unit) => unit.id) ?? [],
    startsOn: task?.startsOn ?? '',
    dueOn: task?.dueOn ?? '',
    target: task?.target ?? null,
    measure: task?.measure ?? '',
    ...(task ? {} : defaults),
  };
}

export const TASK_CODE_PATTERN = /^[A-Za-z0-9-]{1,16}$/;

export function taskFormRules(t: Translate, model: () => TaskFormModel): FormRules<TaskFormModel> {
  const required = (field: string, trigger = 'blur') => ({
    required: true,
    message: t('common.messages.required', { field: t(field) }),
    trigger,
  });
  const select = (field: string) => ({
    required: true,
    message: t('common.messages.requiredSelect', { field: t(field) }),
    trigger: 'change',
  });
  return {
    code: [{ pattern: TASK_CODE_PATTERN, message: t('tasks.form.codeInvalid'), trigger: 'blur' }],
    title: [required('tasks.form.title')],
    leadUnitId: [select('tasks.form.leadUnit')],
    startsOn: [select('tasks.form.startsOn')],
    dueOn: [
      select('tasks.form.dueOn'),
      {
        trigger: 'change',
        validator: (_rule: unknown, value: unknown, callback: Callback) => {
          const start = model().startsOn;
          callback(
            typeof value === 'string' && start && value < start
              ? new Error(t('tasks.form.dueBeforeStart'))
              : undefined,
          );
        },
      },
    ],
    coUnitIds: [
      {
        trigger: 'change',
        validator: (_rule: unknown, value: unknown, callback: Callback) => {
          const lead = model().leadUnitId;
          const clash = Array.isArray(value) && lead !== '' && value.includes(lead);
          callback(clash ? new Error(t('tasks.form.leadIsCoUnit')) : undefined);
        },
      },
    ],
    target: [
      {
        trigger: 'change',
        validator: (_rule: unknown, value: unknown, callback: Callback) => {
          if (value !== null && value !== undefined && !(Number(value) > 0)) {
            return callback(new Error(t('tasks.form.targetPositive')));
          }
          callback(undefined);
        },
      },
    ],
    measure: [
      {
        trigger: 'blur',
        // A unit of measure means nothing without a target (the server refuses it too).
        validator: (_rule: unknown, value: unknown, callback: Callback) => {
          const hasMeasure = typeof value === 'string' && value.trim() !== '';
          callback(
            hasMeasure && model().target === null ? new Error(t('tasks.form.measureNeedsTarget')) : undefined,
          );
        },
      },
    ],
  };
}

const trimmed = (value: string) => value.trim();

export function createTaskInput(model: TaskFormModel): CreateTaskInput {
  return {
    ...(model.code.trim() ? { code: model.code.trim() } : {}),
    title: trimmed(model.title),
    category: trimmed(model.category),
    description: trimmed(model.description),
    leadLeader: trimmed(model.leadLeader),
    leadUnitId: model.leadUnitId,
    coUnitIds: model.coUnitIds,
    startsOn: model.startsOn,
    dueOn: model.dueOn,
    target: model.target,
    measure: model.target === null ? null : trimmed(model.measure) || null,
  };
}

// Every field is sent: a cleared target must reach the server as null ("no target"), not be left out.
export function updateTaskInput(
  task: Pick<TaskDetailFragment, 'id' | 'version'>,
  model: TaskFormModel,
): UpdateTaskInput {
  const { code: _code, ...rest } = createTaskInput(model);
  return { id: task.id, version: task.version, ...rest };
}
