import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';

export enum HousingAlertType {
  RENT_ARREARS = 'RENT_ARREARS',
  DISTURBANCE = 'DISTURBANCE',
}
export enum HousingOutcome {
  KEPT = 'KEPT',
  LOST = 'LOST',
  UNRESOLVED = 'UNRESOLVED',
}
export enum HousingCaseKind {
  EVICTION_PREVENTION = 'EVICTION_PREVENTION',
  MOVE_TO_OWN_TENANCY = 'MOVE_TO_OWN_TENANCY',
}
export enum HousingProblem {
  SUBSTANCE_USE = 'SUBSTANCE_USE',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  FINANCIAL = 'FINANCIAL',
  OTHER = 'OTHER',
}
registerEnumType(HousingAlertType, {
  name: 'HousingAlertType',
  description: "What the landlord's alert was about; also the type of an eviction.",
  valuesConfig: {
    RENT_ARREARS: { description: 'Unpaid rent has built up; the alert gives the amount in `arrearsCents` and the months in arrears.' },
    DISTURBANCE: { description: 'The landlord has given a disturbance warning; the alert gives its date and kind.' },
  },
});
registerEnumType(HousingOutcome, {
  name: 'HousingOutcome',
  description: 'Whether the tenant kept the home.',
  valuesConfig: {
    KEPT: { description: 'The tenant kept the home.' },
    LOST: { description: 'The tenant lost the home (evicted or moved out).' },
    UNRESOLVED: { description: 'The case was closed without a known outcome.' },
  },
});
registerEnumType(HousingCaseKind, {
  name: 'HousingCaseKind',
  description: 'Which of the two housing-support flows a case follows.',
  valuesConfig: {
    EVICTION_PREVENTION: { description: "Opened by a landlord's alert, to keep the home." },
    MOVE_TO_OWN_TENANCY: { description: 'A rehabilitated resident moves from supported housing into an own tenancy, with follow-up.' },
  },
});
registerEnumType(HousingProblem, {
  name: 'HousingProblem',
  description: 'A problem behind the housing risk, as the counsellor assesses it (a case may have several).',
  valuesConfig: {
    SUBSTANCE_USE: { description: 'Substance use.' },
    MENTAL_HEALTH: { description: 'Mental health.' },
    FINANCIAL: { description: 'Money: debts, income, budgeting.' },
    OTHER: { description: 'Anything else.' },
  },
});

@Entity('housing_case')
@Index(['familyId'])
@Index('UQ_housing_case_open_per_family', ['familyId'], { unique: true, where: '"outcome" IS NULL' }) // one open case per family
@Index('IDX_housing_case_municipality_opened', ['municipality', 'openedOn']) // the outcome report
@Index('IDX_housing_case_counsellor_outcome', ['counsellorId', 'outcome']) // a counsellor's open cases, and least-loaded assignment
@Directive('@key(fields: "id")')
@ObjectType({ description: "A housing counsellor's case: opened from a landlord's alert to prevent an eviction, or to follow a move into an own tenancy." })
export class HousingCase {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The case's id in housing." })
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 80 })
  municipality: string;

  @Column({ type: 'varchar', length: 24, default: HousingCaseKind.EVICTION_PREVENTION })
  @Field(() => HousingCaseKind, { description: 'Which flow the case follows.' })
  kind: HousingCaseKind;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => HousingAlertType, {
    nullable: true,
    description: "What the landlord's alert that opened the case was about; null for a move into an own tenancy.",
  })
  alertType: HousingAlertType | null;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day the case was opened, in Finnish local time.' })
  openedOn: string;

  /** The housing counsellor's user id (token subject). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "The assigned housing counsellor's user id; null only while the municipality has no counsellor." })
  counsellorId: string | null;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The last day for the first contact with the family: the configured number of working days after opening.' })
  firstContactDueOn: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'When the counsellor first reached the family (a home visit counts); null until then.' })
  firstContactOn: string | null;

  @Column({ type: 'varchar', length: 20, array: true, default: () => "'{}'" })
  @Field(() => [HousingProblem], { description: 'The problems behind the housing risk, as assessed by the counsellor.' })
  problemCategories: HousingProblem[];

  /** A ServicePlan id in social-office; no foreign key across subgraphs. */
  @Column({ type: 'uuid', nullable: true })
  servicePlanId: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'For a move into an own tenancy: the day the resident moved in.' })
  movedInOn: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  @Field(() => HousingOutcome, { nullable: true, description: 'Null while the case is open.' })
  outcome: HousingOutcome | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the case was closed; null while it is open.' })
  closedOn: string | null;

  @VersionColumn()
  @Field(() => Int, { description: 'Changes with every edit; send it back as `expectedVersion` so a concurrent edit is detected (CONFLICT).' })
  version: number;
}
