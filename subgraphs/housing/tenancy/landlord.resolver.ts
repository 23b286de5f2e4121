import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { LandlordService } from './landlord.service';
import { ReportHousingAlertInput } from './report-alert.input';
import { HousingAlert, Tenancy } from './tenancy.entity';

enum HousingCaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(HousingCaseStatus, { name: 'HousingCaseStatus', description: 'All a landlord learns of the case: open or closed.' });

@Resolver(() => HousingAlert)
export class LandlordResolver {
  @Authorized('landlord')
  @Query(() => [Tenancy], { description: "The signed-in landlord's tenancies." })
  myTenancies(@Ctx() ctx: SubgraphContext): Promise<Tenancy[]> {
    return new LandlordService(ctx).tenancies();
  }

  @Authorized('landlord')
  @Query(() => [HousingAlert], { description: 'Alerts the signed-in landlord has reported, newest first.' })
  myHousingAlerts(@Ctx() ctx: SubgraphContext): Promise<HousingAlert[]> {
    return new LandlordService(ctx).alerts();
  }

  @Performs(Action.ReportHousingAlert)
  @Mutation(() => HousingAlert, { description: 'Reports rent arrears or a disturbance; housing counsellors see the case at once.' })
  reportHousingAlert(@Arg('input') input: ReportHousingAlertInput, @Ctx() ctx: SubgraphContext): Promise<HousingAlert> {
    return new LandlordService(ctx).report(input);
  }

  @FieldResolver(() => HousingCaseStatus)
  caseStatus(@Root() alert: HousingAlert): HousingCaseStatus {
    return LandlordService.caseStatus(alert) as HousingCaseStatus;
  }
}
