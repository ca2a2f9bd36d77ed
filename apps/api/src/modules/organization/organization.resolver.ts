import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { AnyRole, CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CreateUnitInput, UnitsArgs, UpdateUnitInput } from './dto/unit.inputs.js';
import { UnitModel } from './dto/unit.model.js';
import { OrganizationService } from './organization.service.js';
import type { Unit } from './unit.entity.js';

@Resolver(() => UnitModel)
export class OrganizationResolver {
  constructor(private readonly organization: OrganizationService) {}

  @Query(() => [UnitModel], { description: 'Units, optionally of one kind, in display order.' })
  @AnyRole()
  units(@Args() args: UnitsArgs): Promise<Unit[]> {
    return this.organization.list(args.kind);
  }

  @Mutation(() => UnitModel, { description: 'Adds a unit. ADMIN.' })
  @Roles('ADMIN')
  createUnit(@CurrentUser() actor: AuthUser, @Args('input') input: CreateUnitInput): Promise<Unit> {
    return this.organization.create(actor, input);
  }

  @Mutation(() => UnitModel, {
    description: 'Edits a unit; CONFLICT when someone else changed it first. ADMIN.',
  })
  @Roles('ADMIN')
  updateUnit(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateUnitInput): Promise<Unit> {
    return this.organization.update(actor, input);
  }

  @ResolveField(() => UnitModel, { nullable: true })
  parent(@Parent() unit: Unit, @Context() context: RequestContext): Promise<Unit | null> | null {
    return unit.parentId ? this.organization.unitLoader(context.loaders).load(unit.parentId) : null;
  }
}
