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
registerEnumType(BenefitKind, { name: 'BenefitKind' });
registerEnumType(BenefitApplicationStatus, { name: 'BenefitApplicationStatus' });

@Entity('benefit_application')
@Index(['familyId'])
@ObjectType({ description: "A family's application for a benefit. Amounts live in decisions, under their own category." })
export class BenefitApplication {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => BenefitKind)
  kind: BenefitKind;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => BenefitApplicationStatus)
  status: BenefitApplicationStatus;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  submittedOn: string;

  @VersionColumn()
  version: number;
}
