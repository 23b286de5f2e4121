import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { HousingAlertType, HousingCase } from '../housing-case/housing-case.entity';

@Entity('tenancy')
@Index(['landlordId'])
@Index(['familyId'])
@ObjectType({ description: "A family's rental home with a partner landlord. A landlord sees only its own tenancies' addresses." })
export class Tenancy {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The tenancy's id; pass it to `reportHousingAlert`." })
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  /** The landlord's service account (its token's subject). */
  @Column({ type: 'varchar', length: 64 })
  landlordId: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: "The rented home's street address." })
  address: string;
}

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
  @Field(() => Number, { nullable: true, description: 'Rent arrears in whole euros, for RENT_ARREARS.' })
  arrearsEuros: number | null;

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
