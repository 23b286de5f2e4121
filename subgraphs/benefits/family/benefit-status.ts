import { Field, ObjectType } from 'type-graphql';
import { BenefitApplication, BenefitApplicationStatus as Status, BenefitKind } from '../application/benefit-application.entity';

/** Applications older than this no longer count: the family may need to apply again. */
export const STATUS_WINDOW_DAYS = 365;

@ObjectType({ description: "Where the family stands with one kind of social assistance: status only, never an amount (a companion's view)." })
export class BenefitKindStatus {
  @Field(() => BenefitKind, { description: 'The kind of social assistance.' })
  kind: BenefitKind;

  @Field(() => Status, { nullable: true, description: 'The status of the latest application of this kind in the past year; null when there is none.' })
  status: Status | null;

  @Field({ description: 'An application is under way (DRAFT, SUBMITTED or IN_REVIEW): something to encourage the family to finish or follow.' })
  open: boolean;

  @Field({ description: 'No application of this kind in the past year: something to encourage the family to consider.' })
  missing: boolean;
}

/** Each kind's latest application of the window, by the day it was started. */
export function benefitStatuses(applications: BenefitApplication[], today: string): BenefitKindStatus[] {
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - STATUS_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  return Object.values(BenefitKind).map((kind) => {
    const latest = applications
      .filter((a) => a.kind === kind && a.createdOn >= since)
      .sort((a, b) => b.createdOn.localeCompare(a.createdOn) || b.id.localeCompare(a.id))[0];
    const status = latest?.status ?? null;
    return { kind, status, open: status !== null && status !== Status.DECIDED, missing: status === null };
  });
}
