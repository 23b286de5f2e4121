import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A family's client case at the family services: where a help request, its assessment and the service plan
 * are worked on. One open case per family (a partial unique index), so a second request joins the open one.
 */
@Entity('family_case')
@Index('UQ_family_case_open_per_family', ['familyId'], { unique: true, where: '"closedAt" IS NULL' })
@ObjectType({ description: "A family's client case at the family services." })
export class FamilyCase {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_family_case' })
  @Field(() => ID, { description: "The case's id; assessments and service plans name it." })
  id: string;

  @Index('IDX_family_case_familyId')
  @Column({ type: 'uuid' })
  familyId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Directive('@category(name: "notes")')
  @Field(() => Date, { description: 'When the case was opened, in Finnish local time.' })
  openedAt: Date;

  @Column({ type: 'varchar', length: 64 })
  @Directive('@category(name: "notes")')
  @Field({ description: 'The id of the family worker who opened it.' })
  openedBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  @Directive('@category(name: "notes")')
  @Field(() => Date, { nullable: true, description: 'When the case was closed; null while it is open.' })
  closedAt: Date | null;
}
