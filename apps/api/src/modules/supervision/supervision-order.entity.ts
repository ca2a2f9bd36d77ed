import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateOnlyColumn, DateTimeColumn, IdColumn } from '../../core/database/columns.js';

/**
 * A supervision order (督办单): one numbered order per accountability-level alert, whose
 * rectification is tracked as a task on the battle map. Issued once and never edited: the task
 * carries the progress, so the order needs no version.
 */
@Entity()
@Index(['year', 'serial'], { unique: true })
export class SupervisionOrder {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index()
  @IdColumn()
  campaignId: string;

  /** The year of issue (Beijing); numbers run from 1 each year. */
  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  serial: number;

  /** The document number as printed, e.g. 桂纪专督〔2026〕1号. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  number: string;

  /** One order per matter: the alert it was issued from. */
  @Index({ unique: true })
  @IdColumn()
  alertId: string;

  /** The rectification task created with the order. */
  @Index({ unique: true })
  @IdColumn()
  taskId: string;

  @Index()
  @IdColumn()
  unitId: string;

  /** The matter supervised (督办事项). */
  @Column({ type: 'varchar', length: 300 })
  matter: string;

  /** Rectification deadline (整改时限). */
  @DateOnlyColumn()
  rectifyBy: string;

  /** The responsible leader (责任领导), a LEADER user. */
  @IdColumn()
  leaderId: string;

  /** Rectification requirements (整改要求). */
  @Column({ type: 'text' })
  requirements: string;

  @IdColumn()
  issuedById: string;

  @Index()
  @DateTimeColumn()
  issuedAt: Date;
}
