import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { HousingCase } from '../housing-case/housing-case.entity';

@Directive('@key(fields: "id")')
@ObjectType()
export class Family {
  @Field(() => ID)
  id: string;

  @Directive('@category(name: "housing")')
  @Field(() => [HousingCase], { description: "The family's housing cases, newest first. Empty without the `housing` grant." })
  housingCases: HousingCase[];
}
