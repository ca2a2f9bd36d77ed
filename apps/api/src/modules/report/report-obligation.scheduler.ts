import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ReportTemplateService } from './report-template.service.js';

export const ENSURE_INTERVAL_MS = 24 * 3_600_000;

/**
 * Creates each template's reports ahead of their periods: once at startup (awaited, so a new month's
 * reports exist before the first request) and then daily. Idempotent; several processes may run it.
 */
@Injectable()
export class ReportObligationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReportObligations');
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(private readonly templates: ReportTemplateService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.tick();
    this.timer = setInterval(() => void this.tick(), ENSURE_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One run, unless the last one is still going. */
  async tick(): Promise<boolean> {
    if (this.running) return false;
    this.running = true;
    try {
      const created = await this.templates.ensureAll();
      if (created) this.logger.log(`Created ${created} reports for the coming periods.`);
      return true;
    } catch (error) {
      this.logger.error(`Creating reports failed: ${(error as Error).message}`, (error as Error).stack);
      return false;
    } finally {
      this.running = false;
    }
  }
}
