import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';

export enum BenefitKind {
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  CHILD_HOME_CARE_ALLOWANCE = 'CHILD_HOME_CARE_ALLOWANCE',
  HOUSING_ALLOWANCE = 'HOUSING_ALLOWANCE',
}
export enum BenefitApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  IN_REVIEW = 'IN_REVIEW',
  DECIDED = 'DECIDED',
}
registerEnumType(BenefitKind, {
  name: 'BenefitKind',
  description: 'The benefit a family applies for.',
  valuesConfig: {
    SOCIAL_ASSISTANCE: { description: 'Social assistance (toimeentulotuki), the last-resort income support.' },
    CHILD_HOME_CARE_ALLOWANCE: { description: 'Child home care allowance (kotihoidon tuki) for a child under three cared for at home.' },
    HOUSING_ALLOWANCE: { description: 'General housing allowance (asumistuki) towards the rent.' },
  },
});
registerEnumType(BenefitApplicationStatus, {
  name: 'BenefitApplicationStatus',
  description: 'Where a benefit application is in its handling.',
  valuesConfig: {
    SUBMITTED: { description: 'Received; no one has started on it yet.' },
    IN_REVIEW: { description: 'Being handled; the office may ask the family for more documents.' },
    DECIDED: { description: 'A decision has been made; its amounts need the `benefit-amounts` grant.' },
  },
});

@Entity('benefit_application')
@Index(['familyId'])
@ObjectType({ description: "A family's application for a benefit. Amounts live in decisions, under their own category." })
export class BenefitApplication {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The application's id in benefits." })
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => BenefitKind, { description: 'Which benefit is applied for.' })
  kind: BenefitKind;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => BenefitApplicationStatus, { description: 'Where the application is in its handling.' })
  status: BenefitApplicationStatus;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day the family submitted the application.' })
  submittedOn: string;

  @VersionColumn()
  version: number;
}
