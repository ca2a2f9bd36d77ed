import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { beijingDate, validateAlertThresholds } from '@lvze/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { updateIfVersion } from '../../core/database/versioned-update.js';
import { Campaign, type CampaignSettings, DEFAULT_CAMPAIGN_SETTINGS } from './campaign.entity.js';
import type { CreateCampaignInput, UpdateCampaignSettingsInput } from './dto/campaign.model.js';

@Injectable()
export class CampaignService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<Campaign[]> {
    return this.dataSource.getRepository(Campaign).find({ order: { year: 'DESC' } });
  }

  /** The campaign of the current Beijing year, else the latest one. */
  async current(): Promise<Campaign | null> {
    const year = Number(beijingDate(this.clock.now()).slice(0, 4));
    const repo = this.dataSource.getRepository(Campaign);
    return (await repo.findOneBy({ year })) ?? (await repo.findOne({ where: {}, order: { year: 'DESC' } }));
  }

  /** The given campaign, or the current one when no id is given. */
  async resolve(campaignId?: string | null): Promise<Campaign> {
    const campaign = campaignId
      ? await this.dataSource.getRepository(Campaign).findOneBy({ id: campaignId })
      : await this.current();
    if (!campaign) throw notFound('Campaign', '专项治理工作', campaignId ?? 'current');
    return campaign;
  }

  async create(actor: AuthUser, input: CreateCampaignInput): Promise<Campaign> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Campaign, { year: input.year })) {
        throw badInput(
          'year',
          `There is already a campaign for ${input.year}.`,
          `${input.year} 年度的专项治理工作已存在。`,
        );
      }
      const campaign = manager.create(Campaign, {
        id: randomUUID(),
        name: input.name,
        year: input.year,
        startsOn: `${input.year}-01-01`,
        endsOn: `${input.year}-12-31`,
        settings: DEFAULT_CAMPAIGN_SETTINGS,
      });
      await manager.insert(Campaign, campaign);
      await this.audit.record(manager, {
        actor,
        action: 'campaign.create',
        entity: 'Campaign',
        entityId: campaign.id,
        after: campaign,
      });
      return campaign;
    });
  }

  /** New thresholds and delays, checked together; the next sweep and every status use them. */
  async updateSettings(actor: AuthUser, input: UpdateCampaignSettingsInput): Promise<Campaign> {
    const { campaignId, version, ...settings } = input;
    const [problem] = validateAlertThresholds(settings);
    if (problem) throw badInput(problem.field, problem.message, problem.messageZh);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(Campaign, { id: campaignId });
      if (!before) throw notFound('Campaign', '专项治理工作', campaignId);
      const next: CampaignSettings = { ...before.settings, ...settings };
      await updateIfVersion(
        manager,
        Campaign,
        { id: campaignId, version },
        { settings: next },
        {
          entity: 'campaign',
          entityZh: '专项治理工作',
        },
      );
      const after = await manager.findOneByOrFail(Campaign, { id: campaignId });
      await this.audit.record(manager, {
        actor,
        action: 'campaign.settings',
        entity: 'Campaign',
        entityId: campaignId,
        before: { settings: before.settings },
        after: { settings: after.settings },
      });
      return after;
    });
  }
}
