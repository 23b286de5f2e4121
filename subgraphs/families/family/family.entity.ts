import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AGENDA_ITEM_SELECTION, AgendaItem, AgendaSource } from '../../kit/agenda';
import { AccessLogEntry } from '../../kit/access-log/access-log-entry';
import { ACCESS_LOG_SELECTION } from '../../kit/access-log/access-log.resolver';
import { registry } from '../../kit/registry';
import { Person } from '../person/person.entity';

/** The registered providers of the timeline: each one's Family field and its `AgendaSource` value. */
export const AGENDA_PROVIDERS = registry().subgraphs.flatMap((s) => (s.agendaSource ? [{ field: s.agendaSource.field, source: s.agendaSource.value }] : []));
/** The Family fields of the other registered subgraphs that keep a part of the access log. */
export const ACCESS_LOG_PARTS = registry().subgraphs.flatMap((s) => (s.accessLogField && s.name !== 'families' ? [s.accessLogField] : []));

const requiresAgendas = AGENDA_PROVIDERS.map(({ field }) => `${field} { ${AGENDA_ITEM_SELECTION} }`).join(' ');
const requiresAccessLogs = ACCESS_LOG_PARTS.map((field) => `${field} { ${ACCESS_LOG_SELECTION} }`).join(' ');

@Entity('family')
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A household: guardians and children. Other subgraphs add their own fields.' })
export class Family {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The family's id, shared by every subgraph." })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  @Directive('@category(name: "contact")')
  @Field(() => String, {
    nullable: true,
    description: 'How the family is addressed, e.g. "Virtanen family". Null, with a FORBIDDEN error, without the `contact` grant.',
  })
  displayName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Directive('@category(name: "contact")')
  @Field(() => String, {
    nullable: true,
    description: "The family's home address; null with a FORBIDDEN error without the `contact` grant, or when not known.",
  })
  address: string | null;

  @OneToMany('Person', 'family')
  @Directive('@category(name: "contact")')
  @Field(() => [Person], { description: 'Guardians first, then children. Empty without the `contact` grant.' })
  members: Relation<Person[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;

  @Directive(`@requires(fields: "${requiresAgendas}")`)
  @Directive('@category(name: "bookings")')
  @Field(() => [AgendaItem], {
    description:
      'Booked services across daycare, clinic and social office, sorted by start time; from 30 days back to 90 days ahead. Empty without the `bookings` grant.',
  })
  agenda: AgendaItem[];

  @Directive(`@requires(fields: "${requiresAgendas}")`)
  @Directive('@category(name: "bookings")')
  @Field(() => [AgendaSource], { description: 'Providers whose items are missing from `agenda` because they could not be reached.' })
  unavailableAgendaSources: AgendaSource[];

  @Directive(`@requires(fields: "${requiresAccessLogs}")`)
  @Directive('@category(name: "access-log")')
  @Field(() => [AccessLogEntry], {
    description:
      "Who used or received the family's data, in every service, newest first (Act 703/2023). Empty unless the viewer is a guardian of the family or a data protection officer.",
  })
  accessLog: AccessLogEntry[];
}

/**
 * The `@external` plumbing fields `agenda` and `accessLog` require, one per registered provider, declared on
 * Family before any schema is built. Each is `@inaccessible` where it is defined: clients read `agenda` and
 * `accessLog` (composition refuses the directive on an external field). Null when that provider could not be reached.
 */
for (const { field } of AGENDA_PROVIDERS) {
  Directive('@external')(Family.prototype, field);
  Field(() => [AgendaItem], { nullable: true })(Family.prototype, field);
}
for (const field of ACCESS_LOG_PARTS) {
  Directive('@external')(Family.prototype, field);
  Field(() => [AccessLogEntry], { nullable: true })(Family.prototype, field);
}
