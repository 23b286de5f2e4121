import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AgendaItem, AgendaSource } from '../../kit/agenda';
import { rowsByFamily } from '../../kit/family-rows';
import type { SubgraphContext } from '../../kit/context';
import { guarded } from '../../kit/guard';
import { SocialOfficeAppointment } from '../appointment/social-office-appointment.entity';
import { Family } from './family';

const appointments = (ctx: SubgraphContext, familyId: string) =>
  rowsByFamily(ctx, SocialOfficeAppointment, { relations: ['office', 'caseWorker'], window: 'startsAt' }).load(familyId);
// The agenda reads only these columns: every column costs on every row.
const agendaRows = (ctx: SubgraphContext, familyId: string) =>
  rowsByFamily(ctx, SocialOfficeAppointment, {
    relations: ['office', 'caseWorker'],
    window: 'startsAt',
    only: ['id', 'startsAt', 'endsAt', 'status', 'office.name', 'office.address', 'caseWorker.title'],
  }).load(familyId);

@Resolver(() => Family)
export class SocialOfficeFamilyResolver {
  @FieldResolver(() => [AgendaItem], { nullable: true })
  async socialOfficeAgenda(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<AgendaItem[]> {
    return (await agendaRows(ctx, family.id)).map((a) => ({
      id: a.id,
      source: AgendaSource.SOCIAL_OFFICE,
      // The purpose stays out of the title: it is a note, and the agenda is readable with `bookings` alone.
      title: `Social office: meeting with ${a.caseWorker.title.toLowerCase()}`,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      status: a.status,
      location: { name: a.office.name, address: a.office.address },
    }));
  }

  @FieldResolver(() => [SocialOfficeAppointment])
  socialOfficeAppointments(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<SocialOfficeAppointment[]> {
    return appointments(ctx, family.id);
  }
}

@Resolver(() => SocialOfficeAppointment)
export class SocialOfficeAppointmentResolver {
  @FieldResolver(() => String, { nullable: true })
  purpose(@Root() a: SocialOfficeAppointment, @Ctx() ctx: SubgraphContext): string {
    return guarded(ctx, 'notes', a.familyId, a.purpose);
  }
}
