import { AuditEvent } from './modules/audit/audit-event.entity.js';
import { CalendarDay } from './modules/calendar/calendar-day.entity.js';
import { Campaign } from './modules/campaign/campaign.entity.js';
import { Unit } from './modules/organization/unit.entity.js';
import { ProgressUpdate, TaskInstruction } from './modules/task/progress-update.entity.js';
import { Task, TaskCoUnit, WeeklyPlan } from './modules/task/task.entity.js';
import { User } from './modules/user/user.entity.js';

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
];
