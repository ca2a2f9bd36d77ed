import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** The one source of "now": APP_NOW freezes it for demos, training rooms and tests. */
@Injectable()
export class Clock {
  private readonly fixed?: Date;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.fixed = config.fixedNow;
  }

  now(): Date {
    return this.fixed ? new Date(this.fixed.getTime()) : new Date();
  }
}
