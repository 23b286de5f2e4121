import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';

export enum HomeVisitRole {
  HOUSING_COUNSELLOR = 'HOUSING_COUNSELLOR',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
}
registerEnumType(HomeVisitRole, {
  name: 'HomeVisitRole',
  description: 'In what role a worker took part in a home visit.',
  valuesConfig: {
    HOUSING_COUNSELLOR: { description: 'The housing counsellor who recorded the visit.' },
    SOCIAL_WORKER: { description: 'The social worker who came along.' },
  },
});

@ObjectType({ description: 'A worker who took part in a home visit.' })
export class HomeVisitParticipant {
  @Field({ description: "The worker's user id (token subject), never a name." })
  userId: string;

  @Field(() => HomeVisitRole, { description: 'In what role the worker took part.' })
  role: HomeVisitRole;
}

@Entity('home_visit')
@Index('IDX_home_visit_case', ['caseId', 'visitedOn'])
@ObjectType({ description: "A visit to the family's home: usually the first step of a housing case." })
export class HomeVisit {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The visit's id." })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day of the visit.' })
  visitedOn: string;

  @Column({ type: 'varchar', length: 64 })
  counsellorId: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  socialWorkerId: string | null;

  /** Sensitive: served only with the `notes` grant. */
  @Column({ type: 'varchar', length: 4000 })
  findings: string;
}
