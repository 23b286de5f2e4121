import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AgendaItem } from '../../kit/agenda';
import { ClinicAppointment } from '../appointment/clinic-appointment.entity';

@Directive('@key(fields: "id")')
@ObjectType()
export class Family {
  @Field(() => ID)
  id: string;

  @Directive('@category(name: "bookings")')
  // Plumbing for `agenda`/`accessLog` in families: hidden from the public API, still served to the gateway for `@requires`.
  @Directive('@inaccessible')
  @Field(() => [AgendaItem], { nullable: true, description: "The clinic's part of `agenda`." })
  clinicAgenda?: AgendaItem[];

  @Directive('@category(name: "bookings")')
  @Field(() => [ClinicAppointment], { description: 'Clinic appointments in the agenda window.' })
  clinicAppointments: ClinicAppointment[];
}
