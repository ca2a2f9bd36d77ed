import { type DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { ValidationError } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './core/config/app-config.js';
import { CoreModule } from './core/core.module.js';
import { badInput } from './core/errors/domain-error.js';
import { DomainErrorFilter } from './core/graphql/domain-error.filter.js';
import { graphqlOptions } from './core/graphql/graphql.config.js';
import { PubSubModule } from './core/pubsub/pubsub.module.js';
import { AccountabilityModule } from './modules/accountability/accountability.module.js';
import { AlertModule } from './modules/alert/alert.module.js';
import { AuditTrailModule } from './modules/audit/audit-trail.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { BulletinModule } from './modules/bulletin/bulletin.module.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';
import { CampaignModule } from './modules/campaign/campaign.module.js';
import { DashboardModule } from './modules/dashboard/dashboard.module.js';
import { ExtensionModule } from './modules/extension/extension.module.js';
import { FileModule } from './modules/file/file.module.js';
import { HealthController } from './modules/health/health.controller.js';
import { OrganizationModule } from './modules/organization/organization.module.js';
import { ReportModule } from './modules/report/report.module.js';
import { ResponsibilityModule } from './modules/responsibility/responsibility.module.js';
import { SupervisionModule } from './modules/supervision/supervision.module.js';
import { TaskModule } from './modules/task/task.module.js';
import { UserModule } from './modules/user/user.module.js';

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } {
  const error = errors[0];
  const field = prefix + error.property;
  if (error.children?.length) return firstProblem(error.children, `${field}.`);
  const message = Object.values(error.constraints ?? {})[0] ?? `${field} is invalid`;
  return { field, message };
}

/** Validation failures name the field, as BAD_USER_INPUT. */
export const validationPipe = new ValidationPipe({
  transform: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const { field, message } = firstProblem(errors);
    return badInput(field, `Invalid ${field}: ${message}.`, `字段 ${field} 填写有误：${message}。`);
  },
});

@Module({})
export class AppModule {
  static register(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config, dataSource),
        GraphQLModule.forRoot(graphqlOptions(config)),
        PubSubModule,
        AuthModule,
        UserModule,
        OrganizationModule,
        CampaignModule,
        AuditTrailModule,
        CalendarModule,
        TaskModule,
        FileModule,
        ResponsibilityModule,
        AlertModule,
        ReportModule,
        DashboardModule,
        SupervisionModule,
        BulletinModule,
        AccountabilityModule,
        ExtensionModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useValue: validationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
