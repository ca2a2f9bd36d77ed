import { Args, Context, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AssignmentEvaluation, TaskStatus } from '@lvze/domain';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { StoredFileModel } from '../file/dto/stored-file.model.js';
import { FileService } from '../file/file.service.js';
import type { StoredFile } from '../file/stored-file.entity.js';
import { UnitModel } from '../organization/dto/unit.model.js';
import { OrganizationService } from '../organization/organization.service.js';
import type { Unit } from '../organization/unit.entity.js';
import { TaskStatusEnum } from '../task/dto/task.model.js';
import { UserModel } from '../user/dto/user.model.js';
import type { User } from '../user/user.entity.js';
import { UserService } from '../user/user.service.js';
import { AssignmentProgressService, rejectedUpdateIds } from './assignment-progress.service.js';
import type { Assignment, AssignmentReview, AssignmentUpdate } from './assignment.entity.js';
import { AssignmentService } from './assignment.service.js';
import {
  AssignItemResultModel,
  AssignmentModel,
  AssignmentPeriodModel,
  AssignmentReviewModel,
  AssignmentUpdateModel,
  ResponsibilityMatrixModel,
} from './dto/assignment.model.js';
import {
  AssignItemInput,
  AssignmentsArgs,
  ResponsibilityMatrixArgs,
  ReviewAssignmentUpdateInput,
  UpdateAssignmentInput,
} from './dto/responsibility.inputs.js';
import { ResponsibilityItemModel } from './dto/responsibility.model.js';
import type { ResponsibilityItem } from './responsibility.entity.js';
import { RESPONSIBILITY_READERS } from './responsibility.resolver.js';
import { ResponsibilityService } from './responsibility.service.js';

@Resolver(() => AssignmentModel)
export class AssignmentResolver {
  constructor(
    private readonly assignmentService: AssignmentService,
    private readonly responsibilities: ResponsibilityService,
    private readonly progress: AssignmentProgressService,
    private readonly organization: OrganizationService,
  ) {}

  @Query(() => [AssignmentModel], {
    description:
      'Assignments of the current campaign (or campaignId), filtered; a REPORTER sees their unit’s only.',
  })
  @Roles(...RESPONSIBILITY_READERS)
  assignments(
    @CurrentUser() user: AuthUser,
    @Args() args: AssignmentsArgs,
    @Context() context: RequestContext,
  ): Promise<Assignment[]> {
    return this.assignmentService.list(user, args, context.loaders);
  }

