import type { DataSource } from 'typeorm';
import { demoMunicipality } from '../../demo/municipality';
import { insertInChunks } from '../kit/seed';
import { FamilyCase } from './family-case/family-case.entity';
import { Family } from './family/family.entity';
import { HelpRequest } from './help-request/help-request.entity';
import { Person } from './person/person.entity';

export async function seedFamilies(db: DataSource): Promise<void> {
  if ((await db.getRepository(Family).count()) > 0) return;
  const demo = demoMunicipality();
  await db.transaction(async (tx) => {
    await insertInChunks(
      tx,
      Family,
      demo.families.map(({ id, displayName, address }) => ({ id, displayName, address })),
    );
    await insertInChunks(
      tx,
      Person,
      demo.persons.map((p) => ({ ...p, phone: p.phone ?? null, email: p.email ?? null })),
    );
    await insertInChunks(tx, HelpRequest, demo.help.helpRequests);
    await insertInChunks(tx, FamilyCase, demo.help.familyCases);
  });
}
