import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { WebhookDeliveriesArgs, WebhookDeliveryModel, WebhookStatusModel } from './dto/webhook.model.js';
import type { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookService } from './webhook.service.js';

@Resolver(() => WebhookDeliveryModel)
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @Query(() => WebhookStatusModel, {
    description: 'The alert relay’s configuration and log counts. ADMIN, STAFF.',
  })
  @Roles('ADMIN', 'STAFF')
  async webhookStatus(): Promise<WebhookStatusModel> {
    const counts = await this.webhooks.counts();
    return {
      configured: this.webhooks.configured,
      target: this.webhooks.target,
      pending: counts.PENDING,
      delivered: counts.DELIVERED,
      failed: counts.FAILED,
    };
  }

  @Query(() => [WebhookDeliveryModel], { description: 'The delivery log, newest first. ADMIN, STAFF.' })
  @Roles('ADMIN', 'STAFF')
  webhookDeliveries(@Args() args: WebhookDeliveriesArgs): Promise<WebhookDelivery[]> {
    return this.webhooks.list(args.status, args.limit ?? 100);
  }

  @Mutation(() => WebhookDeliveryModel, { description: 'Queues a FAILED delivery again. ADMIN.' })
  @Roles('ADMIN')
  retryWebhookDelivery(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WebhookDelivery> {
    return this.webhooks.retry(actor, id);
  }
}