  @Query(() => AssignmentModel, {
    nullable: true,
    description: 'One assignment; FORBIDDEN for a reporter of another unit.',
  })
  @Roles(...RESPONSIBILITY_READERS)
  assignment(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<Assignment> {
    return this.assignmentService.get(user, id);
  }

  @Query(() => ResponsibilityMatrixModel, {
    description:
      'Items × units with each assignment’s current status, in a fixed number of queries; a REPORTER sees their unit’s column only.',
  })
  @Roles(...RESPONSIBILITY_READERS)
  responsibilityMatrix(
    @CurrentUser() user: AuthUser,
    @Args() args: ResponsibilityMatrixArgs,
    @Context() context: RequestContext,
  ) {
    return this.assignmentService.matrix(user, args, context.loaders);
  }

  @Mutation(() => AssignmentModel, {
    description:
      'Reports progress on an assignment’s period (default: current). A REPORTER of its unit, or STAFF. Appends an update; history is never overwritten.',
  })
  @Roles('STAFF', 'REPORTER')
  updateAssignment(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateAssignmentInput,
  ): Promise<Assignment> {
    return this.assignmentService.update(actor, input);
  }

  @Mutation(() => AssignmentModel, {
    description:
      'Reviews an update’s evidence. STAFF. "Insufficient" (sufficient: false, with a comment) reopens the period: the update’s percent stops counting until the unit files a new one.',
  })
  @Roles('STAFF')
  reviewAssignmentUpdate(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: ReviewAssignmentUpdateInput,
  ): Promise<Assignment> {
    return this.assignmentService.review(actor, input);
  }

  @Mutation(() => AssignItemResultModel, {
    description:
      'Assigns an item to units in bulk (by kind, tag, functional departments or by hand). STAFF. Idempotent.',
  })
  @Roles('STAFF')
  assignItem(@CurrentUser() actor: AuthUser, @Args('input') input: AssignItemInput) {
    return this.responsibilities.assignItem(actor, input);
  }

  @ResolveField(() => ResponsibilityItemModel)
  async item(
    @Parent() assignment: Assignment,
    @Context() context: RequestContext,
  ): Promise<ResponsibilityItem> {
    return (await this.progress.itemLoader(context.loaders).load(assignment.itemId))!;
  }

  @ResolveField(() => UnitModel)
  async unit(@Parent() assignment: Assignment, @Context() context: RequestContext): Promise<Unit> {
    return (await this.organization.unitLoader(context.loaders).load(assignment.unitId))!;
  }

  @ResolveField(() => TaskStatusEnum)
  async status(@Parent() assignment: Assignment, @Context() context: RequestContext): Promise<TaskStatus> {
    return (await this.evaluation(assignment, context)).status;
  }

  @ResolveField(() => Float)
  async percent(@Parent() assignment: Assignment, @Context() context: RequestContext): Promise<number> {
    return (await this.evaluation(assignment, context)).percent;
  }

  @ResolveField(() => Float)
  async plannedPercent(
    @Parent() assignment: Assignment,
    @Context() context: RequestContext,
  ): Promise<number> {
    return (await this.evaluation(assignment, context)).plannedPercent;
  }

  @ResolveField(() => DateScalar, { nullable: true })
  async dueOn(@Parent() assignment: Assignment, @Context() context: RequestContext): Promise<string> {
    return (await this.evaluation(assignment, context)).dueOn;
  }

  @ResolveField(() => String)
  async currentPeriod(@Parent() assignment: Assignment, @Context() context: RequestContext): Promise<string> {
    return (await this.evaluation(assignment, context)).period;
  }

  @ResolveField(() => DateScalar)
  async periodStartsOn(
    @Parent() assignment: Assignment,
    @Context() context: RequestContext,
  ): Promise<string> {
    return (await this.evaluation(assignment, context)).startsOn;
  }

  @ResolveField(() => Boolean)
  async completedLate(
    @Parent() assignment: Assignment,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    return (await this.evaluation(assignment, context)).completedLate;
  }

  @ResolveField(() => Boolean)
  async reopened(@Parent() assignment: Assignment, @Context() context: RequestContext): Promise<boolean> {
    return (await this.evaluation(assignment, context)).reopened;
  }

  @ResolveField(() => [String])
  async missedWeeks(@Parent() assignment: Assignment, @Context() context: RequestContext): Promise<string[]> {
    return (await this.evaluation(assignment, context)).missedWeeks;
  }

  @ResolveField(() => [AssignmentPeriodModel])
  periods(
    @Parent() assignment: Assignment,
    @Context() context: RequestContext,
  ): Promise<AssignmentEvaluation[]> {
    return this.progress.periodsOf(assignment, context.loaders);
  }

  @ResolveField(() => [AssignmentUpdateModel])
  async updates(
    @Parent() assignment: Assignment,
    @Context() context: RequestContext,
  ): Promise<AssignmentUpdate[]> {
    return [...(await this.progress.updatesLoader(context.loaders).load(assignment.id))].reverse();
  }

  @ResolveField(() => [AssignmentReviewModel])
  async reviews(
    @Parent() assignment: Assignment,
    @Context() context: RequestContext,
  ): Promise<AssignmentReview[]> {
    return [...(await this.progress.reviewsLoader(context.loaders).load(assignment.id))].reverse();
  }

  private evaluation(assignment: Assignment, context: RequestContext): Promise<AssignmentEvaluation> {
    return this.progress.evaluationLoader(context.loaders).load(assignment);
  }
}

/** Authors, evidence and reviews of updates, batched per request. */
@Resolver(() => AssignmentUpdateModel)
export class AssignmentUpdateResolver {
  constructor(
    private readonly users: UserService,
    private readonly files: FileService,
    private readonly progress: AssignmentProgressService,
  ) {}

  @ResolveField(() => UserModel)
  async author(@Parent() update: AssignmentUpdate, @Context() context: RequestContext): Promise<User> {
    return (await this.users.userLoader(context.loaders).load(update.authorId))!;
  }

  @ResolveField(() => [StoredFileModel])
  attachments(@Parent() update: AssignmentUpdate, @Context() context: RequestContext): Promise<StoredFile[]> {
    return this.files.attachmentsLoader(context.loaders, 'AssignmentUpdate').load(update.id);
  }

  @ResolveField(() => AssignmentReviewModel, { nullable: true })
  async review(
    @Parent() update: AssignmentUpdate,
    @Context() context: RequestContext,
  ): Promise<AssignmentReview | null> {
    const reviews = await this.progress.reviewsLoader(context.loaders).load(update.assignmentId);
    return reviews.filter((r) => r.updateId === update.id).at(-1) ?? null;
  }

  @ResolveField(() => Boolean)
  async rejected(@Parent() update: AssignmentUpdate, @Context() context: RequestContext): Promise<boolean> {
    const reviews = await this.progress.reviewsLoader(context.loaders).load(update.assignmentId);
    return rejectedUpdateIds(reviews).has(update.id);
  }
}

@Resolver(() => AssignmentReviewModel)
export class AssignmentReviewResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField(() => UserModel)
  async reviewer(@Parent() review: AssignmentReview, @Context() context: RequestContext): Promise<User> {
    return (await this.users.userLoader(context.loaders).load(review.reviewerId))!;
  }
}
