import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AGENDA_ITEM_SELECTION, AgendaItem, AgendaSource } from '../../kit/agenda';
import { AccessLogEntry } from '../../kit/access-log/access-log-entry';
import { ACCESS_LOG_SELECTION, accessLogFieldName } from '../../kit/access-log/access-log.resolver';
import { Person } from '../person/person.entity';

const requiresAgendas = `daycareAgenda { ${AGENDA_ITEM_SELECTION} } clinicAgenda { ${AGENDA_ITEM_SELECTION} } socialOfficeAgenda { ${AGENDA_ITEM_SELECTION} }`;

/** The subgraphs besides families that serve family data, and so keep a part of its access log. */
export const ACCESS_LOG_SERVICES = ['volunteers', 'housing', 'benefits', 'daycare', 'clinic', 'social-office'] as const;
const requiresAccessLogs = ACCESS_LOG_SERVICES.map((s) => `${accessLogFieldName(s)} { ${ACCESS_LOG_SELECTION} }`).join(' ');

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

  // Each provider's part of the timeline; null when that provider could not be reached. `@inaccessible` where they are defined:
  // clients read `agenda` (composition refuses the directive on an external field).
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
    description:
      'Booked services across daycare, clinic and social office, sorted by start time; from 30 days back to 90 days ahead. Empty without the `bookings` grant.',
  })
  agenda: AgendaItem[];

  @Directive(`@requires(fields: "${requiresAgendas}")`)
  @Directive('@category(name: "bookings")')
  @Field(() => [AgendaSource], { description: 'Providers whose items are missing from `agenda` because they could not be reached.' })
  unavailableAgendaSources: AgendaSource[];

  // Each service's part of the access log, merged in `accessLog`. Inaccessible, as above.
  @Directive('@external') @Field(() => [AccessLogEntry], { nullable: true }) volunteersAccessLog?: AccessLogEntry[] | null;
  @Directive('@external') @Field(() => [AccessLogEntry], { nullable: true }) housingAccessLog?: AccessLogEntry[] | null;
  @Directive('@external') @Field(() => [AccessLogEntry], { nullable: true }) benefitsAccessLog?: AccessLogEntry[] | null;
  @Directive('@external') @Field(() => [AccessLogEntry], { nullable: true }) daycareAccessLog?: AccessLogEntry[] | null;
  @Directive('@external') @Field(() => [AccessLogEntry], { nullable: true }) clinicAccessLog?: AccessLogEntry[] | null;
  @Directive('@external') @Field(() => [AccessLogEntry], { nullable: true }) socialOfficeAccessLog?: AccessLogEntry[] | null;

  @Directive(`@requires(fields: "${requiresAccessLogs}")`)
  @Directive('@category(name: "access-log")')
  @Field(() => [AccessLogEntry], {
    description:
      "Who used or received the family's data, in every service, newest first (Act 703/2023). Empty unless the viewer is a guardian of the family or a data protection officer.",
  })
  accessLog: AccessLogEntry[];
}
