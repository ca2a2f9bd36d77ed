import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '../../core/clock/clock.js';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { AnyRole, CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Campaign, CampaignSettings } from './campaign.entity.js';
import { CampaignService } from './campaign.service.js';
import {
  CampaignModel,
  CampaignSettingsModel,
  CreateCampaignInput,
  UpdateCampaignSettingsInput,
} from './dto/campaign.model.js';

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

  @Mutation(() => CampaignModel, {
    description:
      'Sets the campaign’s status thresholds and escalation delays; BAD_USER_INPUT names the wrong one. STAFF, ADMIN.',
  })
  @Roles('STAFF', 'ADMIN')
  updateCampaignSettings(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateCampaignSettingsInput,
  ): Promise<Campaign> {
    return this.campaignService.updateSettings(actor, input);
  }

  @ResolveField(() => CampaignSettingsModel, { description: 'Thresholds and escalation delays in force.' })
  settings(@Parent() campaign: Campaign): CampaignSettings {
    return campaign.settings;
  }
}
