import { addDays } from '@lvze/domain';
import type { FormRules } from 'element-plus';

type Translate = (key: string, named?: Record<string, unknown>) => string;

/** What the dialog needs of an alert: the alert centre's row fits. */
export interface OrderAlert {
  id: string;
  level: string;
  message: string;
  unit: { id: string; name: string };
  task?: { code: string; title: string } | null;
  assignment?: { item: { content: string } } | null;
}

export interface OrderFormModel {
  matter: string;
  rectifyBy: string;
  leaderId: string;
  requirements: string;
}

/** The matter as the alert's subject names it (the server does the same when left empty). */
export function defaultMatter(alert: OrderAlert): string {
  if (alert.task) return `${alert.task.code} ${alert.task.title}`;
  if (alert.assignment) return alert.assignment.item.content;
  return alert.message;
}

/** A fresh form: the matter from the alert, a month to rectify (capped by the campaign's end). */
export function orderFormModel(
  alert: OrderAlert,
  today: string,
  campaignEndsOn: string | null,
): OrderFormModel {
  const month = addDays(today, 30);
  return {
    matter: defaultMatter(alert).slice(0, 300),
    rectifyBy: campaignEndsOn && month > campaignEndsOn ? campaignEndsOn : month,
    leaderId: '',
    requirements: '',
  };
}

export function orderFormRules(t: Translate): FormRules<OrderFormModel> {
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('supervision.form.required', { field: t(`supervision.form.${field}`) }),
    trigger: 'blur',
  });
  return {
    matter: [required('matter')],
    rectifyBy: [required('rectifyBy')],
    leaderId: [{ ...required('leader'), trigger: 'change' }],
    requirements: [required('requirements')],
  };
}
