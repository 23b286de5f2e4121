import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';

@Entity('companion')
@ObjectType({ description: 'A trained volunteer who walks alongside one or a few families (rinnallakulkija).' })
export class Companion {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The companion's id." })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: "The companion's first name, as the family knows them." })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: "The companion's last name." })
  lastName: string;

  @Column({ type: 'varchar', length: 16 })
  @Field({ description: 'E.164.' })
  phone: string;

  @Column({ type: 'varchar', length: 120 })
  @Field({ description: 'The volunteer organisation that trains and supervises the companion.' })
  organisation: string;
}

@Entity('companion_assignment')
@Index(['companionId'])
@Index(['familyId'])
@ObjectType({ description: 'A companion walking alongside a family for a period.' })
export class CompanionAssignment {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The assignment's id." })
  id: string;

  @Column({ type: 'uuid' })
  companionId: string;

  @ManyToOne(() => Companion)
  @Field(() => Companion, { description: 'The companion who walks alongside the family.' })
  companion: Relation<Companion>;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The first day of the companionship.' })
  startsOn: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day of the companionship; null while it goes on.' })
  endsOn: string | null;
}
