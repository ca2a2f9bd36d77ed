import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { UnitModel } from '../organization/dto/unit.model.js';
import { OrganizationService } from '../organization/organization.service.js';
import type { Unit } from '../organization/unit.entity.js';
import { TaskModel } from '../task/dto/task.model.js';
import type { Task } from '../task/task.entity.js';
import { UserModel } from '../user/dto/user.model.js';
import type { User } from '../user/user.entity.js';
import { UserService } from '../user/user.service.js';
import type { DueDateExtension } from './due-date-extension.entity.js';
import { ExtensionService } from './extension.service.js';
import {
  DecideDueDateExtensionInput,
  DueDateExtensionsArgs,
  RequestDueDateExtensionInput,
} from './dto/extension.inputs.js';
import { DueDateExtensionModel } from './dto/extension.model.js';

@Resolver(() => DueDateExtensionModel)
export class ExtensionResolver {
  constructor(
    private readonly extensions: ExtensionService,
    private readonly organization: OrganizationService,
    private readonly users: UserService,
  ) {}

  @Query(() => [DueDateExtensionModel], {
    description: 'Requests for more time (延期申请), newest first; a REPORTER sees their own unit’s only.',
  })
  @Roles('STAFF', 'LEADER', 'REPORTER')
  dueDateExtensions(
    @CurrentUser() user: AuthUser,
    @Args() args: DueDateExtensionsArgs,
  ): Promise<DueDateExtension[]> {
    return this.extensions.list(user, args);
  }

  @Mutation(() => DueDateExtensionModel, {
    description:
      'Asks for a later due date on a task, with a reason; escalation of its alerts pauses until decided. A REPORTER of the lead unit, or STAFF.',
  })
  @Roles('STAFF', 'REPORTER')
  requestDueDateExtension(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: RequestDueDateExtensionInput,
  ): Promise<DueDateExtension> {
    return this.extensions.request(actor, input);
  }

  @Mutation(() => DueDateExtensionModel, {
    description:
      'Approves (the task’s due date moves; the original stays on record) or refuses (nothing changes) a pending request. STAFF, LEADER.',
  })
  @Roles('STAFF', 'LEADER')
  decideDueDateExtension(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: DecideDueDateExtensionInput,
  ): Promise<DueDateExtension> {
    return this.extensions.decide(actor, input);
  }

  @ResolveField(() => TaskModel)
  async task(@Parent() request: DueDateExtension, @Context() context: RequestContext): Promise<Task> {
    return (await this.extensions.taskLoader(context.loaders).load(request.taskId))!;
  }

  @ResolveField(() => UnitModel)
  async unit(@Parent() request: DueDateExtension, @Context() context: RequestContext): Promise<Unit> {
    return (await this.organization.unitLoader(context.loaders).load(request.unitId))!;
  }

  @ResolveField(() => UserModel, { nullable: true })
  requestedBy(@Parent() request: DueDateExtension, @Context() context: RequestContext): Promise<User | null> {
    return this.users.userLoader(context.loaders).load(request.requestedById);
  }

  @ResolveField(() => UserModel, { nullable: true })
  decidedBy(
    @Parent() request: DueDateExtension,
    @Context() context: RequestContext,
  ): Promise<User | null> | null {
    return request.decidedById ? this.users.userLoader(context.loaders).load(request.decidedById) : null;
  }
}

/** A task's extension history and the due date it had before any approved extension. */
@Resolver(() => TaskModel)
export class TaskExtensionResolver {
  constructor(private readonly extensionService: ExtensionService) {}

  @ResolveField(() => [DueDateExtensionModel], {
    description: 'Requests for more time on this task, oldest first.',
  })
  extensions(@Parent() task: Task, @Context() context: RequestContext): Promise<DueDateExtension[]> {
    return this.extensionService.byTaskLoader(context.loaders).load(task.id);
  }

  @ResolveField(() => DateScalar, {
    nullable: true,
    description: 'The due date before the first approved extension; null when never extended.',
  })
  async originalDueOn(@Parent() task: Task, @Context() context: RequestContext): Promise<string | null> {
    const history = await this.extensionService.byTaskLoader(context.loaders).load(task.id);
    return history.find((e) => e.status === 'APPROVED')?.originalDueOn ?? null;
  }
}
