import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { Availability, CompanionshipNeed } from '../matching/ranking';

export enum ReferralStatus {
  OPEN = 'OPEN',
  MATCHED = 'MATCHED',
}
registerEnumType(ReferralStatus, {
  name: 'CompanionReferralStatus',
  description: 'Whether a referred family still waits for a companion.',
  valuesConfig: {
    OPEN: { description: 'Waiting for a companion: a coordinator looks for candidates.' },
    MATCHED: { description: 'A guardian consented to a proposed companion.' },
  },
});

@Entity('companion_referral')
@Index('IDX_companion_referral_family', ['familyId'])
@Index('IDX_companion_referral_status', ['status', 'referredOn'])
@ObjectType({ description: 'A family worker refers a family to companionship: what the family needs from a companion.' })
export class CompanionReferral {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The referral's id." })
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'uuid' })
  referredBy: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day the family was referred.' })
  referredOn: string;

  @Column({ type: 'varchar', array: true })
  @Field(() => [String], { description: 'Languages the family speaks, ISO 639-1 codes.' })
  languages: string[];

  @Column({ type: 'varchar', length: 60 })
  @Field({ description: 'The part of the municipality the family lives in.' })
  area: string;

  @Column({ type: 'varchar', array: true })
  @Field(() => [Availability], { description: 'When the family would like to meet.' })
  availability: string[];

  @Column({ type: 'varchar', array: true })
  @Field(() => [CompanionshipNeed], { description: 'What the family needs support with.' })
  needs: string[];

  @Column({ type: 'varchar', length: 10, default: ReferralStatus.OPEN })
  @Field(() => ReferralStatus, { description: 'Open until a guardian consents to a proposed companion.' })
  status: ReferralStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
