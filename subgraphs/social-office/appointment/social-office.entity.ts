import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { ServicePlace } from '../../kit/service-place';

@Entity('social_office')
@ObjectType({ description: 'A social office where appointments take place.' })
export class SocialOffice extends ServicePlace {}

@Entity('case_worker')
@ObjectType({ description: 'A social or family worker of the social office.' })
export class CaseWorker {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The worker's id in the social office." })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: "The worker's first name, to greet them." })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: "The worker's last name." })
  lastName: string;

  @Column({ type: 'varchar', length: 60 })
  @Field({ description: 'e.g. "Social worker".' })
  title: string;
}
