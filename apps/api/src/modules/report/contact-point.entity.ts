import { Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn, IdColumn } from '../../core/database/columns.js';

/**
 * A contact point (联系点): a leader (deputy secretary) linked to a county-level area, whose
 * quarterly supervision-contact record that leader files for the county.
 */
@Entity()
@Index(['leaderId', 'unitId'], { unique: true })
export class ContactPoint {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  leaderId: string;

  @Index()
  @IdColumn()
  unitId: string;

  @DateTimeColumn()
  createdAt: Date;
}
