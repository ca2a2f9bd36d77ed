import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AccountabilityDecision } from '@lvze/domain';
import { DateOnlyColumn, DateTimeColumn, IdColumn, RowVersionColumn } from '../../core/database/columns.js';

/**
 * An accountability decision (问责记录): what was decided about whom in a unit, and why — usually
 * the end of an alert's ladder. Counted on the dashboard and the weekly bulletin.
 */
@Entity()
@Index(['campaignId', 'decidedOn'])
export class AccountabilityRecord {
  /** UUIDv7: sorts in recording order. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  campaignId: string;

  /** The ACCOUNTABILITY-level alert it answers; null for a decision recorded on its own. */
  @Index()
  @IdColumn({ nullable: true })
  alertId: string | null;

  @Index()
  @IdColumn()
  unitId: string;

  @Index()
  @Column({ type: 'varchar', length: 32 })
  decision: AccountabilityDecision;

  /** The persons held to account, as the decision names them (name and post). */
  @Column({ type: 'text' })
  persons: string;

  @Column({ type: 'text' })
  reason: string;

  /** Beijing date of the decision. */
  @DateOnlyColumn()
  decidedOn: string;

  @IdColumn()
  recordedById: string;

  @DateTimeColumn()
  recordedAt: Date;

  @RowVersionColumn()
  version: number;
}
