import { UseMiddleware, type ResolverData } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { appendToChain } from './access-log/recorder';
import type { ChainedFields } from './access-log/chain';
import type { SubgraphContext } from './context';
import { conflict, forbidden } from './errors';
import { countAccessLogAppends } from './metrics';
import { claimIdempotencyKey, inputHash, rememberIdempotentResult } from './idempotency';
import type { Basis, Category, Role } from './passport';
import type { Viewer } from './viewer';

/** Every write the graph offers, named after its mutation: a test walks the schema's mutations against this list. */
export enum Action {
  RegisterFamily = 'registerFamily',
  GrantConsent = 'grantConsent',
  RevokeConsent = 'revokeConsent',
  AssignCompanion = 'assignCompanion',
  ReportHousingAlert = 'reportHousingAlert',
  AskForHelp = 'askForHelp',
  UpdateHousingCase = 'updateHousingCase',
  RecordHomeVisit = 'recordHomeVisit',
  ReferHousingClient = 'referHousingClient',
  CloseHousingCase = 'closeHousingCase',
  OpenMoveToOwnTenancy = 'openMoveToOwnTenancy',
  RecordHousingFollowUp = 'recordHousingFollowUp',
  CreateBenefitApplication = 'createBenefitApplication',
  SubmitBenefitApplication = 'submitBenefitApplication',
  StartBenefitReview = 'startBenefitReview',
  DecideBenefitApplication = 'decideBenefitApplication',
  RespondToHelpRequest = 'respondToHelpRequest',
  LinkHelpRequestToCase = 'linkHelpRequestToCase',
  OpenNeedsAssessment = 'openNeedsAssessment',
  WriteServicePlan = 'writeServicePlan',
  BookServicePlanAppointment = 'bookServicePlanAppointment',
  CloseServicePlan = 'closeServicePlan',
  AnswerFeedback = 'answerFeedback',
  // Volunteer companions (issue 7): lifecycle, training and supervision, referral, matching, consent renewal.
  ChangeCompanionStage = 'changeCompanionStage',
  RecordVolunteerMeeting = 'recordVolunteerMeeting',
  GiveSupervisionFeedback = 'giveSupervisionFeedback',
  ReferFamilyToCompanionship = 'referFamilyToCompanionship',
  EndCompanionAssignment = 'endCompanionAssignment',
  RenewConsent = 'renewConsent',
  ReferFamilyToHostGroup = 'referFamilyToHostGroup',
  LogHours = 'logHours',
  DecideHoursEntry = 'decideHoursEntry',
  SetHostGoal = 'setHostGoal',
  SetHostGoalStatus = 'setHostGoalStatus',
  CreateActivity = 'createActivity',
  SignUpForActivity = 'signUpForActivity',
  RecordAttendance = 'recordAttendance',
  RecordHeadCount = 'recordHeadCount',
}

/** Whose data a write may touch, beyond holding a role. */
export type FamilyRule =
  /** A passport grant on each family the write names, in every category of the action, on one of these bases. */
  | { grant: Basis[] }
  /** The write creates the family: a municipal grant on every family (`*`) in every category. */
  | { newFamily: true }
  /** The row itself shows it is the viewer's own (a landlord's tenancy); the write checks that in its transaction. */
  | { ownRow: Basis }
  /** The write names no family (an anonymous help request, before anyone knows the family): no family's data is used, so nothing is logged. */
  | { noFamily: true }
  /**
   * A municipal grant on every family (`*`) in every category of the action; the families the write touches, if any,
   * are logged on it. A help request not yet linked to a family touches none.
   */
  | { municipal: true };

export interface ActionRule {
  /** The viewer holds one of these roles. */
  roles: Role[];
  /** What the write stores; each is logged as a `write` of every family touched. */
  categories: Category[];
  family: FamilyRule;
}

