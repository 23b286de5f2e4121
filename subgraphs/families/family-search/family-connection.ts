import { Field, ObjectType } from 'type-graphql';
import { Family } from '../family/family.entity';

@ObjectType({ description: 'One family found by a search, with the cursor to continue after it.' })
export class FamilyEdge {
  @Field({ description: 'Pass as `after` to continue the search after this family.' })
  cursor: string;

  @Field(() => Family, { description: 'The family found.' })
  node: Family;
}

@ObjectType({ description: 'Where a page of results stands in the whole result.' })
export class PageInfo {
  @Field({ description: 'True when more results follow this page.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: "The last edge's cursor; null on an empty page." })
  endCursor: string | null;
}

@ObjectType({ description: 'A page of families found by a search, ordered by display name (a GraphQL connection).' })
export class FamilyConnection {
  @Field(() => [FamilyEdge], { description: 'The families of this page.' })
  edges: FamilyEdge[];

  @Field(() => PageInfo, { description: 'Whether more results follow, and the cursor to fetch them.' })
  pageInfo: PageInfo;
}
