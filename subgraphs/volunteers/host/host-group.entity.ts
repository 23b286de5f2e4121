import { Column, Entity, Index, ManyToOne, OneToMany, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { HostEmployment } from './schedule-rule';
import './host-enums';

@Entity('social_host')
@ObjectType({ description: 'A resident who gives low-threshold everyday help to a group of referred families (sosiaalinen isännöitsijä).' })
export class SocialHost {
  /** The host's user id (token subject). */
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: "The host's id." })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: "The host's first name." })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: "The host's last name." })
  lastName: string;

  @Column({ type: 'varchar', length: 20, default: HostEmployment.UNEMPLOYED })
  @Field(() => HostEmployment, { description: 'Whether the host is employed; it decides when the host may help (see `HostEmployment`).' })
  employment: HostEmployment;

  @Column({ type: 'int', default: 1200 })
  @Field(() => Int, { description: 'The hours a month agreed with the municipality, in minutes.' })
  monthlyQuotaMinutes: number;
}

@Entity('host_group')
@Index(['hostId'])
@ObjectType({ description: "A social host's group of families referred by the municipality." })
export class HostGroup {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The group's id." })
  id: string;

  @Column({ type: 'uuid' })
  hostId: string;

  @ManyToOne(() => SocialHost)
  @Field(() => SocialHost, { description: 'The social host who leads the group.' })
  host: Relation<SocialHost>;

  @Column({ type: 'varchar', length: 120 })
  @Field({ description: 'The group\'s name, e.g. "Tuesday playground group".' })
  name: string;

  @OneToMany(() => HostGroupMember, (m) => m.group)
  members: Relation<HostGroupMember[]>;
}

@Entity('host_group_member')
@Index(['groupId'])
@Index(['familyId'])
export class HostGroupMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => HostGroup, (g) => g.members)
  group: Relation<HostGroup>;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'date' })
  referredOn: string;
}
