import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';

export enum BenefitDecisionOutcome {
  GRANTED = 'GRANTED',
  PARTIALLY_GRANTED = 'PARTIALLY_GRANTED',
  DENIED = 'DENIED',
}
registerEnumType(BenefitDecisionOutcome, {
  name: 'BenefitDecisionOutcome',
  description: 'What was decided on an application.',
  valuesConfig: {
    GRANTED: { description: 'Granted as applied.' },
    PARTIALLY_GRANTED: { description: 'Granted in part.' },
    DENIED: { description: 'Denied.' },
  },
});

/** The decision on an application; all of it is `benefit-amounts` data, never served to a companion. */
@Entity('benefit_decision')
@Index('UQ_benefit_decision_application', ['applicationId'], { unique: true })
@ObjectType({ description: 'The decision on a benefit application: outcome, amount, period and reasoning. Needs the `benefit-amounts` grant.' })
export class BenefitDecision {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The decision's id." })
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 20 })
  @Directive('@category(name: "benefit-amounts")')
  @Field(() => BenefitDecisionOutcome, { description: 'Granted, partially granted or denied.' })
  outcome: BenefitDecisionOutcome;

  @Column({ type: 'integer' })
  @Directive('@category(name: "benefit-amounts")')
  @Field(() => Int, { description: 'The amount granted for the period, in euro cents (0 when denied).' })
  amountCents: number;

  @Column({ type: 'date' })
  @Directive('@category(name: "benefit-amounts")')
  @Field(() => LocalDateScalar, { description: 'First day of the period the decision covers.' })
  periodFrom: string;

  @Column({ type: 'date' })
  @Directive('@category(name: "benefit-amounts")')
  @Field(() => LocalDateScalar, { description: 'Last day of the period the decision covers.' })
  periodTo: string;

  @Column({ type: 'varchar', length: 4000 })
  @Directive('@category(name: "benefit-amounts")')
  @Field({ description: 'Why it was decided so, plain text.' })
  reasoning: string;

  @Column({ type: 'date' })
  @Directive('@category(name: "benefit-amounts")')
  @Field(() => LocalDateScalar, { description: 'The day of the decision.' })
  decidedOn: string;

  @Column({ type: 'varchar', length: 64 })
  decidedBy: string;
}
