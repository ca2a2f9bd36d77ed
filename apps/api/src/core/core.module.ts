import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { Clock } from './clock/clock.js';

/** Platform services every module may inject: the config, the clock and the database. */
@Global()
@Module({})
export class CoreModule {
  static register(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        Clock,
      ],
      exports: [APP_CONFIG, DataSource, Clock],
    };
  }
}
