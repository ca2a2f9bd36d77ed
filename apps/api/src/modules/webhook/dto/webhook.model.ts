import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DateTimeScalar, JsonScalar } from '../../../core/graphql/scalars.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../webhook-delivery.entity.js';

export const DeliveryStatusEnum = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, s])) as {
  [K in DeliveryStatus]: K;
};
registerEnumType(DeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING (queued or retrying with backoff), DELIVERED, FAILED (gave up after 8 tries).',
});

@ObjectType('WebhookDelivery', { description: 'One alert change relayed to the webhook: the delivery log.' })
export class WebhookDeliveryModel {
  @Field(() => ID, { description: 'Also sent as X-Lvze-Delivery, the receiver’s idempotency key.' })
  id: string;

  @Field(() => ID)
  alertId: string;

  @Field({ description: 'FIRED, ESCALATED or REOPENED.' })
  event: string;

  @Field(() => JsonScalar, { description: 'The JSON body posted (without its id).' })
  payload: Record<string, unknown>;

  @Field(() => DeliveryStatusEnum)
  status: DeliveryStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => DateTimeScalar, { description: 'When it is (re)tried next, while PENDING.' })
  nextAttemptAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'The receiver’s HTTP status; null when unreachable.' })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;
}

@ObjectType('WebhookStatus', { description: 'Whether alerts are relayed, where to, and the log’s counts.' })
export class WebhookStatusModel {
  @Field({ description: 'True when WEBHOOK_URL and WEBHOOK_SECRET are set.' })
  configured: boolean;

  @Field(() => String, { nullable: true, description: 'The receiver’s origin (scheme, host, port).' })
  target: string | null;

  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  delivered: number;

  @Field(() => Int)
  failed: number;
}

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => DeliveryStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'At most this many, newest first (default 100, at most 500).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
