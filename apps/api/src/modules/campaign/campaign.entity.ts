import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { type AlertThresholds, DEFAULT_ALERT_THRESHOLDS } from '@lvze/domain';
import { DateOnlyColumn, JsonColumn, RowVersionColumn } from '../../core/database/columns.js';

/** Thresholds and escalation delays of domain.md, editable per campaign. */
export type CampaignSettings = AlertThresholds;

export const DEFAULT_CAMPAIGN_SETTINGS: CampaignSettings = { ...DEFAULT_ALERT_THRESHOLDS };

/** A campaign's settings; ones stored before a setting existed take domain.md's default for it. */
export const settingsOf = (campaign: Pick<Campaign, 'settings'>): CampaignSettings => ({
  ...DEFAULT_ALERT_THRESHOLDS,
  ...campaign.settings,
});

/** The year-long special campaign (专项治理); one per year, several years kept. */
@Entity()
export class Campaign {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index({ unique: true })
  @Column({ type: 'int' })
  year: number;

  @DateOnlyColumn()
  startsOn: string;

  @DateOnlyColumn()
  endsOn: string;

  @JsonColumn()
  settings: CampaignSettings;

  @RowVersionColumn()
  version: number;
}
