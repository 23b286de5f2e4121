import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum MeetingPlaceKind {
  LIVING_ROOM = 'LIVING_ROOM',
  RESIDENTS_ROOM = 'RESIDENTS_ROOM',
}
registerEnumType(MeetingPlaceKind, {
  name: 'MeetingPlaceKind',
  description: 'What kind of low-threshold meeting place it is.',
  valuesConfig: {
    LIVING_ROOM: { description: 'A "living room": a meeting place and service point open to every resident, with theme weeks and weekly activities.' },
    RESIDENTS_ROOM: { description: "A neighbourhood's residents' room (asukastupa), with group activities and monthly community events." },
  },
});

@ObjectType({ description: 'When a meeting place is open on one weekday, in Finnish local time.' })
export class OpeningHours {
  @Field(() => Int, { description: 'The weekday, 1 = Monday to 7 = Sunday.' })
  weekday: number;

  @Field({ description: 'Opens at, HH:MM.' })
  opens: string;

  @Field({ description: 'Closes at, HH:MM.' })
  closes: string;
}

@Entity('meeting_place')
@ObjectType({ description: "A low-threshold place where families meet: a living room or a residents' room." })
export class MeetingPlace {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The place's id." })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  @Field({ description: "The place's name." })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => MeetingPlaceKind, { description: "A living room or a residents' room." })
  kind: MeetingPlaceKind;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Street address.' })
  address: string;

  @Column({ type: 'jsonb' })
  @Field(() => [OpeningHours], { description: 'Opening hours by weekday; a weekday not listed is closed.' })
  openingHours: OpeningHours[];

  @Column({ type: 'varchar', array: true })
  @Field(() => [String], { description: 'Partner organisations present at the place, e.g. a parish or a housing counsellor.' })
  partnerOrganisations: string[];
}
