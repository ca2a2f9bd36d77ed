import {
  Args,
  Context,
  Float,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { TaskStatus } from '@lvze/domain';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { StoredFileModel } from '../file/dto/stored-file.model.js';
import { FileService } from '../file/file.service.js';
import type { StoredFile } from '../file/stored-file.entity.js';
import { UnitModel } from '../organization/dto/unit.model.js';
import { OrganizationService } from '../organization/organization.service.js';
import type { Unit } from '../organization/unit.entity.js';
import { UserModel } from '../user/dto/user.model.js';
import type { User } from '../user/user.entity.js';
import { UserService } from '../user/user.service.js';
import {
  BattleMapArgs,
  CreateTaskInput,
  SetWeeklyPlanInput,
  SubmitProgressInput,
  TasksArgs,
  UpdateTaskInput,
} from './dto/task.inputs.js';
import {
  BattleMapModel,
  ProgressUpdateModel,
  TaskInstructionModel,
  TaskModel,
  TaskStatusEnum,
  WeekBoardModel,
  WeeklyPlanEntryModel,
} from './dto/task.model.js';
import type { ProgressUpdate, TaskInstruction } from './progress-update.entity.js';
import { TaskProgressService } from './task-progress.service.js';
import type { Task } from './task.entity.js';
import { TaskService } from './task.service.js';

const READERS = ['STAFF', 'LEADER', 'REPORTER'] as const;

@Resolver(() => TaskModel)
export class TaskResolver {
  constructor(
    private readonly taskService: TaskService,
    private readonly progress: TaskProgressService,
    private readonly organization: OrganizationService,
  ) {}

  @Query(() => [TaskModel], {
    description: 'Tasks of a campaign (default: current); a REPORTER sees their unit’s only.',
  })
  @Roles(...READERS)
  tasks(
    @CurrentUser() user: AuthUser,
    @Args() args: TasksArgs,
    @Context() context: RequestContext,
  ): Promise<Task[]> {
    return this.taskService.list(user, args, context.loaders);
  }

  @Query(() => TaskModel, {
    nullable: true,
    description: 'One task; FORBIDDEN for a reporter of another unit.',
  })
  @Roles(...READERS)
  task(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<Task> {
    return this.taskService.get(user, id);
  }

  @Query(() => BattleMapModel, { description: 'The task × week battle map (挂图作战图).' })
  @Roles(...READERS)
  battleMap(@CurrentUser() user: AuthUser, @Args() args: BattleMapArgs, @Context() context: RequestContext) {
    return this.taskService.battleMap(user, args.campaignId, context.loaders);
  }

  @Query(() => WeekBoardModel, { description: 'This week’s board for the signed-in user.' })
  @Roles(...READERS)
  weekBoard(@CurrentUser() user: AuthUser, @Context() context: RequestContext) {
    return this.taskService.weekBoard(user, context.loaders);
  }

  @Mutation(() => TaskModel, { description: 'Creates a task. STAFF.' })
  @Roles('STAFF')
  createTask(@CurrentUser() actor: AuthUser, @Args('input') input: CreateTaskInput): Promise<Task> {
    return this.taskService.create(actor, input);
  }

  @Mutation(() => TaskModel, {
    description: 'Edits a task; CONFLICT when someone else changed it first. STAFF.',
  })
  @Roles('STAFF')
  updateTask(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateTaskInput): Promise<Task> {
    return this.taskService.update(actor, input);
  }

  @Mutation(() => TaskModel, { description: 'Archives (or restores) a task; its history stays. STAFF.' })
  @Roles('STAFF')
  archiveTask(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('archived', { defaultValue: true }) archived: boolean,
  ): Promise<Task> {
    return this.taskService.setArchived(actor, id, version, archived);
  }

  @Mutation(() => TaskModel, {
    description: 'Replaces the weekly plan (planned cumulative percent per week). STAFF.',
  })
  @Roles('STAFF')
  setWeeklyPlan(@CurrentUser() actor: AuthUser, @Args('input') input: SetWeeklyPlanInput): Promise<Task> {
    return this.taskService.setWeeklyPlan(actor, input);
  }

  @Mutation(() => ProgressUpdateModel, {
    description:
      'Reports weekly progress. A REPORTER of the lead or a co-operating unit, or STAFF. Late updates are kept and marked late.',
  })
  @Roles('STAFF', 'REPORTER')
  submitProgress(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: SubmitProgressInput,
  ): Promise<ProgressUpdate> {
    return this.taskService.submitProgress(actor, input);
  }

  @Mutation(() => TaskInstructionModel, { description: 'A leader’s instruction (批示) on a task. LEADER.' })
  @Roles('LEADER')
  addTaskInstruction(
    @CurrentUser() actor: AuthUser,
    @Args('taskId', { type: () => ID }) taskId: string,
    @Args('content') content: string,
  ): Promise<TaskInstruction> {
    return this.taskService.addInstruction(actor, taskId, content);
  }

  @ResolveField(() => UnitModel)
  async leadUnit(@Parent() task: Task, @Context() context: RequestContext): Promise<Unit> {
    return (await this.organization.unitLoader(context.loaders).load(task.leadUnitId))!;
  }

  @ResolveField(() => [UnitModel])
  async coUnits(@Parent() task: Task, @Context() context: RequestContext): Promise<Unit[]> {
    const ids = await this.taskService.coUnitsLoader(context.loaders).load(task.id);
    const units = await this.organization.unitLoader(context.loaders).loadMany(ids);
    return units.filter((u): u is Unit => u !== null && !(u instanceof Error));
  }

  @ResolveField(() => TaskStatusEnum)
  async status(@Parent() task: Task, @Context() context: RequestContext): Promise<TaskStatus> {
    return (await this.progress.evaluationLoader(context.loaders).load(task)).status;
  }

  @ResolveField(() => Float)
  async percent(@Parent() task: Task, @Context() context: RequestContext): Promise<number> {
    return (await this.progress.evaluationLoader(context.loaders).load(task)).percent;
  }

  @ResolveField(() => Float)
  async plannedPercent(@Parent() task: Task, @Context() context: RequestContext): Promise<number> {
    return (await this.progress.evaluationLoader(context.loaders).load(task)).plannedPercent;
  }

  @ResolveField(() => Boolean)
  async completedLate(@Parent() task: Task, @Context() context: RequestContext): Promise<boolean> {
    return (await this.progress.evaluationLoader(context.loaders).load(task)).completedLate;
  }

  @ResolveField(() => [String])
  async missedWeeks(@Parent() task: Task, @Context() context: RequestContext): Promise<string[]> {
    return (await this.progress.evaluationLoader(context.loaders).load(task)).missedWeeks;
  }

  @ResolveField(() => Float, { nullable: true })
  async currentValue(@Parent() task: Task, @Context() context: RequestContext): Promise<number | null> {
    return (await this.progress.evaluationLoader(context.loaders).load(task)).currentValue;
  }

  @ResolveField(() => [ProgressUpdateModel])
  async updates(@Parent() task: Task, @Context() context: RequestContext): Promise<ProgressUpdate[]> {
    const { updates } = await this.progress.progressLoader(context.loaders).load(task.id);
    return [...updates].reverse();
  }

  @ResolveField(() => [WeeklyPlanEntryModel])
  async weeklyPlan(
    @Parent() task: Task,
    @Context() context: RequestContext,
  ): Promise<WeeklyPlanEntryModel[]> {
    return (await this.progress.progressLoader(context.loaders).load(task.id)).plan;
  }

  @ResolveField(() => [TaskInstructionModel])
  instructions(@Parent() task: Task, @Context() context: RequestContext): Promise<TaskInstruction[]> {
    return this.taskService.instructionsLoader(context.loaders).load(task.id);
  }
}

/** Authors of updates and instructions, batched. */
@Resolver(() => ProgressUpdateModel)
export class ProgressUpdateResolver {
  constructor(
    private readonly users: UserService,
    private readonly files: FileService,
  ) {}

  @ResolveField(() => UserModel)
  async author(@Parent() update: ProgressUpdate, @Context() context: RequestContext): Promise<User> {
    return (await this.users.userLoader(context.loaders).load(update.authorId))!;
  }

  @ResolveField(() => [StoredFileModel])
  attachments(@Parent() update: ProgressUpdate, @Context() context: RequestContext): Promise<StoredFile[]> {
    return this.files.attachmentsLoader(context.loaders, 'ProgressUpdate').load(update.id);
  }
}

@Resolver(() => TaskInstructionModel)
export class TaskInstructionResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField(() => UserModel)
  async author(@Parent() instruction: TaskInstruction, @Context() context: RequestContext): Promise<User> {
    return (await this.users.userLoader(context.loaders).load(instruction.authorId))!;
  }
}
