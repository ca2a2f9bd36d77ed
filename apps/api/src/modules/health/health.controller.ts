import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators.js';

/** 200 when the database answers; load balancers and operators poll it. */
@Controller()
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('healthz')
  @Public()
  @HttpCode(200)
  async health(): Promise<{ status: string; database: string }> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: this.dataSource.options.type };
    } catch {
      throw new ServiceUnavailableException({
        status: 'unavailable',
        database: this.dataSource.options.type,
      });
    }
  }
}
