import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { CATEGORIES, registeredCategories, type Basis, type CoreCategory } from '../passport';

/** `benefit-amounts` → `BENEFIT_AMOUNTS`: GraphQL enum names for the stored strings, so no data migration is needed. */
const enumOf = <V extends string>(values: readonly V[]) => Object.fromEntries(values.map((v) => [v.toUpperCase().replace(/-/g, '_'), v])) as Record<string, V>;

const CORE_CATEGORY_DESCRIPTIONS: Record<CoreCategory, string> = {
  contact: 'Names, phone numbers, e-mail and address: how to reach the family.',
  identity: 'Personal identity codes (HETU) and dates of birth. Never granted to a companion.',
  bookings: 'Appointments, reservations and the agenda: that a service is booked, not why.',
  health: 'Why a child is absent, what a clinic visit is for, any diagnosis (special-category data). Never granted to a companion.',
  notes: "Case workers' notes and discussion topics. Never granted to a companion.",
  benefits: 'Benefit applications and their status, without amounts.',
  'benefit-amounts': 'Amounts in benefit decisions. Never granted to a companion.',
  housing: 'Housing cases and landlord alerts.',
  companionship: 'Companion assignments and consents.',
  'access-log': "Who used or received the family's data, and why.",
};
const CATEGORY_DESCRIPTIONS: Record<string, string> = {
  ...CORE_CATEGORY_DESCRIPTIONS,
  ...Object.fromEntries(registeredCategories().map((c) => [c.name, c.description])),
};

/** Data categories of family data, as GraphQL enum values; the stored value stays the kit's string, e.g. `benefit-amounts`. */
export const DataCategory = enumOf(CATEGORIES);
registerEnumType(DataCategory, {
  name: 'DataCategory',
  description: 'A category of family data. Every family field carries one; grants, consents and access-log entries name them.',
  valuesConfig: Object.fromEntries(CATEGORIES.map((c) => [c.toUpperCase().replace(/-/g, '_'), { description: CATEGORY_DESCRIPTIONS[c] }])),
});

const BASIS_DESCRIPTIONS: Record<Basis, string> = {
  guardianship: 'The viewer is a guardian of the family.',
  consent: "A guardian's live consent to a companion.",
  referral: "The family was referred to the viewer's group, e.g. a social host's.",
  'municipal-role': "The viewer's municipal role serves every family of the municipality, e.g. a family worker.",
  'own-report': 'The viewer reported the data, e.g. a landlord its own alert.',
  tenancy: "The viewer is the family's landlord, reading its own tenancy (logged as a disclosure).",
};

/** Why a viewer may see the data (Act 703/2023 asks the log to say why); the stored value stays e.g. `municipal-role`. */
export const AccessBasis = enumOf(Object.keys(BASIS_DESCRIPTIONS) as Basis[]);
registerEnumType(AccessBasis, {
  name: 'AccessBasis',
  description: 'On what basis a viewer used or received family data.',
  valuesConfig: Object.fromEntries(Object.entries(BASIS_DESCRIPTIONS).map(([b, description]) => [b.toUpperCase().replace(/-/g, '_'), { description }])),
});

/** What was done with the data; the stored value stays lower case. */
export enum AccessOperation {
  READ = 'read',
  WRITE = 'write',
  DISCLOSE = 'disclose',
}
registerEnumType(AccessOperation, {
  name: 'AccessOperation',
  description: 'What a viewer did with family data: a use (käyttöloki) or a disclosure to another party (luovutusloki).',
  valuesConfig: {
    READ: { description: 'The data was read by a municipal worker, a guardian, a companion or a host.' },
    WRITE: { description: 'The data was created or changed.' },
    DISCLOSE: { description: 'The data was disclosed to a partner organisation, e.g. a landlord (luovutus).' },
  },
});

/** An entry as another subgraph sent it for `@requires`: enum names and an ISO instant, back to stored values. */
export function accessLogEntryFromRepresentation(e: AccessLogEntry): AccessLogEntry {
  const stored = (values: Record<string, string>, name: string) => values[name] ?? name;
  return {
    ...e,
    at: new Date(e.at),
    category: stored(DataCategory, e.category),
    basis: stored(AccessBasis, e.basis),
    operation: stored(AccessOperation, e.operation),
  };
}

/** One use or disclosure of a family's data (Act 703/2023). Ids and categories only, never the data itself. */
@Entity('access_log')
@Index(['familyId', 'at'])
// One successor per entry: a writer that links to a hash another writer already extended is refused, so the chain cannot fork.
@Index(['prevHash'], { unique: true })
@Directive('@shareable')
@ObjectType({ description: "One use or disclosure of the family's data: who, in what role, which category, on what basis." })
export class AccessLogEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Column({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the data was used, in Finnish local time.' })
  at: Date;

  @Column({ type: 'varchar', length: 64 })
  @Field({ description: "Who: the viewer's user id (the token's subject), never a name." })
  viewerId: string;

  @Column({ type: 'varchar', length: 40 })
  @Field({ description: 'In what role the viewer acted, e.g. companion, family-worker or landlord.' })
  viewerRole: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => DataCategory, { description: 'Which data category was used, e.g. BOOKINGS.' })
  category: string;

  /** `read`, `write`, or `disclose` when the viewer is a partner organisation. */
  @Column({ type: 'varchar', length: 10 })
  @Field(() => AccessOperation, { description: 'Whether the data was read, written or disclosed to a partner organisation.' })
  operation: string;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => AccessBasis, {
    description:
      'Why the viewer was allowed to: guardianship, consent, referral, municipal role, own report, or tenancy (a landlord reading its own tenancies).',
  })
  basis: string;

  @Column({ type: 'varchar', length: 80 })
  basisRef: string;

  @Column({ type: 'varchar', length: 40 })
  @Field({ description: 'Which service served the data, e.g. daycare or social-office.' })
  service: string;

  @Column({ type: 'varchar', length: 64 })
  requestId: string;

  @Column({ type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
