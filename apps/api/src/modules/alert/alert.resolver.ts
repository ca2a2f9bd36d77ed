import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { UnitModel } from '../organization/dto/unit.model.js';
import { OrganizationService } from '../organization/organization.service.js';
import type { Unit } from '../organization/unit.entity.js';
import type { Assignment } from '../responsibility/assignment.entity.js';
import { ReportObligationModel } from '../report/dto/report.model.js';
import type { ReportObligation } from '../report/report.entity.js';
import { AssignmentModel } from '../responsibility/dto/assignment.model.js';
import { TaskModel } from '../task/dto/task.model.js';
import type { Task } from '../task/task.entity.js';
import { UserModel } from '../user/dto/user.model.js';
import type { User } from '../user/user.entity.js';
import { UserService } from '../user/user.service.js';
import { AlertSweepService, type SweepResult } from './alert-sweep.service.js';
import type { Alert, AlertEvent } from './alert.entity.js';
import { AlertService } from './alert.service.js';
import { AcknowledgeAlertArgs, AlertCountsArgs, AlertFiredArgs, AlertsArgs } from './dto/alert.inputs.js';
import { AlertEventModel, AlertModel, AlertSweepResultModel, LevelCountModel } from './dto/alert.model.js';

const READERS = ['STAFF', 'LEADER', 'REPORTER'] as const;

@Resolver(() => AlertModel)
export class AlertResolver {
  constructor(
    private readonly alertService: AlertService,
    private readonly sweeps: AlertSweepService,
    private readonly organization: OrganizationService,
    private readonly users: UserService,
  ) {}

  @Query(() => [AlertModel], {
    description:
      'Alerts, newest first, filtered; a REPORTER sees their unit’s only (FORBIDDEN when asking for another unit).',
  })
  @Roles(...READERS)
  alerts(@CurrentUser() user: AuthUser, @Args() args: AlertsArgs): Promise<Alert[]> {
    return this.alertService.list(user, args);
  }

  @Query(() => [LevelCountModel], {
    description:
      'Unresolved alerts (open or acknowledged) in the user’s scope, per level, every level listed.',
  })
  @Roles(...READERS)
  alertCounts(@CurrentUser() user: AuthUser, @Args() args: AlertCountsArgs) {
    return this.alertService.counts(user, args.unitId);
  }

  @Query(() => Int, {
    description:
      'The inbox badge: OPEN alerts the user is told of (a reporter: their unit’s; staff: from WARNING; a leader: ACCOUNTABILITY).',
  })
  @Roles(...READERS)
  unreadAlertCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.alertService.unreadCount(user);
  }

  @Mutation(() => AlertSweepResultModel, {
    description:
      'Runs the alert sweep as of asOf (default now; an earlier instant sees the data as it stood then). Idempotent. STAFF, ADMIN.',
  })
  @Roles('STAFF', 'ADMIN')
  runAlertSweep(
    @Args('asOf', {
      type: () => DateTimeScalar,
      nullable: true,
      description: 'The instant to evaluate the rules at; defaults to now.',
    })
    asOf?: Date,
  ): Promise<SweepResult> {
    return this.sweeps.runSweep(asOf ?? undefined);
  }

  @Mutation(() => AlertModel, {
    description:
      'Acknowledges (签收) an alert with an optional note; it stays counted until resolved. STAFF, LEADER, or a REPORTER of its unit.',
  })
  @Roles(...READERS)
  acknowledgeAlert(@CurrentUser() actor: AuthUser, @Args() args: AcknowledgeAlertArgs): Promise<Alert> {
    return this.alertService.acknowledge(actor, args.id, args.note);
  }

  @Subscription(() => AlertModel, {
    description:
      'Alerts as sweeps fire or escalate them (graphql-ws), filtered to what the user is told of and to unitId when given.',
    resolve: (alert: Alert) => alert,
  })
  @Roles(...READERS)
  alertFired(@CurrentUser() user: AuthUser, @Args() args: AlertFiredArgs): AsyncIterableIterator<Alert> {
    return this.alertService.subscribe(user, args.unitId);
  }

  @ResolveField(() => UnitModel)
  async unit(@Parent() alert: Alert, @Context() context: RequestContext): Promise<Unit> {
    return (await this.organization.unitLoader(context.loaders).load(alert.unitId))!;
  }

  @ResolveField(() => TaskModel, { nullable: true })
  task(@Parent() alert: Alert, @Context() context: RequestContext): Promise<Task | null> | null {
    return alert.subjectType === 'TASK'
      ? this.alertService.taskLoader(context.loaders).load(alert.subjectId)
      : null;
  }

  @ResolveField(() => AssignmentModel, { nullable: true })
  assignment(@Parent() alert: Alert, @Context() context: RequestContext): Promise<Assignment | null> | null {
    return alert.subjectType === 'ASSIGNMENT'
      ? this.alertService.assignmentLoader(context.loaders).load(alert.subjectId)
      : null;
  }

  @ResolveField(() => ReportObligationModel, {
    nullable: true,
    description: 'The report behind a REPORT_OVERDUE alert.',
  })
  report(
    @Parent() alert: Alert,
    @Context() context: RequestContext,
  ): Promise<ReportObligation | null> | null {
    return alert.subjectType === 'REPORT'
      ? this.alertService.reportLoader(context.loaders).load(alert.subjectId)
      : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  acknowledgedBy(@Parent() alert: Alert, @Context() context: RequestContext): Promise<User | null> | null {
    return alert.acknowledgedById
      ? this.users.userLoader(context.loaders).load(alert.acknowledgedById)
      : null;
  }

  @ResolveField(() => [AlertEventModel])
  history(@Parent() alert: Alert, @Context() context: RequestContext): Promise<AlertEvent[]> {
    return this.alertService.historyLoader(context.loaders).load(alert.id);
  }
}

@Resolver(() => AlertEventModel)
export class AlertEventResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField(() => UserModel, { nullable: true })
  actor(@Parent() event: AlertEvent, @Context() context: RequestContext): Promise<User | null> | null {
    return event.actorId ? this.users.userLoader(context.loaders).load(event.actorId) : null;
  }
}
