import { In, type EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { conflict, notFound } from '../../kit/errors';
import { rowsById } from '../../kit/family-rows';
import { manyEach, oneEach } from '../../kit/loaders';
import { Person } from '../person/person.entity';
import { Family } from './family.entity';
import type { RegisterFamilyInput } from './register-family.input';

/** Reads and writes families for one request; every read goes through the passport's grants. */
export class FamilyService {
  constructor(private readonly ctx: SubgraphContext) {}

  private get byId() {
    return this.ctx.loaders.get<string, Family | null>('family.byId', async (ids) => oneEach(ids, await rowsById(this.ctx.db, Family, ids), (f) => f.id));
  }

  private get membersByFamily() {
    return this.ctx.loaders.get<string, Person[]>('person.byFamily', async (familyIds) => {
      const rows = await this.ctx.db.getRepository(Person).find({ where: { familyId: In([...familyIds]) }, order: { role: 'DESC', firstName: 'ASC' } });
      return manyEach(familyIds, rows, (p) => p.familyId);
    });
  }

  /** The viewer's own family (guardian) or the families they walk alongside (companion). */
  async mine(): Promise<Family[]> {
    const ids = this.ctx.viewer.linkedFamilies;
    if (ids.length === 0) return [];
    const families = await this.byId.loadMany(ids);
    return families.filter((f): f is Family => f instanceof Family).sort((a, b) => a.displayName.localeCompare(b.displayName, 'fi'));
  }

  /** A family the viewer has some grant for; otherwise NOT_FOUND, so ids cannot be probed. */
  async get(id: string): Promise<Family> {
    const family = this.ctx.viewer.knows(id) ? await this.byId.load(id) : null;
    if (!family) throw notFound('The family');
    return family;
  }

  /** For `_entities`: null rather than an error, so one forbidden family does not fail the batch. */
  async reference(id: string): Promise<Family | null> {
    return this.ctx.viewer.knows(id) ? this.byId.load(id) : null;
  }

  members(familyId: string): Promise<Person[]> {
    return this.membersByFamily.load(familyId);
  }

  /** One transaction: the family, its members and the write's log entries. */
  register(input: RegisterFamilyInput): Promise<Family> {
    const idempotency = { key: input.idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(Family).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.RegisterFamily, { idempotency }, async (tx, touch) => {
      const hetus = input.members.map((m) => m.hetu);
      if (new Set(hetus).size !== hetus.length) throw conflict('Two members have the same personal identity code.');
      if ((await tx.getRepository(Person).countBy({ hetu: In(hetus) })) > 0) {
        throw conflict('A member with one of these personal identity codes is already registered in another family.');
      }
      const family = await tx.getRepository(Family).save(tx.getRepository(Family).create({ displayName: input.displayName, address: input.address ?? null }));
      await tx.getRepository(Person).insert(input.members.map((m) => ({ ...m, familyId: family.id, phone: m.phone ?? null, email: m.email ?? null })));
      touch(family.id);
      return family;
    });
  }
}
