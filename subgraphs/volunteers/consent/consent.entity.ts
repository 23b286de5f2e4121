import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { DataCategory } from '../../kit/access-log/access-log-entry';
import { LocalDateScalar } from '../../kit/date-time';

@Entity('consent')
@Index(['companionId'])
@Index(['familyId'])
// The passport's grant source reads only live consents of one companion.
@Index('IDX_consent_live_by_companion', ['companionId', 'familyId', 'validUntil'], { where: '"revokedAt" IS NULL' })
@ObjectType({ description: "A guardian's specific, time-limited and revocable consent for a companion to see named data categories." })
export class Consent {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The consent's id; pass it to `revokeConsent` or `renewConsent`." })
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The companion the consent is given to (a `Companion` id).' })
  companionId: string;

  @Column({ type: 'uuid' })
  grantedBy: string;

  @Column({ type: 'varchar', array: true })
  @Field(() => [DataCategory], { description: 'The data categories the companion may see, e.g. BOOKINGS and CONTACT.' })
  scopes: string[];

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The last day the consent is valid (inclusive), in Finnish local time; it ends at the start of the next day.' })
  validUntil: string;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When a guardian revoked the consent; null while it is not revoked.' })
  revokedAt: Date | null;

  @VersionColumn()
  version: number;
}
