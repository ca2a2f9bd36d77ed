import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { TaskStatus } from '@lvze/domain';
import { DOCX_MIME_TYPE } from '../../core/documents/official-document.js';
import { FileDownloadModel, toFileDownload } from '../../core/graphql/file-download.model.js';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { AlertModel } from '../alert/dto/alert.model.js';
import type { Alert } from '../alert/alert.entity.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { UnitModel } from '../organization/dto/unit.model.js';
import { OrganizationService } from '../organization/organization.service.js';
import type { Unit } from '../organization/unit.entity.js';
import { TaskModel, TaskStatusEnum } from '../task/dto/task.model.js';
import type { Task } from '../task/task.entity.js';
import { UserModel } from '../user/dto/user.model.js';
import type { User } from '../user/user.entity.js';
import { UserService } from '../user/user.service.js';
import { IssueSupervisionOrderInput, SupervisionOrdersArgs } from './dto/supervision.inputs.js';
import { SupervisionOrderModel } from './dto/supervision-order.model.js';
import type { SupervisionOrder } from './supervision-order.entity.js';
import { SupervisionService } from './supervision.service.js';

const READERS = ['STAFF', 'LEADER', 'REPORTER'] as const;

@Resolver(() => SupervisionOrderModel)
export class SupervisionOrderResolver {
  constructor(
    private readonly supervision: SupervisionService,
    private readonly organization: OrganizationService,
    private readonly users: UserService,
  ) {}

  @Query(() => [SupervisionOrderModel], {
    description:
      'Supervision orders (督办单), newest first; a REPORTER sees their unit’s only (FORBIDDEN when asking for another unit).',
  })
  @Roles(...READERS)
  supervisionOrders(@CurrentUser() user: AuthUser, @Args() args: SupervisionOrdersArgs) {
    return this.supervision.list(user, args);
  }

  @Query(() => SupervisionOrderModel, { description: 'One supervision order; a REPORTER only their unit’s.' })
  @Roles(...READERS)
  supervisionOrder(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID, description: 'The order.' }) id: string,
  ) {
    return this.supervision.get(user, id);
  }

  @Query(() => [UserModel], {
    description:
      'Active leader accounts, to name as a supervision order’s responsible leader. STAFF, LEADER.',
  })
  @Roles('STAFF', 'LEADER')
  supervisionLeaders(): Promise<User[]> {
    return this.supervision.leaders();
  }

  @Query(() => FileDownloadModel, {
    description: 'The order as an official Word document (督办单, .docx); a REPORTER only their unit’s.',
  })
  @Roles(...READERS)
  async supervisionOrderDocument(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID, description: 'The order.' }) id: string,
  ): Promise<FileDownloadModel> {
    return toFileDownload(await this.supervision.document(user, id), DOCX_MIME_TYPE);
  }

  @Mutation(() => SupervisionOrderModel, {
    description:
      'Issues a numbered supervision order from an ACCOUNTABILITY-level alert (one per alert) and creates its rectification task (code DB-<year>-<serial>) on the battle map. STAFF, LEADER.',
  })
  @Roles('STAFF', 'LEADER')
  issueSupervisionOrder(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: IssueSupervisionOrderInput,
  ): Promise<SupervisionOrder> {
    return this.supervision.issue(actor, input);
  }

  @ResolveField(() => UnitModel, { description: 'The unit responsible for rectification.' })
  async unit(@Parent() order: SupervisionOrder, @Context() context: RequestContext): Promise<Unit> {
    return (await this.organization.unitLoader(context.loaders).load(order.unitId))!;
  }

  @ResolveField(() => UserModel, { description: 'The responsible leader (责任领导).' })
  async leader(@Parent() order: SupervisionOrder, @Context() context: RequestContext): Promise<User> {
    return (await this.users.userLoader(context.loaders).load(order.leaderId))!;
  }

  @ResolveField(() => UserModel, { description: 'Who issued it.' })
  async issuedBy(@Parent() order: SupervisionOrder, @Context() context: RequestContext): Promise<User> {
    return (await this.users.userLoader(context.loaders).load(order.issuedById))!;
  }

  @ResolveField(() => TaskModel, { description: 'The rectification task on the battle map.' })
  async task(@Parent() order: SupervisionOrder, @Context() context: RequestContext): Promise<Task> {
    return (await this.supervision.taskLoader(context.loaders).load(order.taskId))!;
  }

  @ResolveField(() => AlertModel, { description: 'The accountability-level alert it was issued from.' })
  async alert(@Parent() order: SupervisionOrder, @Context() context: RequestContext): Promise<Alert> {
    return (await this.supervision.alertLoader(context.loaders).load(order.alertId))!;
  }

  @ResolveField(() => [String], {
    description: 'The red header’s lines for the printed order: the commission’s name(s) and the office.',
  })
  issuer(@Context() context: RequestContext): Promise<string[]> {
    return this.supervision.letterheadLoader(context.loaders).load('letterhead');
  }

  @ResolveField(() => TaskStatusEnum)
  status(@Parent() order: SupervisionOrder, @Context() context: RequestContext): Promise<TaskStatus> {
    return this.supervision.statusLoader(context.loaders).load(order.taskId);
  }
}

/** Adds the order, when one was issued, to alerts (the alert centre shows 已督办). */
@Resolver(() => AlertModel)
export class AlertSupervisionResolver {
  constructor(private readonly supervision: SupervisionService) {}

  @ResolveField(() => SupervisionOrderModel, {
    nullable: true,
    description: 'The supervision order issued from this alert, if any.',
  })
  supervisionOrder(
    @Parent() alert: Alert,
    @Context() context: RequestContext,
  ): Promise<SupervisionOrder | null> {
    return this.supervision.byAlertLoader(context.loaders).load(alert.id);
  }
}
