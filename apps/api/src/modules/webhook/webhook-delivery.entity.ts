import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn, IdColumn, JsonColumn, RowVersionColumn } from '../../core/database/columns.js';

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One alert change to relay to the webhook (an outbox row): written in the sweep's transaction,
 * so no change is lost or sent twice by a crash in between; then posted, retried with backoff,
 * and kept as the delivery log.
 */
@Entity()
@Index(['status', 'nextAttemptAt'])
export class WebhookDelivery {
  /** UUIDv7; also the receiver's idempotency key (X-Lvze-Delivery). */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index()
  @IdColumn()
  alertId: string;

  /** FIRED, ESCALATED or REOPENED. */
  @Column({ type: 'varchar', length: 16 })
  event: string;

  /** The body as posted: the alert as it stood when it changed. */
  @JsonColumn()
  payload: Record<string, unknown>;

  @Column({ type: 'varchar', length: 12 })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @DateTimeColumn()
  nextAttemptAt: Date;

  @DateTimeColumn({ nullable: true })
  lastAttemptAt: Date | null;

  /** The receiver's HTTP status at the last attempt; null when it could not be reached. */
  @Column({ type: 'int', nullable: true })
  lastStatusCode: number | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @DateTimeColumn({ nullable: true })
  deliveredAt: Date | null;

  @DateTimeColumn()
  createdAt: Date;

  @RowVersionColumn()
  version: number;
}
