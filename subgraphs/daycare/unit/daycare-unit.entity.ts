import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { ServicePlace } from '../../kit/service-place';
import { LocalDateScalar } from '../../kit/date-time';

@Entity('daycare_unit')
@ObjectType({ description: 'An early-education unit (päiväkoti).' })
export class DaycareUnit extends ServicePlace {}

@Entity('placement')
@Index(['familyId'])
@ObjectType({ description: "A child's placement in a unit for a period, as in eVaka." })
export class Placement {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The placement's id in daycare." })
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The child (a `Person` in the families subgraph).' })
  childId: string;

  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => DaycareUnit)
  @Field(() => DaycareUnit, { description: 'The daycare unit the child is placed in.' })
  unit: Relation<DaycareUnit>;

  @Column({ type: 'varchar', length: 30 })
  @Field({ description: 'eVaka placement type, e.g. DAYCARE or PRESCHOOL_DAYCARE.' })
  type: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The first day of the placement.' })
  startsOn: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The last day of the placement (inclusive).' })
  endsOn: string;
}
