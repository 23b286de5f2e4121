import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnumType } from 'type-graphql';

export enum ContactChannel {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  TEXT_MESSAGE = 'TEXT_MESSAGE',
}

registerEnumType(ContactChannel, {
  name: 'ContactChannel',
  description: 'How the person asking for help wants to be contacted.',
  valuesConfig: {
    PHONE: { description: 'A phone call.' },
    EMAIL: { description: 'An email.' },
    TEXT_MESSAGE: { description: 'A text message (SMS).' },
  },
});

/**
 * An online "ask for help" request, sent 24/7 without signing in. It names no family yet:
 * a family worker links it to one when answering. Not readable through the graph yet.
 */
@Entity('help_request')
export class HelpRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  contactName: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 20 })
  preferredChannel: ContactChannel;

  /** The family's situation in the person's own words. */
  @Column({ type: 'text' })
  situation: string;

  @Column({ type: 'int', array: true })
  childrenAges: number[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;

  /** Three working days after the Helsinki date of receipt; the triage queue is ordered by it. */
  @Index()
  @Column({ type: 'date' })
  respondBy: string;
}
