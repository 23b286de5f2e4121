import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';

export enum BenefitKind {
  BASIC_SOCIAL_ASSISTANCE = 'BASIC_SOCIAL_ASSISTANCE',
  SUPPLEMENTARY_SOCIAL_ASSISTANCE = 'SUPPLEMENTARY_SOCIAL_ASSISTANCE',
  PREVENTIVE_SOCIAL_ASSISTANCE = 'PREVENTIVE_SOCIAL_ASSISTANCE',
}
export enum BenefitApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  IN_REVIEW = 'IN_REVIEW',
  DECIDED = 'DECIDED',
}
registerEnumType(BenefitKind, {
  name: 'BenefitKind',
  description: 'The kind of social assistance (toimeentulotuki) a family applies for.',
  valuesConfig: {
    BASIC_SOCIAL_ASSISTANCE: {
      description: 'Basic social assistance (perustoimeentulotuki): the last-resort income support for daily living and housing costs.',
    },
    SUPPLEMENTARY_SOCIAL_ASSISTANCE: {
      description: 'Supplementary social assistance (täydentävä toimeentulotuki) for special costs the basic one does not cover.',
    },
    PREVENTIVE_SOCIAL_ASSISTANCE: {
      description: 'Preventive social assistance (ehkäisevä toimeentulotuki), e.g. to clear rent arrears; may be linked to a housing case.',
    },
  },
});
registerEnumType(BenefitApplicationStatus, {
  name: 'BenefitApplicationStatus',
  description: 'Where a benefit application is in its handling: DRAFT → SUBMITTED → IN_REVIEW → DECIDED, in that order only.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; not sent yet.' },
    SUBMITTED: { description: 'Received; no one has started on it yet.' },
    IN_REVIEW: { description: 'Being handled; the office may ask the family for more documents.' },
    DECIDED: { description: 'A decision has been made; its amounts need the `benefit-amounts` grant.' },
  },
});

@Entity('benefit_application')
@Index(['familyId'])
@ObjectType({ description: "A family's application for social assistance. Amounts live in the decision, under their own category." })
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
  @Field(() => LocalDateScalar, { description: 'The day the application was started.' })
  createdOn: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the application was submitted; null while it is a draft.' })
  submittedOn: string | null;

  /** For preventive assistance: the housing case it helps (a HousingCase id in housing). */
  @Column({ type: 'uuid', nullable: true })
  housingCaseId: string | null;

  @VersionColumn()
  @Field(() => Int, { description: 'Changes with every edit; send it back as `expectedVersion` so a concurrent edit is detected (CONFLICT).' })
  version: number;
}
