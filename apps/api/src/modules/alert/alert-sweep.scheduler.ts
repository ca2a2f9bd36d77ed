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
/** Milliseconds from `now` to the next whole multiple of `every` since the epoch. */
export const untilNextInterval = (now: number, every: number): number => every - (now % every);
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
  private firstSweep?: NodeJS.Timeout;
  private nextSweep?: NodeJS.Timeout;
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
    this.firstSweep = setTimeout(() => void this.tick(), FIRST_SWEEP_DELAY_MS);
    this.firstSweep.unref();
    this.everyQuarterHour();
  }

  /**
   * Sweeps at every quarter hour of the clock (xx:00, :15, :30, :45, the same in Beijing), as BullMQ
   * schedules an `every` job: deadlines, the 12:00 warnings and midnights fall on them, so alerts fire
   * and the stored states are renewed as soon as something changed, not up to 15 minutes later.
   */
  private everyQuarterHour(): void {
    this.nextSweep = setTimeout(
      () => {
        this.everyQuarterHour();
        void this.tick();
      },
      untilNextInterval(Date.now(), SWEEP_INTERVAL_MS),
    );
    this.nextSweep.unref();
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
    clearTimeout(this.firstSweep);
    clearTimeout(this.nextSweep);
    this.firstSweep = this.nextSweep = undefined;
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
