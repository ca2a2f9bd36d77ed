import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, RowVersionColumn } from '../../core/database/columns.js';

export const UNIT_KINDS = ['CITY', 'COUNTY', 'MUNICIPAL_UNIT', 'COMMISSION_DEPARTMENT'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** An organisational unit; units form a tree (city → counties, municipal units, commission departments). */
@Entity()
export class Unit {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index()
  @Column({ type: 'varchar', length: 32 })
  kind: UnitKind;

  @Column({ type: 'boolean', default: false })
  isFunctionalDepartment: boolean;

  @Index()
  @IdColumn({ nullable: true })
  parentId: string | null;

  /** Free labels for bulk assignment ("poverty-county", …). */
  @Column({ type: 'simple-array', default: '' })
  tags: string[];

  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @RowVersionColumn()
  version: number;
}
