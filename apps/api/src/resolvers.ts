import { AuditResolver } from './modules/audit/audit.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { CalendarResolver } from './modules/calendar/calendar.resolver.js';
import { CampaignResolver } from './modules/campaign/campaign.resolver.js';
import { OrganizationResolver } from './modules/organization/organization.resolver.js';
import {
  ProgressUpdateResolver,
  TaskInstructionResolver,
  TaskResolver,
} from './modules/task/task.resolver.js';
import { UserResolver } from './modules/user/user.resolver.js';

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
];
