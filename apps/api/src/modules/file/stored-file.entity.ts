import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn, IdColumn } from '../../core/database/columns.js';

/** An uploaded evidence file. Unattached until the update it belongs to is saved. */
@Entity()
@Index(['ownerType', 'ownerId'])
export class StoredFile {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** What the file is evidence for, e.g. "ProgressUpdate"; null while unattached. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  ownerType: string | null;

  @IdColumn({ nullable: true })
  ownerId: string | null;

  @Column({ type: 'varchar', length: 255 })
  filename: string;

  @Column({ type: 'varchar', length: 120 })
  mimeType: string;

  @Column({ type: 'int' })
  size: number;

  /** Where the bytes are in the FileStorage. */
  @Column({ type: 'varchar', length: 100 })
  storageKey: string;

  @Index()
  @IdColumn()
  uploadedById: string;

  @DateTimeColumn()
  createdAt: Date;
}
