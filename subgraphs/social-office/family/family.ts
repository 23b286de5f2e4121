import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AgendaItem } from '../../kit/agenda';
import { SocialOfficeAppointment } from '../appointment/social-office-appointment.entity';

@Directive('@key(fields: "id")')
@ObjectType()
export class Family {
  @Field(() => ID)
  id: string;

  @Directive('@category(name: "bookings")')
  // Plumbing for `agenda`/`accessLog` in families: hidden from the public API, still served to the gateway for `@requires`.
  @Directive('@inaccessible')
  @Field(() => [AgendaItem], { nullable: true, description: "The social office's part of `agenda`." })
  socialOfficeAgenda?: AgendaItem[];

  @Directive('@category(name: "bookings")')
  @Field(() => [SocialOfficeAppointment], { description: 'Social office appointments in the agenda window.' })
  socialOfficeAppointments: SocialOfficeAppointment[];
}
