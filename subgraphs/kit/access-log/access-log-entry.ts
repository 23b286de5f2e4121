import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One use or disclosure of a family's data (Act 703/2023). Ids and categories only, never the data itself. */
@Entity('access_log')
@Index(['familyId', 'at'])
export class AccessLogEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'varchar', length: 64 })
  viewerId: string;

  @Column({ type: 'varchar', length: 40 })
  viewerRole: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 40 })
  category: string;

  /** `read`, `write`, or `disclose` when the viewer is a partner organisation. */
  @Column({ type: 'varchar', length: 10 })
  operation: string;

  @Column({ type: 'varchar', length: 40 })
  basis: string;

  @Column({ type: 'varchar', length: 80 })
  basisRef: string;

  @Column({ type: 'varchar', length: 40 })
  service: string;

  @Column({ type: 'varchar', length: 64 })
  requestId: string;

  @Column({ type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
