import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn, IdColumn, RowVersionColumn } from '../../core/database/columns.js';

export const ROLES = ['ADMIN', 'STAFF', 'LEADER', 'REPORTER', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

@Entity({ name: 'app_user' })
export class User {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'simple-array' })
  roles: Role[];

  @Index()
  @IdColumn({ nullable: true })
  unitId: string | null;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  /** Raised when the account is disabled or its password reset: older tokens stop working. */
  @Column({ type: 'int', default: 0 })
  tokenGeneration: number;

  @Column({ type: 'int', default: 0 })
  failedLogins: number;

  @DateTimeColumn({ nullable: true })
  lockedUntil: Date | null;

  @RowVersionColumn()
  version: number;
}
