import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateOnlyColumn, JsonColumn, RowVersionColumn } from '../../core/database/columns.js';

/** Thresholds of domain.md, editable per campaign. */
export interface CampaignSettings {
  atRiskPoints: number;
  slippedPoints: number;
  dueSoonWorkingDays: number;
  dueSoonBelowPercent: number;
}

export const DEFAULT_CAMPAIGN_SETTINGS: CampaignSettings = {
  atRiskPoints: 10,
  slippedPoints: 25,
  dueSoonWorkingDays: 3,
  dueSoonBelowPercent: 80,
};

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
