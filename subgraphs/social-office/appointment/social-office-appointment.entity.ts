import { Column, Entity, Index, ManyToOne, type Relation } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { FamilyBooking } from '../../kit/booking';
import { CaseWorker, SocialOffice } from './social-office.entity';

@Entity('social_office_appointment')
@Index(['familyId', 'startsAt'])
@ObjectType({ description: 'An appointment at the social office.' })
export class SocialOfficeAppointment extends FamilyBooking {
  @Column({ type: 'uuid' })
  officeId: string;

  @ManyToOne(() => SocialOffice)
  @Field(() => SocialOffice, { description: 'The social office where the meeting takes place.' })
  office: Relation<SocialOffice>;

  @Column({ type: 'uuid' })
  caseWorkerId: string;

  @ManyToOne(() => CaseWorker)
  @Field(() => CaseWorker, { description: 'The social or family worker who meets the family.' })
  caseWorker: Relation<CaseWorker>;

  /** What the meeting is about can reveal the family's situation, so it is a case note, not a booking detail. */
  @Column({ type: 'varchar', length: 120 })
  @Directive('@category(name: "notes")')
  @Field(() => String, {
    nullable: true,
    description: 'What the meeting is about, e.g. "Service plan meeting"; null with a FORBIDDEN error without the `notes` grant.',
  })
  purpose: string;
}
