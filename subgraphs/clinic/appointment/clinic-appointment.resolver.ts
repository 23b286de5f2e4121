import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../kit/context';
import { guarded } from '../../kit/guard';
import { ClinicAppointment } from './clinic-appointment.entity';

/** That there is a visit is a booking; what kind of visit is health data. */
@Resolver(() => ClinicAppointment)
export class ClinicAppointmentResolver {
  @FieldResolver(() => String, { nullable: true })
  serviceType(@Root() a: ClinicAppointment, @Ctx() ctx: SubgraphContext): string {
    return guarded(ctx, 'health', a.familyId, a.serviceType);
  }
}
