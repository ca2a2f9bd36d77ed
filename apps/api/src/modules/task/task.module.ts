import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CampaignModule } from '../campaign/campaign.module.js';
import { FileModule } from '../file/file.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { UserModule } from '../user/user.module.js';
import { TaskLedgerResolver } from './task-ledger.resolver.js';
import { TaskLedgerService } from './task-ledger.service.js';
import { TaskProgressService } from './task-progress.service.js';
import { ProgressUpdateResolver, TaskInstructionResolver, TaskResolver } from './task.resolver.js';
import { TaskService } from './task.service.js';

@Module({
  imports: [AuditModule, CalendarModule, CampaignModule, FileModule, OrganizationModule, UserModule],
  providers: [
    TaskService,
    TaskProgressService,
    TaskResolver,
    ProgressUpdateResolver,
    TaskInstructionResolver,
    TaskLedgerService,
    TaskLedgerResolver,
  ],
  exports: [TaskService, TaskProgressService],
})
export class TaskModule {}
