import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Family } from '../family/family.entity';

export enum PersonRole {
  GUARDIAN = 'GUARDIAN',
  CHILD = 'CHILD',
}
registerEnumType(PersonRole, {
  name: 'PersonRole',
  description: 'A member of a family is a guardian (huoltaja) or a child.',
  valuesConfig: {
    GUARDIAN: { description: "A guardian (huoltaja): sees the family's own data, consents to companions and reads the access log." },
    CHILD: { description: 'A child of the family.' },
  },
});

@Entity('person')
@Index(['familyId'])
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A member of a family. Identity fields need the `identity` category.' })
export class Person {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The person's id; other subgraphs refer to it as `childId` or `personId`." })
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @ManyToOne('Family', 'members', { onDelete: 'CASCADE' })
  family: Relation<Family>;

  @Column({ type: 'varchar', length: 10 })
  @Directive('@category(name: "contact")')
  @Field(() => PersonRole, { description: 'Whether the member is a guardian or a child.' })
  role: PersonRole;

  @Column({ type: 'varchar', length: 100 })
  @Directive('@category(name: "contact")')
  @Field({ description: 'First name; needs the `contact` grant, like every member field.' })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  @Directive('@category(name: "contact")')
  @Field({ description: 'Last name.' })
  lastName: string;

  /** Special-category personal data: never logged, never in a URL or an error. */
  @Column({ type: 'varchar', length: 11, unique: true })
  @Directive('@category(name: "identity")')
  @Field(() => String, { nullable: true, description: 'Personal identity code (henkilötunnus); null with a FORBIDDEN error without the `identity` grant.' })
  hetu: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Directive('@category(name: "contact")')
  @Field(() => String, { nullable: true, description: 'Phone in E.164, e.g. +358401234567.' })
  phone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  @Directive('@category(name: "contact")')
  @Field(() => String, { nullable: true, description: 'E-mail address; null when the family gave none.' })
  email: string | null;
}
