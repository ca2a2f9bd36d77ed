import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CampaignModule } from '../campaign/campaign.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { UserModule } from '../user/user.module.js';
import { ContactPointResolver } from './contact-point.resolver.js';
import { ContactPointService } from './contact-point.service.js';
import { ReportLedgerResolver } from './report-ledger.resolver.js';
import { ReportLedgerService } from './report-ledger.service.js';
import { ReportObligationScheduler } from './report-obligation.scheduler.js';
import { ReportTemplateService } from './report-template.service.js';
import {
  ReportObligationResolver,
  ReportReviewResolver,
  ReportSubmissionResolver,
  ReportTemplateResolver,
  ReportTemplateVersionResolver,
} from './report.resolver.js';
import { ReportService } from './report.service.js';

/** Required reports (报备): templates, each unit's obligations, filing, review and the ledger. */
@Module({
  imports: [AuditModule, CalendarModule, CampaignModule, OrganizationModule, UserModule],
  providers: [
    ReportTemplateService,
    ReportService,
    ReportObligationScheduler,
    ReportTemplateResolver,
    ReportTemplateVersionResolver,
    ReportObligationResolver,
    ReportSubmissionResolver,
    ReportReviewResolver,
    ReportLedgerService,
    ReportLedgerResolver,
    ContactPointService,
    ContactPointResolver,
  ],
  exports: [ReportService, ReportTemplateService],
})
export class ReportModule {}
