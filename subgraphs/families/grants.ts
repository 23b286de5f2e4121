import type { DataSource } from 'typeorm';
import type { Category, Grant } from '../kit/passport';
import { Person, PersonRole } from './person/person.entity';

/** A guardian sees everything the graph holds about the own family. */
const GUARDIAN_CATEGORIES: Category[] = [
  'contact',
  'identity',
  'bookings',
  'health',
  'notes',
  'benefits',
  'benefit-amounts',
  'housing',
  'companionship',
  'access-log',
  'hosting',
];

export async function guardianGrants(db: DataSource, person: { sub: string; roles: string[] }): Promise<Grant[]> {
  if (!person.roles.includes('guardian')) return [];
  const rows = await db.getRepository(Person).findBy({ id: person.sub, role: PersonRole.GUARDIAN });
  return rows.map((p) => ({ family: p.familyId, categories: GUARDIAN_CATEGORIES, basis: 'guardianship', ref: p.id }));
}
