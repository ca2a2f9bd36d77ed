import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CampaignModule } from '../campaign/campaign.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { UserModule } from '../user/user.module.js';
import { AlertAccountabilityResolver, AccountabilityResolver } from './accountability.resolver.js';
import { AccountabilityService } from './accountability.service.js';

/** Accountability decisions (问责记录): the end of the alert ladder, counted on dashboards. */
@Module({
  imports: [AuditModule, CampaignModule, OrganizationModule, UserModule],
  providers: [AccountabilityService, AccountabilityResolver, AlertAccountabilityResolver],
  exports: [AccountabilityService],
})
export class AccountabilityModule {}
