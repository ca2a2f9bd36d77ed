import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CampaignModule } from '../campaign/campaign.module.js';
import { ResponsibilityModule } from '../responsibility/responsibility.module.js';
import { TaskModule } from '../task/task.module.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';
import { UnitScoreLedgerService } from './unit-score-ledger.service.js';

/** The leaders' dashboard and the unit scores; DashboardService is exported for the weekly bulletin. */
@Module({
  imports: [CalendarModule, CampaignModule, TaskModule, ResponsibilityModule],
  providers: [DashboardService, UnitScoreLedgerService, DashboardResolver],
  exports: [DashboardService],
})
export class DashboardModule {}
