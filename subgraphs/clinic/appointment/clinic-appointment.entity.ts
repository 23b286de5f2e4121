import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AgendaStatus } from '../../kit/agenda';
import { Clinic } from './clinic.entity';

@Entity('clinic_appointment')
@Index(['familyId', 'startsAt'])
@ObjectType({ description: 'A clinic appointment, shaped after HL7 FHIR Appointment. Holds no diagnosis.' })
export class ClinicAppointment {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The family member the appointment is for (a `Person` in the families subgraph).' })
  personId: string;

  @Column({ type: 'uuid' })
  clinicId: string;

  @ManyToOne(() => Clinic)
  @Field(() => Clinic)
  clinic: Relation<Clinic>;

  @Column({ type: 'varchar', length: 80 })
  @Directive('@category(name: "bookings")')
  @Field({ description: 'The kind of visit, e.g. "Vaccination".' })
  serviceType: string;

  @Column({ type: 'timestamptz' })
  @Field(() => Date)
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  @Field(() => Date)
  endsAt: Date;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => AgendaStatus)
  status: AgendaStatus;

  @VersionColumn()
  version: number;
}
