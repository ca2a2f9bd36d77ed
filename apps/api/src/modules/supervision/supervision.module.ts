import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CampaignModule } from '../campaign/campaign.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { TaskModule } from '../task/task.module.js';
import { UserModule } from '../user/user.module.js';
import { AlertSupervisionResolver, SupervisionOrderResolver } from './supervision.resolver.js';
import { SupervisionService } from './supervision.service.js';

/** Supervision orders (督办单): from accountability alerts to tracked rectification tasks. */
@Module({
  imports: [AuditModule, CampaignModule, OrganizationModule, TaskModule, UserModule],
  providers: [SupervisionService, SupervisionOrderResolver, AlertSupervisionResolver],
})
export class SupervisionModule {}
