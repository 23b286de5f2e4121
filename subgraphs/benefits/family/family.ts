import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { BenefitApplication } from '../application/benefit-application.entity';

@Directive('@key(fields: "id")')
@ObjectType()
export class Family {
  @Field(() => ID)
  id: string;

  @Directive('@category(name: "benefits")')
  @Field(() => [BenefitApplication], { description: "The family's benefit applications, newest first. Empty without the `benefits` grant." })
  benefitApplications: BenefitApplication[];
}
