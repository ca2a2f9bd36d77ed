import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { AlertSweepService } from './alert-sweep.service.js';

export const SWEEP_INTERVAL_MS = 15 * 60_000;
export const SWEEP_QUEUE = 'alert-sweep';
// The first sweep waits until the server is up, so a start is not slowed by it.
const FIRST_SWEEP_DELAY_MS = 10_000;

/**
 * Runs the sweep every 15 minutes (ALERT_SWEEP=false turns it off). Alone, with a timer in this
 * process; a tick while the previous sweep still runs is skipped. With REDIS_URL, as a BullMQ job
 * scheduler that every process registers and one worker runs per interval, so several processes
 * share the load instead of each sweeping (the unique alert key would keep them from
 * double-firing anyway).
 */
@Injectable()
export class AlertSweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AlertSweep');
  private timers: NodeJS.Timeout[] = [];
  private running = false;
  private shared?: { queue: Queue; worker: Worker; connection: Redis };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sweeps: AlertSweepService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.alertSweepEnabled) return;
    if (this.config.redisUrl) {
      await this.startShared(this.config.redisUrl, SWEEP_INTERVAL_MS);
      return;
    }
    this.timers = [
      setTimeout(() => void this.tick(), FIRST_SWEEP_DELAY_MS),
      setInterval(() => void this.tick(), SWEEP_INTERVAL_MS),
    ];
    for (const timer of this.timers) timer.unref();
  }

  /** Registers the shared schedule (idempotent across processes) and this process's worker. */
  async startShared(redisUrl: string, everyMs: number, prefix = 'lvze'): Promise<void> {
    const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue(SWEEP_QUEUE, { connection, prefix });
    await queue.upsertJobScheduler('every-interval', { every: everyMs }, { name: 'sweep' });
    const worker = new Worker(SWEEP_QUEUE, () => this.tick(), { connection, prefix, concurrency: 1 });
    this.shared = { queue, worker, connection };
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    if (this.shared) {
      await this.shared.worker.close();
      await this.shared.queue.close();
      this.shared.connection.disconnect();
      this.shared = undefined;
    }
  }

  /** One scheduled sweep, unless the last one is still running. */
  async tick(): Promise<boolean> {
    if (this.running) return false;
    this.running = true;
    try {
      await this.sweeps.runSweep();
      return true;
    } catch (error) {
      this.logger.error(`Scheduled sweep failed: ${(error as Error).message}`, (error as Error).stack);
      return false;
    } finally {
      this.running = false;
    }
  }
}
