import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';

export enum HousingReferralKind {
  SUBSTANCE_USE_TREATMENT = 'SUBSTANCE_USE_TREATMENT',
  MENTAL_HEALTH_TREATMENT = 'MENTAL_HEALTH_TREATMENT',
  ACTIVATION = 'ACTIVATION',
}
registerEnumType(HousingReferralKind, {
  name: 'HousingReferralKind',
  description: 'Where a housing client was referred, once the home is safe.',
  valuesConfig: {
    SUBSTANCE_USE_TREATMENT: { description: 'Substance-use treatment.' },
    MENTAL_HEALTH_TREATMENT: { description: 'Mental-health treatment.' },
    ACTIVATION: { description: 'Low-threshold activation (rehabilitative work, group activity).' },
  },
});

@Entity('housing_referral')
@Index('IDX_housing_referral_case', ['caseId'])
@ObjectType({ description: 'A referral made within a housing case.' })
export class HousingReferral {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The referral's id." })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => HousingReferralKind, { description: 'Where the client was referred.' })
  kind: HousingReferralKind;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day of the referral.' })
  referredOn: string;
}
