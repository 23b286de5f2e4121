import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A volunteer coordinator's organisation, by the coordinator's user id (the token subject).
 * The organisation keeps its own staff roster here, beside its companions, so the token and the
 * passport stay as they are; a coordinator without a row sees no organisation's volunteers.
 */
@Entity('volunteer_coordinator')
export class VolunteerCoordinator {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  organisation: string;
}
