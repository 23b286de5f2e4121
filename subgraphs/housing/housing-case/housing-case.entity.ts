import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';

export enum HousingAlertType {
  RENT_ARREARS = 'RENT_ARREARS',
  DISTURBANCE = 'DISTURBANCE',
}
export enum HousingOutcome {
  KEPT = 'KEPT',
  LOST = 'LOST',
  UNRESOLVED = 'UNRESOLVED',
}
registerEnumType(HousingAlertType, {
  name: 'HousingAlertType',
  description: "What the landlord's alert was about.",
  valuesConfig: {
    RENT_ARREARS: { description: 'Unpaid rent has built up; the alert gives the amount in `arrearsEuros`.' },
    DISTURBANCE: { description: 'The landlord has given a disturbance warning.' },
  },
});
registerEnumType(HousingOutcome, {
  name: 'HousingOutcome',
  description: 'Whether the tenant kept the home.',
  valuesConfig: {
    KEPT: { description: 'The tenant kept the home.' },
    LOST: { description: 'The tenant lost the home (evicted or moved out).' },
    UNRESOLVED: { description: 'The case was closed without a known outcome.' },
  },
});

@Entity('housing_case')
@Index(['familyId'])
@Index('UQ_housing_case_open_per_family', ['familyId'], { unique: true, where: '"outcome" IS NULL' }) // one open case per family
@ObjectType({ description: "A housing counsellor's case opened from a landlord's alert, to prevent an eviction." })
export class HousingCase {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The case's id in housing." })
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => HousingAlertType, { description: "What the landlord's alert that opened the case was about." })
  alertType: HousingAlertType;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day the case was opened, in Finnish local time.' })
  openedOn: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  @Field(() => HousingOutcome, { nullable: true, description: 'Null while the case is open.' })
  outcome: HousingOutcome | null;

  @VersionColumn()
  version: number;
}
