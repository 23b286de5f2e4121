import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { BenefitApplication } from '../application/benefit-application.entity';
import { BenefitKindStatus } from './benefit-status';

@Directive('@key(fields: "id")')
@ObjectType()
export class Family {
  @Field(() => ID)
  id: string;

  @Directive('@category(name: "benefits")')
  @Field(() => [BenefitApplication], { description: "The family's benefit applications, newest first. Empty without the `benefits` grant." })
  benefitApplications: BenefitApplication[];

  @Directive('@category(name: "benefits")')
  @Field(() => [BenefitKindStatus], {
    description: 'Open and missing social assistance applications, one entry per kind, status only. Empty without the `benefits` grant.',
  })
  benefitStatuses: BenefitKindStatus[];
}
