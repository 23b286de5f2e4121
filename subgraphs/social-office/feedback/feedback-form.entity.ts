import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnumType } from 'type-graphql';

export enum GoalsMet {
  YES = 'YES',
  PARTLY = 'PARTLY',
  NO = 'NO',
}

registerEnumType(GoalsMet, {
  name: 'GoalsMet',
  description: "Whether the family's goals were met, in the family's own view.",
  valuesConfig: { YES: { description: 'Yes.' }, PARTLY: { description: 'Partly.' }, NO: { description: 'No.' } },
});

/**
 * The outcome follow-up a family gets when its plan closes. It is reached only with a one-time token, of which
 * only the sha256 is stored. It keeps no family id: the answers are reported in aggregate, by service.
 */
@Entity('feedback_form')
export class FeedbackForm {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_feedback_form' })
  id: string;

  /** One form per closed plan. */
  @Index('UQ_feedback_form_planId', { unique: true })
  @Column({ type: 'uuid' })
  planId: string;

  @Index('UQ_feedback_form_tokenHash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  /** The plan's agreed services when it closed: the report's groups. */
  @Column({ type: 'varchar', length: 30, array: true })
  services: string[];

  @Index('IDX_feedback_form_closedOn')
  @Column({ type: 'date' })
  closedOn: string;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** 1 (not at all) to 5 (very much): how much the services helped. */
  @Column({ type: 'smallint', nullable: true })
  helpfulness: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  goalsMet: GoalsMet | null;

  @Column({ type: 'boolean', nullable: true })
  wouldRecommend: boolean | null;
}
