import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CampaignModule } from '../campaign/campaign.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { UserModule } from '../user/user.module.js';
import { TaskProgressService } from './task-progress.service.js';
import { ProgressUpdateResolver, TaskInstructionResolver, TaskResolver } from './task.resolver.js';
import { TaskService } from './task.service.js';

@Module({
  imports: [AuditModule, CalendarModule, CampaignModule, OrganizationModule, UserModule],
  providers: [
    TaskService,
    TaskProgressService,
    TaskResolver,
    ProgressUpdateResolver,
    TaskInstructionResolver,
  ],
  exports: [TaskService, TaskProgressService],
})
export class TaskModule {}
