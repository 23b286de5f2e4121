import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AGENDA_ITEM_SELECTION, AgendaItem, AgendaSource } from '../../kit/agenda';
import { Person } from '../person/person.entity';

const requiresAgendas = `daycareAgenda { ${AGENDA_ITEM_SELECTION} } clinicAgenda { ${AGENDA_ITEM_SELECTION} } socialOfficeAgenda { ${AGENDA_ITEM_SELECTION} }`;

@Entity('family')
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A household: guardians and children. Other subgraphs add their own fields.' })
export class Family {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 120 })
  @Directive('@category(name: "contact")')
  @Field({ description: 'How the family is addressed, e.g. "Virtanen family".' })
  displayName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Directive('@category(name: "contact")')
  @Field(() => String, { nullable: true })
  address: string | null;

  @OneToMany('Person', 'family')
  @Directive('@category(name: "contact")')
  @Field(() => [Person], { description: 'Guardians first, then children.' })
  members: Relation<Person[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;

  // Each provider's part of the timeline; null when that provider could not be reached.
  @Directive('@external')
  @Field(() => [AgendaItem], { nullable: true })
  daycareAgenda?: AgendaItem[] | null;

  @Directive('@external')
  @Field(() => [AgendaItem], { nullable: true })
  clinicAgenda?: AgendaItem[] | null;

  @Directive('@external')
  @Field(() => [AgendaItem], { nullable: true })
  socialOfficeAgenda?: AgendaItem[] | null;

  @Directive(`@requires(fields: "${requiresAgendas}")`)
  @Directive('@category(name: "bookings")')
  @Field(() => [AgendaItem], {
    description: 'Booked services across daycare, clinic and social office, sorted by start time; from 30 days back to 90 days ahead.',
  })
  agenda: AgendaItem[];

  @Directive(`@requires(fields: "${requiresAgendas}")`)
  @Field(() => [AgendaSource], { description: 'Providers whose items are missing from `agenda` because they could not be reached.' })
  unavailableAgendaSources: AgendaSource[];
}
