import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

@Entity('clinic')
@ObjectType({ description: 'A child health clinic (neuvola) or other clinic location.' })
export class Clinic {
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
