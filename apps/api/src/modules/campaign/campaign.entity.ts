import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { type AlertThresholds, DEFAULT_ALERT_THRESHOLDS } from '@lvze/domain';
import { DateOnlyColumn, JsonColumn, RowVersionColumn } from '../../core/database/columns.js';

/** Thresholds and escalation delays of domain.md, editable per campaign. */
export type CampaignSettings = AlertThresholds;

export const DEFAULT_CAMPAIGN_SETTINGS: CampaignSettings = { ...DEFAULT_ALERT_THRESHOLDS };

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

  /** Read whole: a setting stored before it existed takes domain.md's default, for every reader. */
  @JsonColumn({
    transformer: {
      from: (stored: Partial<CampaignSettings> | null): CampaignSettings => ({
        ...DEFAULT_ALERT_THRESHOLDS,
        ...stored,
      }),
      to: (settings: CampaignSettings) => settings,
    },
  })
  settings: CampaignSettings;

  @RowVersionColumn()
  version: number;
}
