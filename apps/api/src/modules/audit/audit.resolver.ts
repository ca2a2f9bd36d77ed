import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { Roles } from '../auth/auth.decorators.js';
import { UserModel } from '../user/dto/user.model.js';
import type { User } from '../user/user.entity.js';
import { UserService } from '../user/user.service.js';
import type { AuditEvent } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { AuditEventModel, AuditEventsArgs, AuditFilterOptionsModel } from './dto/audit-event.model.js';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UserService,
  ) {}

  @Query(() => [AuditEventModel], { description: 'The audit trail, newest first. AUDITOR and ADMIN only.' })
  @Roles('AUDITOR', 'ADMIN')
  auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEvent[]> {
    return this.audit.list({ ...args, limit: args.limit ?? 100 });
  }

  @Query(() => AuditFilterOptionsModel, {
    description: 'The actions and record kinds in the audit trail. AUDITOR and ADMIN only.',
  })
  @Roles('AUDITOR', 'ADMIN')
  async auditFilterOptions(@Context() context: RequestContext): Promise<AuditFilterOptionsModel> {
    const { actorIds, ...options } = await this.audit.filterOptions();
    const actors = await this.users.userLoader(context.loaders).loadMany(actorIds);
    return { ...options, actors: actors.filter((u): u is User => Boolean(u) && !(u instanceof Error)) };
  }

  @ResolveField(() => UserModel, { nullable: true })
  actor(@Parent() event: AuditEvent, @Context() context: RequestContext): Promise<User | null> | null {
    return event.actorId ? this.users.userLoader(context.loaders).load(event.actorId) : null;
  }
}
