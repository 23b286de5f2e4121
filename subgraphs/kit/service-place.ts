import { Column, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/** Where a provider's services happen: a daycare unit, a clinic, a social office. */
@ObjectType() // not emitted: only its subclasses are reachable from the schema
export abstract class ServicePlace {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The place's id in its provider." })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  @Field({ description: "The place's name, as the family knows it." })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Street address, postcode and town.' })
  address: string;
}
