import { Directive } from 'type-graphql';
import type { Category } from './passport';

/**
 * Marks a field as family data of one category: `@category(name: "bookings")` in the schema. The gateway trims
 * each passport to the categories a subgraph's fields declare, and `npm run schema:check` refuses a field on
 * Family or Person without one.
 */
export const FamilyData = (category: Category) => Directive(`@category(name: "${category}")`);
