import { Column, Entity, Index, ManyToOne, type Relation } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { FamilyBooking } from '../../kit/booking';
import { Clinic } from './clinic.entity';

@Entity('clinic_appointment')
@Index(['familyId', 'startsAt'])
@ObjectType({ description: 'A clinic appointment, shaped after HL7 FHIR Appointment. Holds no diagnosis.' })
export class ClinicAppointment extends FamilyBooking {
  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The family member the appointment is for (a `Person` in the families subgraph).' })
  personId: string;

  @Column({ type: 'uuid' })
  clinicId: string;

  @ManyToOne(() => Clinic)
  @Field(() => Clinic, { description: 'The clinic where the appointment is.' })
  clinic: Relation<Clinic>;

  /** The kind of visit tells about the person's health, so it is not a booking detail. */
  @Column({ type: 'varchar', length: 80 })
  @Directive('@category(name: "health")')
  @Field(() => String, { nullable: true, description: 'The kind of visit, e.g. "Vaccination"; null with a FORBIDDEN error without the `health` grant.' })
  serviceType: string;
}
