import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Which social office appointments were booked from which plan's agreed service (the appointment itself is in the agenda). */
@Entity('service_plan_booking')
export class ServicePlanBooking {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_service_plan_booking' })
  appointmentId: string;

  @Index('IDX_service_plan_booking_planId')
  @Column({ type: 'uuid' })
  planId: string;

  @Column({ type: 'uuid' })
  agreedServiceId: string;
}
