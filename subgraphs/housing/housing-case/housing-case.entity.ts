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
registerEnumType(HousingAlertType, { name: 'HousingAlertType', description: "What the landlord's alert was about." });
registerEnumType(HousingOutcome, { name: 'HousingOutcome', description: 'Whether the tenant kept the home.' });

@Entity('housing_case')
@Index(['familyId'])
@Index('UQ_housing_case_open_per_family', ['familyId'], { unique: true, where: '"outcome" IS NULL' }) // one open case per family
@ObjectType({ description: "A housing counsellor's case opened from a landlord's alert, to prevent an eviction." })
export class HousingCase {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => HousingAlertType)
  alertType: HousingAlertType;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  openedOn: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  @Field(() => HousingOutcome, { nullable: true, description: 'Null while the case is open.' })
  outcome: HousingOutcome | null;

  @VersionColumn()
  version: number;
}
