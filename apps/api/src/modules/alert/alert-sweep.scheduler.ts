import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { AlertSweepService } from './alert-sweep.service.js';

export const SWEEP_INTERVAL_MS = 15 * 60_000;
// The first sweep waits until the server is up, so a start is not slowed by it.
const FIRST_SWEEP_DELAY_MS = 10_000;

/**
 * Runs the sweep every 15 minutes in this process (ALERT_SWEEP=false turns it off). A tick while
 * the previous sweep still runs is skipped. Several processes may each sweep: the unique key
 * keeps them from double-firing. In scale-out mode a BullMQ repeatable job would run one instead.
 */
@Injectable()
export class AlertSweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AlertSweep');
  private timers: NodeJS.Timeout[] = [];
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sweeps: AlertSweepService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.alertSweepEnabled) return;
    this.timers = [
      setTimeout(() => void this.tick(), FIRST_SWEEP_DELAY_MS),
      setInterval(() => void this.tick(), SWEEP_INTERVAL_MS),
    ];
    for (const timer of this.timers) timer.unref();
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
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