/** The action catalogue (after eVaka's): a write's rule is here, not in each resolver. */
export const ACTIONS: Record<Action, ActionRule> = {
  [Action.RegisterFamily]: { roles: ['family-worker'], categories: ['contact', 'identity'], family: { newFamily: true } },
  [Action.GrantConsent]: { roles: ['guardian'], categories: ['companionship'], family: { grant: ['guardianship'] } },
  [Action.RevokeConsent]: { roles: ['guardian'], categories: ['companionship'], family: { grant: ['guardianship'] } },
  [Action.AssignCompanion]: { roles: ['volunteer-coordinator'], categories: ['companionship'], family: { grant: ['municipal-role'] } },
  [Action.ReportHousingAlert]: { roles: ['landlord'], categories: ['housing'], family: { ownRow: 'own-report' } },
  [Action.AskForHelp]: { roles: ['anonymous'], categories: ['contact'], family: { noFamily: true } },
  [Action.UpdateHousingCase]: { roles: ['housing-counsellor'], categories: ['housing'], family: { grant: ['municipal-role'] } },
  // Findings of a home visit are case workers' notes.
  [Action.RecordHomeVisit]: { roles: ['housing-counsellor'], categories: ['housing', 'notes'], family: { grant: ['municipal-role'] } },
  [Action.ReferHousingClient]: { roles: ['housing-counsellor'], categories: ['housing'], family: { grant: ['municipal-role'] } },
  [Action.CloseHousingCase]: { roles: ['housing-counsellor'], categories: ['housing'], family: { grant: ['municipal-role'] } },
  [Action.OpenMoveToOwnTenancy]: { roles: ['housing-counsellor'], categories: ['housing'], family: { grant: ['municipal-role'] } },
  [Action.RecordHousingFollowUp]: { roles: ['housing-counsellor'], categories: ['housing'], family: { grant: ['municipal-role'] } },
  [Action.CreateBenefitApplication]: { roles: ['family-worker'], categories: ['benefits'], family: { grant: ['municipal-role'] } },
  [Action.SubmitBenefitApplication]: { roles: ['family-worker'], categories: ['benefits'], family: { grant: ['municipal-role'] } },
  [Action.StartBenefitReview]: { roles: ['family-worker'], categories: ['benefits'], family: { grant: ['municipal-role'] } },
  [Action.DecideBenefitApplication]: { roles: ['family-worker'], categories: ['benefits', 'benefit-amounts'], family: { grant: ['municipal-role'] } },
  [Action.RespondToHelpRequest]: { roles: ['family-worker'], categories: ['notes'], family: { municipal: true } },
  [Action.LinkHelpRequestToCase]: { roles: ['family-worker'], categories: ['notes'], family: { grant: ['municipal-role'] } },
  [Action.OpenNeedsAssessment]: { roles: ['family-worker'], categories: ['notes'], family: { grant: ['municipal-role'] } },
  [Action.WriteServicePlan]: { roles: ['family-worker'], categories: ['notes'], family: { grant: ['municipal-role'] } },
  [Action.BookServicePlanAppointment]: { roles: ['family-worker'], categories: ['bookings', 'notes'], family: { grant: ['municipal-role'] } },
  [Action.CloseServicePlan]: { roles: ['family-worker'], categories: ['notes'], family: { grant: ['municipal-role'] } },
  // The one-time token is the whole authority: the answer is stored apart from the plan, so no family's data is used.
  [Action.AnswerFeedback]: { roles: ['anonymous'], categories: ['notes'], family: { noFamily: true } },
  // A volunteer's own record, not a family's: nothing of a family is stored, so nothing is logged.
  [Action.ChangeCompanionStage]: { roles: ['volunteer-coordinator'], categories: [], family: { noFamily: true } },
  [Action.RecordVolunteerMeeting]: { roles: ['volunteer-coordinator'], categories: [], family: { noFamily: true } },
  [Action.GiveSupervisionFeedback]: { roles: ['companion'], categories: [], family: { noFamily: true } },
  [Action.ReferFamilyToCompanionship]: { roles: ['family-worker'], categories: ['companionship'], family: { grant: ['municipal-role'] } },
  // Any side may end a companionship: the companion (on the family's consent), a guardian, or the coordinator.
  [Action.EndCompanionAssignment]: {
    roles: ['companion', 'guardian', 'volunteer-coordinator'],
    categories: ['companionship'],
    family: { grant: ['consent', 'guardianship', 'municipal-role'] },
  },
  [Action.RenewConsent]: { roles: ['guardian'], categories: ['companionship'], family: { grant: ['guardianship'] } },
  [Action.ReferFamilyToHostGroup]: { roles: ['family-worker'], categories: ['hosting'], family: { grant: ['municipal-role'] } },
  [Action.LogHours]: { roles: ['social-host'], categories: ['hosting'], family: { grant: ['referral'] } },
  [Action.DecideHoursEntry]: { roles: ['family-worker'], categories: ['hosting'], family: { grant: ['municipal-role'] } },
  [Action.SetHostGoal]: { roles: ['family-worker'], categories: ['hosting'], family: { grant: ['municipal-role'] } },
  [Action.SetHostGoalStatus]: { roles: ['family-worker'], categories: ['hosting'], family: { grant: ['municipal-role'] } },
  // An activity and its anonymous head count name no family.
  [Action.CreateActivity]: { roles: ['family-worker', 'social-host'], categories: [], family: { noFamily: true } },
  [Action.RecordHeadCount]: { roles: ['family-worker', 'social-host'], categories: [], family: { noFamily: true } },
  [Action.SignUpForActivity]: { roles: ['guardian', 'family-worker'], categories: ['bookings'], family: { grant: ['guardianship', 'municipal-role'] } },
  [Action.RecordAttendance]: { roles: ['family-worker'], categories: ['bookings'], family: { grant: ['municipal-role'] } },
};

