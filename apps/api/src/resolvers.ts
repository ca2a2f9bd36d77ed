import {
  AccountabilityResolver,
  AlertAccountabilityResolver,
} from './modules/accountability/accountability.resolver.js';
import { AlertEventResolver, AlertResolver } from './modules/alert/alert.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { BulletinResolver } from './modules/bulletin/bulletin.resolver.js';
import { CalendarResolver } from './modules/calendar/calendar.resolver.js';
import { CampaignResolver } from './modules/campaign/campaign.resolver.js';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver.js';
import { ExtensionResolver, TaskExtensionResolver } from './modules/extension/extension.resolver.js';
import { StoredFileResolver } from './modules/file/stored-file.resolver.js';
import { OrganizationResolver } from './modules/organization/organization.resolver.js';
import {
  AssignmentResolver,
  AssignmentReviewResolver,
  AssignmentUpdateResolver,
} from './modules/responsibility/assignment.resolver.js';
import { ResponsibilityLedgerResolver } from './modules/responsibility/responsibility-ledger.resolver.js';
import {
  ResponsibilityItemResolver,
  ResponsibilityListResolver,
} from './modules/responsibility/responsibility.resolver.js';
import {
  AlertSupervisionResolver,
  SupervisionOrderResolver,
} from './modules/supervision/supervision.resolver.js';
import { ContactPointResolver } from './modules/report/contact-point.resolver.js';
import { ReportLedgerResolver } from './modules/report/report-ledger.resolver.js';
import {
  ReportObligationResolver,
  ReportReviewResolver,
  ReportSubmissionResolver,
  ReportTemplateResolver,
  ReportTemplateVersionResolver,
} from './modules/report/report.resolver.js';
import { TaskLedgerResolver } from './modules/task/task-ledger.resolver.js';
import {
  ProgressUpdateResolver,
  TaskInstructionResolver,
  TaskResolver,
} from './modules/task/task.resolver.js';
import { UserResolver } from './modules/user/user.resolver.js';
import { WebhookResolver } from './modules/webhook/webhook.resolver.js';

/** Every resolver, for printing schema.gql without starting the app. */
export const RESOLVERS = [
  AuthResolver,
  UserResolver,
  OrganizationResolver,
  CampaignResolver,
  AuditResolver,
  CalendarResolver,
  TaskResolver,
  ProgressUpdateResolver,
  TaskInstructionResolver,
  TaskLedgerResolver,
  StoredFileResolver,
  ResponsibilityListResolver,
  ResponsibilityItemResolver,
  AssignmentResolver,
  AssignmentUpdateResolver,
  AssignmentReviewResolver,
  ResponsibilityLedgerResolver,
  AlertResolver,
  AlertEventResolver,
  ReportTemplateResolver,
  ReportTemplateVersionResolver,
  ReportObligationResolver,
  ReportSubmissionResolver,
  ReportReviewResolver,
  ReportLedgerResolver,
  ContactPointResolver,
  DashboardResolver,
  SupervisionOrderResolver,
  AlertSupervisionResolver,
  BulletinResolver,
  AccountabilityResolver,
  AlertAccountabilityResolver,
  ExtensionResolver,
  TaskExtensionResolver,
  WebhookResolver,
];
