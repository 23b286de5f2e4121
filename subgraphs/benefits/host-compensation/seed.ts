import type { DataSource } from 'typeorm';
import { demoMunicipality } from '../../../demo/municipality';
import { insertInChunks } from '../../kit/seed';
import { HostCompensationAgreement, HostCompensationRule } from './host-compensation.entity';

/** The municipalities' compensation rules and the demo hosts' agreements (demo/hosts.ts). */
export async function seedHostCompensation(db: DataSource): Promise<void> {
  if ((await db.getRepository(HostCompensationRule).count()) > 0) return;
  const demo = demoMunicipality();
  await db.transaction(async (tx) => {
    await insertInChunks(tx, HostCompensationRule, demo.compensationRules);
    await insertInChunks(tx, HostCompensationAgreement, demo.compensationAgreements);
  });
}
