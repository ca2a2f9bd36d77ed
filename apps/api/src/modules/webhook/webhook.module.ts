import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { WebhookDispatcher } from './webhook-dispatcher.js';
import { WebhookResolver } from './webhook.resolver.js';
import { WebhookService } from './webhook.service.js';

/** Relays alert changes to an outside gateway (SMS, DingTalk): outbox, signed posts, retries, log. */
@Module({
  imports: [AuditModule],
  providers: [WebhookService, WebhookDispatcher, WebhookResolver],
  exports: [WebhookService, WebhookDispatcher],
})
export class WebhookModule {}
