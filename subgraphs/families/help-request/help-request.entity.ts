import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';

export enum ContactChannel {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  TEXT_MESSAGE = 'TEXT_MESSAGE',
}

registerEnumType(ContactChannel, {
  name: 'ContactChannel',
  description: 'How the person asking for help wants to be contacted, or was answered.',
  valuesConfig: {
    PHONE: { description: 'A phone call.' },
    EMAIL: { description: 'An email.' },
    TEXT_MESSAGE: { description: 'A text message (SMS).' },
  },
});

/** What the first answer to a request came to. */
export enum FirstResponseOutcome {
  ASSESSMENT_STARTS = 'ASSESSMENT_STARTS',
  ADVICE_GIVEN = 'ADVICE_GIVEN',
  REFERRED_ELSEWHERE = 'REFERRED_ELSEWHERE',
  NO_NEED = 'NO_NEED',
}

registerEnumType(FirstResponseOutcome, {
  name: 'FirstResponseOutcome',
  description: 'What the first answer to a help request came to.',
  valuesConfig: {
    ASSESSMENT_STARTS: { description: 'The family needs support: a service need assessment starts.' },
    ADVICE_GIVEN: { description: 'Advice or guidance given in the answer was enough for now.' },
    REFERRED_ELSEWHERE: { description: 'Referred to another service (e.g. an organisation or health care).' },
    NO_NEED: { description: 'On talking it over, there was no need for family services.' },
  },
});

/** Where a request stands in triage; derived from what is stored, never stored itself. */
export enum HelpRequestStatus {
  NEW = 'NEW',
  RESPONDED = 'RESPONDED',
  IN_CASE = 'IN_CASE',
}

registerEnumType(HelpRequestStatus, {
  name: 'HelpRequestStatus',
  description: 'Where a help request stands in triage.',
  valuesConfig: {
    NEW: { description: 'Nobody has answered yet: it must be answered by `respondBy`.' },
    RESPONDED: { description: 'A family worker has answered (see `firstResponse`); not linked to a family case.' },
    IN_CASE: { description: "Linked to the family's case, where the work continues." },
  },
});

@ObjectType({ description: 'The first answer a family worker gave to a help request.' })
export class FirstResponse {
  @Field(() => Date, { description: 'When the answer was given, in Finnish local time.' })
  at: Date;

  @Field(() => ContactChannel, { description: 'How the family was answered.' })
  channel: ContactChannel;

  @Field(() => FirstResponseOutcome, { description: 'What the answer came to.' })
  outcome: FirstResponseOutcome;

  @Field({ description: 'The id of the family worker who answered.' })
  respondedBy: string;
}

/**
 * An online "ask for help" request, sent 24/7 without signing in. It names no family at first:
 * a family worker links it to the family's case after answering. Its content is a case note (`notes`):
 * readable by the municipality's family workers and, once linked, the family's guardians.
 */
@Entity('help_request')
@ObjectType({ description: 'An "ask for help" request and where it stands in triage.' })
export class HelpRequest {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The request's id, as given in the receipt." })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  @Directive('@category(name: "contact")')
  @Field({ description: 'The name the person wants to be addressed by.' })
  contactName: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Directive('@category(name: "contact")')
  @Field(() => String, { nullable: true, description: 'Phone number (E.164); null when only an email was given.' })
  phone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  @Directive('@category(name: "contact")')
  @Field(() => String, { nullable: true, description: 'Email address; null when only a phone number was given.' })
  email: string | null;

  @Column({ type: 'varchar', length: 20 })
  @Directive('@category(name: "notes")')
  @Field(() => ContactChannel, { description: 'How the person wants to be contacted.' })
  preferredChannel: ContactChannel;

  /** The family's situation in the person's own words. */
  @Column({ type: 'text' })
  @Directive('@category(name: "notes")')
  @Field({ description: "The family's situation in the person's own words; may hold line breaks." })
  situation: string;

  @Column({ type: 'int', array: true })
  @Directive('@category(name: "notes")')
  @Field(() => [Int], { description: "Each child's age in whole years, as the person told them." })
  childrenAges: number[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Directive('@category(name: "notes")')
  @Field(() => Date, { description: 'When the request arrived, in Finnish local time.' })
  receivedAt: Date;

  /** Three working days after the Helsinki date of receipt; the triage queue is ordered by it. */
  @Index()
  @Column({ type: 'date' })
  @Directive('@category(name: "notes")')
  @Field(() => LocalDateScalar, { description: 'The last day (Finnish time) to answer: three working days after the request arrived.' })
  respondBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  firstResponseAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  firstResponseChannel: ContactChannel | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  firstResponseOutcome: FirstResponseOutcome | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  respondedBy: string | null;

  /** The family and its case, once a family worker has linked the request. */
  @Index('IDX_help_request_familyId')
  @Column({ type: 'uuid', nullable: true })
  familyId: string | null;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;
}
