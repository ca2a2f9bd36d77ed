import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CampaignModule } from '../campaign/campaign.module.js';
import { TaskModule } from '../task/task.module.js';
import { BulletinResolver } from './bulletin.resolver.js';
import { BulletinService } from './bulletin.service.js';

/** The weekly bulletin (周通报): its figures and its Word document. */
@Module({
  imports: [CalendarModule, CampaignModule, TaskModule],
  providers: [BulletinService, BulletinResolver],
})
export class BulletinModule {}
