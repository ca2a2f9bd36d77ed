import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { AnyRole, CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { UnitModel } from '../organization/dto/unit.model.js';
import { OrganizationService } from '../organization/organization.service.js';
import type { Unit } from '../organization/unit.entity.js';
import { CreateUserInput, UpdateUserInput } from './dto/user.inputs.js';
import { UserModel } from './dto/user.model.js';
import type { User } from './user.entity.js';
import { UserService } from './user.service.js';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly organization: OrganizationService,
  ) {}

  @Query(() => UserModel, { description: 'The signed-in user.' })
  @AnyRole()
  async me(@CurrentUser() actor: AuthUser): Promise<User> {
    return (await this.userService.findById(actor.id))!;
  }

  @Query(() => [UserModel], { description: 'Every account. ADMIN.' })
  @Roles('ADMIN')
  users(): Promise<User[]> {
    return this.userService.list();
  }

  @Mutation(() => UserModel, { description: 'Creates an account. ADMIN.' })
  @Roles('ADMIN')
  createUser(@CurrentUser() actor: AuthUser, @Args('input') input: CreateUserInput): Promise<User> {
    return this.userService.create(actor, input);
  }

  @Mutation(() => UserModel, {
    description: 'Edits name, roles or unit; a role or unit change ends sessions. ADMIN.',
  })
  @Roles('ADMIN')
  updateUser(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.userService.update(actor, input);
  }

  @Mutation(() => UserModel, {
    description: 'Disables (ending every session) or re-enables an account. ADMIN.',
  })
  @Roles('ADMIN')
  setUserDisabled(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('disabled') disabled: boolean,
  ): Promise<User> {
    return this.userService.setDisabled(actor, id, disabled);
  }

  @Mutation(() => UserModel, {
    description: 'Sets a new password, unlocks the account and ends its sessions. ADMIN.',
  })
  @Roles('ADMIN')
  resetUserPassword(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('password') password: string,
  ): Promise<User> {
    return this.userService.resetPassword(actor, id, password);
  }

  @Mutation(() => Boolean, { description: 'Changes the signed-in user’s own password.' })
  @AnyRole()
  async changePassword(
    @CurrentUser() actor: AuthUser,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    await this.userService.changeOwnPassword(actor, currentPassword, newPassword);
    return true;
  }

  @ResolveField(() => UnitModel, { nullable: true })
  unit(@Parent() user: User, @Context() context: RequestContext): Promise<Unit | null> | null {
    return user.unitId ? this.organization.unitLoader(context.loaders).load(user.unitId) : null;
  }
}
