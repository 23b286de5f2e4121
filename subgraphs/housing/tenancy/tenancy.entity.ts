import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

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
