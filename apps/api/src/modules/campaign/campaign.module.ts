import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CampaignResolver } from './campaign.resolver.js';
import { CampaignService } from './campaign.service.js';

@Module({
  imports: [AuditModule],
  providers: [CampaignService, CampaignResolver],
  exports: [CampaignService],
})
export class CampaignModule {}
