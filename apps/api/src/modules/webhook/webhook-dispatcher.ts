import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { Clock } from '../../core/clock/clock.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMinutes, signWebhookBody } from './webhook-signature.js';

const POLL_MS = 15_000;
const BATCH = 20;
const REQUEST_TIMEOUT_MS = 10_000;
// A claimed delivery is someone's for this long; a process that dies mid-post frees it after.
const LEASE_MS = 2 * 60_000;
const MINUTE = 60_000;

/**
 * Posts queued deliveries to WEBHOOK_URL. Every API process may run it: a delivery is claimed with
 * a version check before it is posted, so two processes never post the same one.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhook');
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.webhook) return;
    this.timer = setInterval(() => void this.tick(), POLL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.deliverDue();
    } catch (error) {
      this.logger.error(`Webhook dispatch failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  /** Posts every delivery due by `now`, a batch at a time; returns how many were attempted. */
  async deliverDue(now: Date = this.clock.now()): Promise<number> {
    const webhook = this.config.webhook;
    if (!webhook) return 0;
    const repo = this.dataSource.getRepository(WebhookDelivery);
    // Posts take up to 10 s each: every claim and post reads the time it happens at (moved on from
    // `now` by the time elapsed), so a signature's timestamp is fresh and a lease not already over.
    const started = Date.now();
    const current = () => new Date(now.getTime() + (Date.now() - started));
    let attempted = 0;
    for (;;) {
      const due = await repo.find({
        where: { status: 'PENDING', nextAttemptAt: LessThanOrEqual(now) },
        order: { nextAttemptAt: 'ASC', id: 'ASC' },
        take: BATCH,
      });
      if (!due.length) return attempted;
      for (const delivery of due) {
        if (!(await this.claim(delivery, current()))) continue;
        attempted++;
        await this.post(webhook, delivery, current());
      }
    }
  }

  private async claim(delivery: WebhookDelivery, now: Date): Promise<boolean> {
    const { affected } = await this.dataSource
      .createQueryBuilder()
      .update(WebhookDelivery)
      .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS), version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: delivery.id, version: delivery.version })
      .execute();
    return Boolean(affected);
  }

  private async post(webhook: { url: string; secret: string }, delivery: WebhookDelivery, now: Date) {
    const body = JSON.stringify({ id: delivery.id, ...delivery.payload });
    const timestamp = Math.floor(now.getTime() / 1000);
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Lvze-Webhook/1',
          'x-lvze-delivery': delivery.id,
          'x-lvze-event': delivery.event,
          'x-lvze-timestamp': String(timestamp),
          'x-lvze-signature': signWebhookBody(webhook.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      statusCode = response.status;
      if (!response.ok) error = `HTTP ${response.status} ${(await response.text()).slice(0, 200)}`;
    } catch (cause) {
      error = (cause as Error).message;
    }
    const attempts = delivery.attempts + 1;
    const delivered = error === null;
    const gaveUp = !delivered && attempts >= MAX_DELIVERY_ATTEMPTS;
    await this.dataSource.getRepository(WebhookDelivery).update(
      { id: delivery.id },
      {
        status: delivered ? 'DELIVERED' : gaveUp ? 'FAILED' : 'PENDING',
        attempts,
        lastAttemptAt: now,
        lastStatusCode: statusCode,
        lastError: error,
        deliveredAt: delivered ? now : null,
        nextAttemptAt: new Date(now.getTime() + retryDelayMinutes(attempts) * MINUTE),
      },
    );
    if (!delivered) {
      this.logger.warn(
        `Delivery ${delivery.id} attempt ${attempts} failed: ${error}${gaveUp ? ' (giving up)' : ''}`,
      );
    }
  }
}
