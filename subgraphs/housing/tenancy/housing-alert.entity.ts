import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { HousingAlertType, HousingCase } from '../housing-case/housing-case.entity';
import { Tenancy } from './tenancy.entity';

export enum DisturbanceKind {
  NOISE = 'NOISE',
  PROPERTY_DAMAGE = 'PROPERTY_DAMAGE',
  THREATS_OR_VIOLENCE = 'THREATS_OR_VIOLENCE',
  NEGLECT_OF_HOME = 'NEGLECT_OF_HOME',
  OTHER = 'OTHER',
}
registerEnumType(DisturbanceKind, {
  name: 'DisturbanceKind',
  description: 'What a disturbance warning was given for.',
  valuesConfig: {
    NOISE: { description: 'Noise, e.g. at night.' },
    PROPERTY_DAMAGE: { description: 'Damage to the home or the building.' },
    THREATS_OR_VIOLENCE: { description: 'Threats or violence towards neighbours or staff.' },
    NEGLECT_OF_HOME: { description: 'Neglect of the home (hygiene, hoarding).' },
    OTHER: { description: 'Anything else.' },
  },
});

@Entity('housing_alert')
@Index(['reportedBy', 'reportedAt'])
@Index(['familyId'])
@ObjectType({ description: "A landlord's alert of rent arrears or a disturbance. It opens a housing case at once." })
export class HousingAlert {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The alert's id." })
  id: string;

  @Column({ type: 'uuid' })
  tenancyId: string;

  @ManyToOne(() => Tenancy)
  @Field(() => Tenancy, { description: 'The tenancy the alert is about.' })
  tenancy: Relation<Tenancy>;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => HousingAlertType, { description: 'Whether the alert is about rent arrears or a disturbance.' })
  type: HousingAlertType;

  @Column({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Rent arrears in euro cents, for RENT_ARREARS.' })
  arrearsCents: number | null;

  @Column({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: 'How many months of rent are unpaid, for RENT_ARREARS.' })
  monthsInArrears: number | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the disturbance warning was given, for DISTURBANCE.' })
  warningGivenOn: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  @Field(() => DisturbanceKind, { nullable: true, description: 'What the disturbance was, for DISTURBANCE.' })
  disturbanceKind: DisturbanceKind | null;

  @Column({ type: 'varchar', length: 1000 })
  @Field({ description: "The landlord's own description, stored and returned as plain text." })
  description: string;

  @Column({ type: 'varchar', length: 64 })
  reportedBy: string;

  @Column({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the landlord reported the alert, in Finnish local time.' })
  reportedAt: Date;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => HousingCase)
  @JoinColumn({ name: 'caseId' })
  housingCase: Relation<HousingCase>;
}
