import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AgendaItem, AgendaSource } from '../../kit/agenda';
import { rowsByFamily } from '../../kit/family-rows';
import type { SubgraphContext } from '../../kit/context';
import { ClinicAppointment } from '../appointment/clinic-appointment.entity';
import { Family } from './family';

const appointments = (ctx: SubgraphContext, familyId: string) =>
  rowsByFamily(ctx, ClinicAppointment, { relations: ['clinic'], window: 'startsAt' }).load(familyId);
// The agenda reads only these columns: every column costs on every row.
const agendaRows = (ctx: SubgraphContext, familyId: string) =>
  rowsByFamily(ctx, ClinicAppointment, {
    relations: ['clinic'],
    window: 'startsAt',
    only: ['id', 'startsAt', 'endsAt', 'status', 'serviceType', 'clinic.name', 'clinic.address'],
  }).load(familyId);

@Resolver(() => Family)
export class ClinicFamilyResolver {
  @FieldResolver(() => [AgendaItem], { nullable: true })
  async clinicAgenda(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<AgendaItem[]> {
    const rows = await agendaRows(ctx, family.id);
    // The kind of visit is health data; with `bookings` alone the title says only that there is a visit.
    const withService = rows.length > 0 && ctx.access.permit('health', [family.id]).has(family.id);
    return rows.map((a) => ({
      id: a.id,
      source: AgendaSource.CLINIC,
      title: withService ? `Child health clinic: ${a.serviceType}` : 'Child health clinic visit',
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      status: a.status,
      location: { name: a.clinic.name, address: a.clinic.address },
    }));
  }

  @FieldResolver(() => [ClinicAppointment])
  clinicAppointments(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<ClinicAppointment[]> {
    return appointments(ctx, family.id);
  }
}
