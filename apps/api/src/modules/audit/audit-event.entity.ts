import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn, IdColumn, JsonColumn } from '../../core/database/columns.js';

/** Who changed what, when, from what to what: written in the same transaction as the change. */
@Entity()
@Index(['entity', 'at'])
@Index(['action', 'at'])
export class AuditEvent {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index()
  @IdColumn({ nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 64 })
  entity: string;

  @Index()
  @IdColumn()
  entityId: string;

  @Index()
  @DateTimeColumn()
  at: Date;

  @JsonColumn({ nullable: true })
  before: Record<string, unknown> | null;

  @JsonColumn({ nullable: true })
  after: Record<string, unknown> | null;
}
