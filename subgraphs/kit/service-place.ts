import { Column, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/** Where a provider's services happen: a daycare unit, a clinic, a social office. */
@ObjectType() // not emitted: only its subclasses are reachable from the schema
export abstract class ServicePlace {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 120 })
  @Field()
  name: string;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  address: string;
}
