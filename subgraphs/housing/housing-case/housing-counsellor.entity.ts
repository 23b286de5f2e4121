import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A housing counsellor of a municipality: new cases are assigned to the one with the fewest open cases. */
@Entity('housing_counsellor')
@Index('IDX_housing_counsellor_municipality', ['municipality'])
export class HousingCounsellor {
  /** The counsellor's user id (token subject). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  userId: string;

  @Column({ type: 'varchar', length: 80 })
  municipality: string;
}
