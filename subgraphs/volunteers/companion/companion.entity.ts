import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { Availability, CompanionshipNeed } from '../matching/ranking';
import { CompanionStage } from './lifecycle';

@Entity('companion')
@Index('IDX_companion_organisation_stage', ['organisation', 'stage'])
@Directive('@key(fields: "id")')
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

  @Column({ type: 'varchar', length: 10, default: CompanionStage.ACTIVE })
  @Field(() => CompanionStage, { description: 'Where the companion is from applying to ending; see `changeCompanionStage`.' })
  stage: CompanionStage;

  @Column({ type: 'varchar', array: true, default: '{fi}' })
  @Field(() => [String], { description: 'Languages the companion speaks, as ISO 639-1 codes, e.g. fi, sv, ar.' })
  languages: string[];

  @Column({ type: 'varchar', length: 60, default: '' })
  @Field({ description: 'The part of the municipality the companion lives in, e.g. Itäinen.' })
  area: string;

  @Column({ type: 'varchar', array: true, default: '{}' })
  @Field(() => [Availability], { description: 'When the companion can meet families.' })
  availability: string[];

  @Column({ type: 'varchar', array: true, default: '{}' })
  @Field(() => [CompanionshipNeed], { description: 'What the companion feels able to support families with.' })
  supportedNeeds: string[];

  @Column({ type: 'int', default: 3 })
  @Field(() => Int, { description: 'How many families the companion walks alongside at most at a time.' })
  maxFamilies: number;

  @VersionColumn({ default: 1 })
  version: number;
}

/** A companionship from the coordinator's proposal to its end. */
export enum AssignmentStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  ENDED = 'ENDED',
}
registerEnumType(AssignmentStatus, {
  name: 'AssignmentStatus',
  description: 'Where a companionship is: proposed to the guardian, active, declined or ended.',
  valuesConfig: {
    PROPOSED: { description: 'A coordinator proposed the companion; waiting for a guardian to consent (`grantConsent`).' },
    ACTIVE: { description: 'A guardian consented: the companion walks alongside the family.' },
    DECLINED: { description: 'Ended before it began: the guardian, companion or coordinator said no to the proposal.' },
    ENDED: { description: 'The companionship ended; `endReason` says why.' },
  },
});

/** Who ended a companionship. */
export enum EndedBy {
  COMPANION = 'COMPANION',
  GUARDIAN = 'GUARDIAN',
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(EndedBy, {
  name: 'AssignmentEndedBy',
  description: 'Which side ended a companionship.',
  valuesConfig: {
    COMPANION: { description: 'The companion.' },
    GUARDIAN: { description: 'A guardian of the family.' },
    COORDINATOR: { description: "The companion's volunteer coordinator." },
  },
});

@Entity('companion_assignment')
@Index(['companionId'])
@Index(['familyId'])
@ObjectType({ description: 'A companion walking alongside a family for a period.' })
export class CompanionAssignment {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The assignment's id; pass it to `endCompanionAssignment`." })
  id: string;

  @Column({ type: 'uuid' })
  companionId: string;

  @ManyToOne(() => Companion)
  @Field(() => Companion, { description: 'The companion who walks alongside the family.' })
  companion: Relation<Companion>;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'uuid', nullable: true })
  referralId: string | null;

  @Column({ type: 'varchar', length: 10, default: AssignmentStatus.ACTIVE })
  @Field(() => AssignmentStatus, { description: 'Proposed, active, declined or ended.' })
  status: AssignmentStatus;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The first day of the companionship (as proposed, until a guardian consents).' })
  startsOn: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day of the companionship; null while it goes on.' })
  endsOn: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  @Field(() => EndedBy, { nullable: true, description: 'Who ended or declined it; null while it goes on.' })
  endedBy: EndedBy | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it ended, in the words of whoever ended it; null while it goes on.' })
  endReason: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
