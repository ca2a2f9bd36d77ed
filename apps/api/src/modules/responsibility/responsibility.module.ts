import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CampaignModule } from '../campaign/campaign.module.js';
import { FileModule } from '../file/file.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { UserModule } from '../user/user.module.js';
import { AssignmentProgressService } from './assignment-progress.service.js';
import {
  AssignmentResolver,
  AssignmentReviewResolver,
  AssignmentUpdateResolver,
} from './assignment.resolver.js';
import { AssignmentService } from './assignment.service.js';
import { ResponsibilityLedgerResolver } from './responsibility-ledger.resolver.js';
import { ResponsibilityLedgerService } from './responsibility-ledger.service.js';
import { ResponsibilityItemResolver, ResponsibilityListResolver } from './responsibility.resolver.js';
import { ResponsibilityService } from './responsibility.service.js';

/** Responsibility lists (责任清单), their items and each unit's assignment of them (逐一落实). */
@Module({
  imports: [AuditModule, CalendarModule, CampaignModule, FileModule, OrganizationModule, UserModule],
  providers: [
    ResponsibilityService,
    AssignmentService,
    AssignmentProgressService,
    ResponsibilityListResolver,
    ResponsibilityItemResolver,
    AssignmentResolver,
    AssignmentUpdateResolver,
    AssignmentReviewResolver,
    ResponsibilityLedgerService,
    ResponsibilityLedgerResolver,
  ],
  exports: [AssignmentService, AssignmentProgressService],
})
export class ResponsibilityModule {}
