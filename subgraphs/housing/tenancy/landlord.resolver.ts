import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { LandlordService } from './landlord.service';
import { ReportHousingAlertInput } from './report-alert.input';
import { HousingAlert } from './housing-alert.entity';
import { Tenancy } from './tenancy.entity';

enum HousingCaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(HousingCaseStatus, {
  name: 'HousingCaseStatus',
  description: 'All a landlord learns of the case: open or closed.',
  valuesConfig: {
    OPEN: { description: 'Housing counsellors are working on the case.' },
    CLOSED: { description: 'The case is closed; its outcome is not disclosed to the landlord.' },
  },
});

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
  reportHousingAlert(
    @Arg('input', { description: 'The tenancy, the kind of alert and what happened.' }) input: ReportHousingAlertInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HousingAlert> {
    return new LandlordService(ctx).report(input);
  }

  @FieldResolver(() => HousingCaseStatus, { description: 'Whether the housing case opened from the alert is still open; all the landlord learns of it.' })
  caseStatus(@Root() alert: HousingAlert): HousingCaseStatus {
    return LandlordService.caseStatus(alert) as HousingCaseStatus;
  }
}
