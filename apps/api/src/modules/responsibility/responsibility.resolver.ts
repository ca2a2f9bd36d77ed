import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AssignmentProgressService } from './assignment-progress.service.js';
import {
  CreateResponsibilityItemInput,
  CreateResponsibilityListInput,
  ResponsibilityListsArgs,
  UpdateResponsibilityItemInput,
  UpdateResponsibilityListInput,
} from './dto/responsibility.inputs.js';
import { ResponsibilityItemModel, ResponsibilityListModel } from './dto/responsibility.model.js';
import type { ResponsibilityItem, ResponsibilityList } from './responsibility.entity.js';
import { ResponsibilityService } from './responsibility.service.js';

export const RESPONSIBILITY_READERS = ['STAFF', 'LEADER', 'REPORTER'] as const;

@Resolver(() => ResponsibilityListModel)
export class ResponsibilityListResolver {
  constructor(private readonly responsibilities: ResponsibilityService) {}

  @Query(() => [ResponsibilityListModel], {
    description: 'The responsibility lists (责任清单) of a campaign (default: current), in order.',
  })
  @Roles(...RESPONSIBILITY_READERS)
  responsibilityLists(@Args() args: ResponsibilityListsArgs): Promise<ResponsibilityList[]> {
    return this.responsibilities.lists(args);
  }

  @Mutation(() => ResponsibilityListModel, {
    description: 'Adds a list at the end of the campaign’s lists. STAFF.',
  })
  @Roles('STAFF')
  createResponsibilityList(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CreateResponsibilityListInput,
  ): Promise<ResponsibilityList> {
    return this.responsibilities.createList(actor, input);
  }

  @Mutation(() => ResponsibilityListModel, {
    description: 'Renames a list; CONFLICT when someone else changed it first. STAFF.',
  })
  @Roles('STAFF')
  updateResponsibilityList(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateResponsibilityListInput,
  ): Promise<ResponsibilityList> {
    return this.responsibilities.updateList(actor, input);
  }

  @ResolveField(() => [ResponsibilityItemModel])
  items(
    @Parent() list: ResponsibilityList,
    @Context() context: RequestContext,
  ): Promise<ResponsibilityItem[]> {
    return this.responsibilities.itemsLoader(context.loaders).load(list.id);
  }
}

@Resolver(() => ResponsibilityItemModel)
export class ResponsibilityItemResolver {
  constructor(
    private readonly responsibilities: ResponsibilityService,
    private readonly progress: AssignmentProgressService,
  ) {}

  @Mutation(() => ResponsibilityItemModel, { description: 'Adds an item at the end of a list. STAFF.' })
  @Roles('STAFF')
  createResponsibilityItem(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CreateResponsibilityItemInput,
  ): Promise<ResponsibilityItem> {
    return this.responsibilities.createItem(actor, input);
  }

  @Mutation(() => ResponsibilityItemModel, {
    description: 'Edits an item; CONFLICT when someone else changed it first. STAFF.',
  })
  @Roles('STAFF')
  updateResponsibilityItem(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateResponsibilityItemInput,
  ): Promise<ResponsibilityItem> {
    return this.responsibilities.updateItem(actor, input);
  }

  @ResolveField(() => ResponsibilityListModel)
  async list(
    @Parent() item: ResponsibilityItem,
    @Context() context: RequestContext,
  ): Promise<ResponsibilityList> {
    return (await this.progress.listLoader(context.loaders).load(item.listId))!;
  }

  @ResolveField(() => Int)
  assignmentCount(@Parent() item: ResponsibilityItem, @Context() context: RequestContext): Promise<number> {
    return this.responsibilities.assignmentCountLoader(context.loaders).load(item.id);
  }
}
