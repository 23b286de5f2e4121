import { Entity } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { ServicePlace } from '../../kit/service-place';

@Entity('clinic')
@ObjectType({ description: 'A child health clinic (neuvola) or other clinic location.' })
export class Clinic extends ServicePlace {}
