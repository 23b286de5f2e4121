import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';

export enum FollowUpStatus {
  SETTLED = 'SETTLED',
  NEEDS_SUPPORT = 'NEEDS_SUPPORT',
  AT_RISK = 'AT_RISK',
}
registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'How a resident who moved into an own tenancy is doing at a follow-up.',
  valuesConfig: {
    SETTLED: { description: 'Living independently without problems.' },
    NEEDS_SUPPORT: { description: 'Managing, with some support.' },
    AT_RISK: { description: 'The tenancy is at risk (arrears, disturbance, relapse).' },
  },
});

@Entity('housing_follow_up')
@Index('IDX_housing_follow_up_case', ['caseId', 'followedUpOn'])
@ObjectType({ description: 'A follow-up of a resident who moved from supported housing into an own tenancy.' })
export class HousingFollowUp {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The follow-up's id." })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day of the follow-up.' })
  followedUpOn: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => FollowUpStatus, { description: 'How the resident is doing.' })
  status: FollowUpStatus;
}
