import type { DataSource } from 'typeorm';
import { CATEGORIES, type Category, type Grant } from '../kit/passport';
import { Person, PersonRole } from './person/person.entity';

/** A guardian sees everything the graph holds about the own family: every category, the registry's included. */
const GUARDIAN_CATEGORIES: Category[] = [...CATEGORIES];

export async function guardianGrants(db: DataSource, person: { sub: string; roles: string[] }): Promise<Grant[]> {
  if (!person.roles.includes('guardian')) return [];
  const rows = await db.getRepository(Person).findBy({ id: person.sub, role: PersonRole.GUARDIAN });
  return rows.map((p) => ({ family: p.familyId, categories: GUARDIAN_CATEGORIES, basis: 'guardianship', ref: p.id }));
}
