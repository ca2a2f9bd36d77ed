import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { UnitModel } from '../organization/dto/unit.model.js';
import { OrganizationService } from '../organization/organization.service.js';
import type { Unit } from '../organization/unit.entity.js';
import { UserModel } from '../user/dto/user.model.js';
import type { User } from '../user/user.entity.js';
import { UserService } from '../user/user.service.js';
import type { ContactPoint } from './contact-point.entity.js';
import { ContactPointService } from './contact-point.service.js';
import { ContactCoverageModel, ContactPointModel } from './dto/contact-point.model.js';

@Resolver(() => ContactPointModel)
export class ContactPointResolver {
  constructor(
    private readonly contacts: ContactPointService,
    private readonly users: UserService,
    private readonly organization: OrganizationService,
  ) {}

  @Query(() => [ContactPointModel], {
    description: 'Every leader–county contact point (联系点). STAFF, LEADER.',
  })
  @Roles('STAFF', 'LEADER')
  contactPoints(): Promise<ContactPoint[]> {
    return this.contacts.list();
  }

  @Query(() => [ContactCoverageModel], {
    description:
      'Each county in a quarter: its contact leaders and whether the quarter’s contact record is filed. STAFF, LEADER.',
  })
  @Roles('STAFF', 'LEADER')
  contactCoverage(
    @Args('quarter', { description: 'e.g. 2026-Q3.' }) quarter: string,
    @Args('templateId', {
      type: () => ID,
      nullable: true,
      description: 'Defaults to the quarterly template filed by contact leaders.',
    })
    templateId?: string,
  ) {
    return this.contacts.coverage(quarter, templateId ?? undefined);
  }

  @Mutation(() => [ContactPointModel], {
    description: 'Links a leader to exactly these counties (others are unlinked). STAFF.',
  })
  @Roles('STAFF')
  setContactPoints(
    @CurrentUser() actor: AuthUser,
    @Args('leaderId', { type: () => ID }) leaderId: string,
    @Args('unitIds', { type: () => [ID] }) unitIds: string[],
  ): Promise<ContactPoint[]> {
    return this.contacts.setForLeader(actor, leaderId, unitIds);
  }

  @ResolveField(() => UserModel)
  async leader(@Parent() c: ContactPoint, @Context() context: RequestContext): Promise<User> {
    return (await this.users.userLoader(context.loaders).load(c.leaderId))!;
  }

  @ResolveField(() => UnitModel)
  async unit(@Parent() c: ContactPoint, @Context() context: RequestContext): Promise<Unit> {
    return (await this.organization.unitLoader(context.loaders).load(c.unitId))!;
  }
}
