import { In } from 'typeorm';
import type { SubgraphContext } from '../../kit/context';
import { conflict } from '../../kit/errors';
import { AssignmentStatus, CompanionAssignment } from '../companion/companion.entity';

export interface Followed {
  familyId: string;
  startsOn: string;
  endsOn: string | null;
}

/**
 * The families whose timelines feed a companion's reminders or an organisation's outcomes. The same list is
 * computed twice per request (for the `@requires` selection and for the answer), so it is ordered by family id
 * and limited to families the viewer holds a `bookings` grant for: the gateway returns their agendas in this order.
 */
function followed(ctx: SubgraphContext, assignments: CompanionAssignment[]): Followed[] {
  const latest = new Map<string, CompanionAssignment>();
  for (const a of assignments) {
    if (!ctx.viewer.grantFor(a.familyId, 'bookings')) continue;
    const seen = latest.get(a.familyId);
    if (!seen || seen.startsOn < a.startsOn) latest.set(a.familyId, a);
  }
  return [...latest.values()].sort((a, b) => (a.familyId < b.familyId ? -1 : 1)).map((a) => ({ familyId: a.familyId, startsOn: a.startsOn, endsOn: a.endsOn }));
}

/** A companion's active companionships: for the companion themself only. */
export function reminderFamilies(ctx: SubgraphContext, companionId: string): Promise<Followed[]> {
  if (!ctx.viewer.hasRole('companion') || ctx.viewer.id !== companionId) return Promise.resolve([]);
  return ctx.loaders
    .get<string, Followed[]>('Reminders.families', async (ids) => {
      const rows = await ctx.db.getRepository(CompanionAssignment).findBy({ companionId: In([...ids]), status: AssignmentStatus.ACTIVE });
      return ids.map((id) =>
        followed(
          ctx,
          rows.filter((r) => r.companionId === id),
        ),
      );
    })
    .load(companionId);
}

/** The organisation's companionships, active or ended, on families the coordinator may follow. */
export function organisationFamilies(ctx: SubgraphContext, organisation: string): Promise<Followed[]> {
  return ctx.loaders
    .get<string, Followed[]>('Outcomes.families', async (names) => {
      const rows: Array<CompanionAssignment & { organisation: string }> = await ctx.db.query(
        `SELECT a."familyId", a."startsOn"::text AS "startsOn", a."endsOn"::text AS "endsOn", c.organisation
           FROM companion_assignment a JOIN companion c ON c.id = a."companionId"
          WHERE c.organisation = ANY($1) AND a.status IN ('ACTIVE', 'ENDED')`,
        [[...names]],
      );
      return names.map((name) =>
        followed(
          ctx,
          rows.filter((r) => r.organisation === name),
        ),
      );
    })
    .load(organisation);
}

/** Pairs each followed family with the agenda the gateway sent for it, in the same order. */
export function zipAgendas<T>(families: Followed[], sent: Array<{ agenda?: T[] | null } | null> | undefined): Array<Followed & { agenda: T[] }> {
  if (!sent || sent.length !== families.length) throw conflict('The families changed while their timelines were read; ask again.');
  return families.map((f, i) => ({ ...f, agenda: sent[i]?.agenda ?? [] }));
}
