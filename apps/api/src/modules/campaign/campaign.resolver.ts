import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '../../core/clock/clock.js';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { AnyRole, CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Campaign } from './campaign.entity.js';
import { CampaignService } from './campaign.service.js';
import { CampaignModel, CreateCampaignInput } from './dto/campaign.model.js';

@Resolver(() => CampaignModel)
export class CampaignResolver {
  constructor(
    private readonly campaignService: CampaignService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [CampaignModel], { description: 'Every campaign, newest first.' })
  @AnyRole()
  campaigns(): Promise<Campaign[]> {
    return this.campaignService.list();
  }

  @Query(() => CampaignModel, {
    nullable: true,
    description: 'The campaign of the current year (or the latest).',
  })
  @AnyRole()
  currentCampaign(): Promise<Campaign | null> {
    return this.campaignService.current();
  }

  @Query(() => DateTimeScalar, {
    description:
      'The server’s clock (frozen when APP_NOW is set): show “today” and countdowns relative to it.',
  })
  @AnyRole()
  serverNow(): Date {
    return this.clock.now();
  }

  @Mutation(() => CampaignModel, { description: 'Opens the campaign of a new year. ADMIN.' })
  @Roles('ADMIN')
  createCampaign(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CreateCampaignInput,
  ): Promise<Campaign> {
    return this.campaignService.create(actor, input);
  }
}
