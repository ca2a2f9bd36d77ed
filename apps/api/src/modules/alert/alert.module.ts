import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { ExtensionModule } from '../extension/extension.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { UserModule } from '../user/user.module.js';
import { WebhookModule } from '../webhook/webhook.module.js';
import { AlertSweepScheduler } from './alert-sweep.scheduler.js';
import { AlertSweepService } from './alert-sweep.service.js';
import { AlertEventResolver, AlertResolver } from './alert.resolver.js';
import { AlertService } from './alert.service.js';

/** Alerts (提醒 → 预警 → 问责): the sweep that reconciles them, the alert centre, the live feed. */
@Module({
  imports: [AuditModule, CalendarModule, ExtensionModule, OrganizationModule, UserModule, WebhookModule],
  providers: [AlertSweepService, AlertSweepScheduler, AlertService, AlertResolver, AlertEventResolver],
  exports: [AlertSweepService, AlertService],
})
export class AlertModule {}
