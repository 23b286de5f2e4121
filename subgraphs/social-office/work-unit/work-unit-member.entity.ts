import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A family worker's unit, and whether they lead it: a lead sees the deadlines of the whole unit's assessments.
 * Kept small on purpose: one unit per worker, keyed by the worker's user id (the token's `sub`).
 */
@Entity('work_unit_member')
export class WorkUnitMember {
  @PrimaryColumn({ type: 'uuid' })
  workerId: string;

  @Index('IDX_work_unit_member_unit')
  @Column({ type: 'varchar', length: 80 })
  unit: string;

  @Column({ type: 'boolean', default: false })
  lead: boolean;
}
