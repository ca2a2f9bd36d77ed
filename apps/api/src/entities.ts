import { AccountabilityRecord } from './modules/accountability/accountability-record.entity.js';
import { Alert, AlertEvent } from './modules/alert/alert.entity.js';
import { AuditEvent } from './modules/audit/audit-event.entity.js';
import { CalendarDay } from './modules/calendar/calendar-day.entity.js';
import { Campaign } from './modules/campaign/campaign.entity.js';
import { DueDateExtension } from './modules/extension/due-date-extension.entity.js';
import { StoredFile } from './modules/file/stored-file.entity.js';
import { SupervisionOrder } from './modules/supervision/supervision-order.entity.js';
import { Unit } from './modules/organization/unit.entity.js';
import { ContactPoint } from './modules/report/contact-point.entity.js';
import {
  ReportObligation,
  ReportReview,
  ReportSubmission,
  ReportTemplate,
  ReportTemplateVersion,
} from './modules/report/report.entity.js';
import {
  Assignment,
  AssignmentReview,
  AssignmentUpdate,
} from './modules/responsibility/assignment.entity.js';
import { AssignmentState } from './modules/responsibility/assignment-state.entity.js';
import { ResponsibilityItem, ResponsibilityList } from './modules/responsibility/responsibility.entity.js';
import { ProgressUpdate, TaskInstruction } from './modules/task/progress-update.entity.js';
import { Task, TaskCoUnit, WeeklyPlan } from './modules/task/task.entity.js';
import { User } from './modules/user/user.entity.js';
import { WebhookDelivery } from './modules/webhook/webhook-delivery.entity.js';

/** Every stored entity; migrations for both dialects are generated from this list. */
export const ENTITIES = [
  Unit,
  User,
  Campaign,
  AuditEvent,
  CalendarDay,
  Task,
  TaskCoUnit,
  WeeklyPlan,
  ProgressUpdate,
  TaskInstruction,
  StoredFile,
  ResponsibilityList,
  ResponsibilityItem,
  Assignment,
  AssignmentUpdate,
  AssignmentReview,
  AssignmentState,
  Alert,
  AlertEvent,
  ReportTemplate,
  ReportTemplateVersion,
  ReportObligation,
  ReportSubmission,
  ReportReview,
  ContactPoint,
  SupervisionOrder,
  AccountabilityRecord,
  DueDateExtension,
  WebhookDelivery,
];