/** Why `viewer` may not perform `action` on `familyIds`, or undefined when the rule holds. */
export function refusal(viewer: Viewer, action: Action, familyIds: readonly string[] = []): string | undefined {
  const rule = ACTIONS[action];
  if (!viewer.hasRole(...rule.roles)) {
    return rule.roles.includes('anonymous')
      ? 'This is sent without signing in: leave out the Authorization header.'
      : `This needs the role ${rule.roles.join(' or ')}.`;
  }
  const family = rule.family;
  if ('noFamily' in family) return familyIds.length ? 'This write cannot name a family.' : undefined;
  if ('newFamily' in family || 'municipal' in family) {
    const missing = rule.categories.filter((c) => viewer.basisFor('*', c)?.basis !== 'municipal-role');
    if (missing.length)
      return `You have no grant to record ${missing.join(' and ')} data of ${'newFamily' in family ? 'a new family' : "the municipality's families"}.`;
    return undefined;
  }
  if ('grant' in family) {
    for (const familyId of familyIds) {
      for (const category of rule.categories) {
        const basis = viewer.basisFor(familyId, category)?.basis;
        if (!basis || !family.grant.includes(basis)) return `You have no grant to change ${category} data of this family.`;
      }
    }
  }
  return undefined;
}

/** Refuses with a coded FORBIDDEN, before anything is read for the write or stored. */
export function assertMayPerform(viewer: Viewer, action: Action, familyIds: readonly string[] = []): void {
  const reason = refusal(viewer, action, familyIds);
  if (reason) throw forbidden(reason);
}

/** Marks a mutation as `action`; a viewer without one of its roles is refused before the input is even validated. */
export const Performs = (action: Action) =>
  UseMiddleware(({ context }: ResolverData<SubgraphContext>, next) => {
    assertMayPerform(context.viewer, action);
    return next();
  });

export interface Idempotency<T> {
  key?: string | null;
  /** The request's input; a retry must match it. */
  input: object;
  /** Reads back what the first request with the key created. */
  replay: (tx: EntityManager, id: string) => Promise<T>;
}

export interface WriteOptions<T> {
  /** Families the write names before it runs (e.g. the input's familyId); checked against the rule. */
  families?: string[];
  idempotency?: Idempotency<T>;
}

/** Families a write found or created while it ran: each is logged with the write. */
export type Touch = (familyId: string, basisRef?: string) => void;

/**
 * Authorises `action`, then runs `write` and appends its access-log entries in one transaction:
 * a write commits with its log entries or not at all. With an idempotency key, a retry returns
 * the first result and writes nothing.
 */
export async function performWrite<T extends { id: string }>(
  ctx: SubgraphContext,
  action: Action,
  options: WriteOptions<T>,
  write: (tx: EntityManager, touch: Touch) => Promise<T>,
): Promise<T> {
  const families = options.families ?? [];
  assertMayPerform(ctx.viewer, action, families);
  const rule = ACTIONS[action];
  const idem = options.idempotency?.key ? { ...options.idempotency, key: options.idempotency.key } : undefined;
  let logged: ChainedFields[] = [];
  return ctx.db
    .transaction(async (tx): Promise<T> => {
      if (idem) {
        const firstId = await claimIdempotencyKey(tx, ctx.viewer.id, idem.key, action, inputHash(action, idem.input));
        if (firstId) return idem.replay(tx, firstId);
      }
      const touched = new Map<string, string | undefined>(families.map((f) => [f, undefined]));
      const result = await write(tx, (familyId, basisRef) => touched.set(familyId, basisRef));
      if (touched.size === 0 && !('noFamily' in rule.family) && !('municipal' in rule.family))
        throw new Error(`${action} touched no family, so it has nothing to log`);
      assertMayPerform(ctx.viewer, action, [...touched.keys()]); // families found while writing; a refusal rolls back
      if (idem) await rememberIdempotentResult(tx, ctx.viewer.id, idem.key, result.id);
      logged = [...touched].flatMap(([familyId, basisRef]) => rule.categories.map((category) => writeEntry(ctx, rule, familyId, category, basisRef)));
      await appendToChain(tx, logged);
      return result;
    })
    .then((result) => {
      // Counted once committed, like the reads' group commit: the metric covers every append, not only reads.
      if (logged.length > 0) countAccessLogAppends(logged[0].service, logged.length);
      return result;
    })
    .catch((error: Error & { code?: string }) => {
      // A concurrent write stored the same unique thing first (e.g. a HETU): the client's to resolve, not a 500.
      if (error.code === UNIQUE_VIOLATION)
        throw conflict('Something this would create was stored at the same moment by another request. Reload and check before trying again.');
      throw error;
    });
}

const UNIQUE_VIOLATION = '23505';

function writeEntry(ctx: SubgraphContext, rule: ActionRule, familyId: string, category: Category, basisRef: string | undefined): ChainedFields {
  if ('ownRow' in rule.family) {
    if (!basisRef) throw new Error('an own-row write names the row its basis rests on');
    return ctx.access.entry(familyId, category, 'write', rule.family.ownRow, basisRef);
  }
  const basis = ctx.viewer.basisFor(familyId, category)!; // the rule held for named families; a new family rests on `*`
  return ctx.access.entry(familyId, category, 'write', basis.basis, basis.ref);
}
