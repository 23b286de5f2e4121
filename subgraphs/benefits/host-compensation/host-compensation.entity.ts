import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CompensationForm } from './compensation-rule';

/** A municipality's parameters of the host compensation rule: one row each, changed by configuration, not code. */
@Entity('host_compensation_rule')
export class HostCompensationRule {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  municipality: string;

  @Column({ type: 'int' })
  rentSharePercent: number;

  @Column({ type: 'int' })
  goalBonusCents: number;

  @Column({ type: 'int' })
  gymCardYearCents: number;

  @Column({ type: 'int' })
  busCardMonthCents: number;

  @Column({ type: 'int' })
  minimumHoursPercent: number;
}

/** What was agreed with a host: the form of compensation and the rent it rests on, from a day on. */
@Entity('host_compensation_agreement')
@Index(['hostId', 'startsOn'])
export class HostCompensationAgreement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  hostId: string;

  @Column({ type: 'varchar', length: 60 })
  municipality: string;

  @Column({ type: 'varchar', length: 20 })
  form: CompensationForm;

  @Column({ type: 'int' })
  monthlyRentCents: number;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;
}
