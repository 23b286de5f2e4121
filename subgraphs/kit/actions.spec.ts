import { Action, refusal } from './actions';
import type { Grant, Role } from './passport';
import { Viewer } from './viewer';

const FAMILY = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const viewer = (roles: Role[], grants: Grant[] = []) => new Viewer({ sub: 'u1', roles, grants });
const guardianOf = (family: string): Grant => ({ family, categories: ['contact', 'companionship'], basis: 'guardianship', ref: 'p1' });

describe('the write action catalogue', () => {
  it('lets a guardian consent and revoke for the own family only', () => {
    const guardian = viewer(['guardian'], [guardianOf(FAMILY)]);
    for (const action of [Action.GrantConsent, Action.RevokeConsent]) {
      expect(refusal(guardian, action, [FAMILY])).toBeUndefined();
      expect(refusal(guardian, action, [OTHER])).toMatch(/no grant to change companionship/);
    }
  });

  it('does not let a companionship grant of another basis stand in for guardianship', () => {
    const worker = viewer(['guardian', 'family-worker'], [{ family: '*', categories: ['companionship'], basis: 'municipal-role', ref: 'family-worker' }]);
    expect(refusal(worker, Action.GrantConsent, [FAMILY])).toMatch(/no grant/);
  });

  it('lets a coordinator assign companions by the municipal role, and nobody else', () => {
    const coordinator = viewer(
      ['volunteer-coordinator'],
      [{ family: '*', categories: ['companionship'], basis: 'municipal-role', ref: 'volunteer-coordinator' }],
    );
    expect(refusal(coordinator, Action.AssignCompanion, [FAMILY])).toBeUndefined();
    expect(refusal(viewer(['volunteer-coordinator']), Action.AssignCompanion, [FAMILY])).toMatch(/no grant/);
    expect(refusal(viewer(['guardian'], [guardianOf(FAMILY)]), Action.AssignCompanion, [FAMILY])).toMatch(/role volunteer-coordinator/);
  });

  it('registers a family only with municipal grants for contact and identity of every family', () => {
    const full = viewer(['family-worker'], [{ family: '*', categories: ['contact', 'identity'], basis: 'municipal-role', ref: 'family-worker' }]);
    expect(refusal(full, Action.RegisterFamily)).toBeUndefined();
    const contactOnly = viewer(['family-worker'], [{ family: '*', categories: ['contact'], basis: 'municipal-role', ref: 'family-worker' }]);
    expect(refusal(contactOnly, Action.RegisterFamily)).toMatch(/identity/);
    // A guardian's grants on the own family are no grant on a new one.
    expect(refusal(viewer(['family-worker'], [{ ...guardianOf(FAMILY), categories: ['contact', 'identity'] }]), Action.RegisterFamily)).toMatch(/new family/);
  });

  it('lets a landlord report by role; the tenancy being its own is checked on the row', () => {
    expect(refusal(viewer(['landlord']), Action.ReportHousingAlert)).toBeUndefined();
    expect(refusal(viewer(['housing-counsellor']), Action.ReportHousingAlert)).toMatch(/role landlord/);
  });

  it('lets a housing counsellor record a home visit only with municipal housing and notes grants', () => {
    const counsellor = (categories: Grant['categories']) =>
      viewer(['housing-counsellor'], [{ family: '*', categories, basis: 'municipal-role', ref: 'housing-counsellor' }]);
    expect(refusal(counsellor(['housing', 'notes']), Action.RecordHomeVisit, [FAMILY])).toBeUndefined();
    expect(refusal(counsellor(['housing']), Action.RecordHomeVisit, [FAMILY])).toMatch(/notes/);
    expect(refusal(viewer(['landlord']), Action.CloseHousingCase, [FAMILY])).toMatch(/role housing-counsellor/);
  });

  it('lets a family worker decide on a benefit application only with the benefit-amounts grant; a guardian never', () => {
    const worker = (categories: Grant['categories']) => viewer(['family-worker'], [{ family: '*', categories, basis: 'municipal-role', ref: 'family-worker' }]);
    expect(refusal(worker(['benefits', 'benefit-amounts']), Action.DecideBenefitApplication, [FAMILY])).toBeUndefined();
    expect(refusal(worker(['benefits']), Action.DecideBenefitApplication, [FAMILY])).toMatch(/benefit-amounts/);
    expect(refusal(worker(['benefits']), Action.SubmitBenefitApplication, [FAMILY])).toBeUndefined();
    const guardian = viewer(['guardian'], [{ ...guardianOf(FAMILY), categories: ['benefits', 'benefit-amounts'] }]);
    expect(refusal(guardian, Action.CreateBenefitApplication, [FAMILY])).toMatch(/role family-worker/);
  });

  it('lets a family worker answer a help request by the municipal grant, with or without a family named', () => {
    const worker = viewer(['family-worker'], [{ family: '*', categories: ['notes'], basis: 'municipal-role', ref: 'family-worker' }]);
    expect(refusal(worker, Action.RespondToHelpRequest)).toBeUndefined();
    expect(refusal(worker, Action.RespondToHelpRequest, [FAMILY])).toBeUndefined();
    // A guardian's notes grant on the own family is no municipal grant.
    const guardianWorker = viewer(['family-worker'], [{ ...guardianOf(FAMILY), categories: ['notes'] }]);
    expect(refusal(guardianWorker, Action.RespondToHelpRequest)).toMatch(/municipality's families/);
  });

  it('keeps the public actions to callers without an account', () => {
    for (const action of [Action.AskForHelp, Action.AnswerFeedback]) {
      expect(refusal(viewer(['anonymous']), action)).toBeUndefined();
      expect(refusal(viewer(['guardian'], [guardianOf(FAMILY)]), action)).toMatch(/without signing in/);
      expect(refusal(viewer(['anonymous']), action, [FAMILY])).toMatch(/cannot name a family/);
    }
  });

  it("lets a social host log hours only for the own group's families, and only a family worker decide and set goals", () => {
    const host = viewer(['social-host'], [{ family: FAMILY, categories: ['contact', 'hosting'], basis: 'referral', ref: 'group-1' }]);
    expect(refusal(host, Action.LogHours, [FAMILY])).toBeUndefined();
    expect(refusal(host, Action.LogHours, [FAMILY, OTHER])).toMatch(/no grant to change hosting/);
    for (const action of [Action.DecideHoursEntry, Action.SetHostGoal, Action.SetHostGoalStatus, Action.ReferFamilyToHostGroup]) {
      expect(refusal(host, action, [FAMILY])).toMatch(/role family-worker/);
    }
    const worker = viewer(['family-worker'], [{ family: '*', categories: ['hosting', 'bookings'], basis: 'municipal-role', ref: 'family-worker' }]);
    expect(refusal(worker, Action.DecideHoursEntry, [FAMILY])).toBeUndefined();
    // A family worker's municipal grant is not the host's referral: the worker cannot log hours as a host.
    expect(refusal(worker, Action.LogHours, [FAMILY])).toMatch(/role social-host/);
  });

  it('lets a guardian sign up the own family to an activity, and anyone of the staff create one without naming a family', () => {
    const guardian = viewer(['guardian'], [{ ...guardianOf(FAMILY), categories: ['bookings'] }]);
    expect(refusal(guardian, Action.SignUpForActivity, [FAMILY])).toBeUndefined();
    expect(refusal(guardian, Action.SignUpForActivity, [OTHER])).toMatch(/no grant to change bookings/);
    expect(refusal(viewer(['social-host']), Action.CreateActivity)).toBeUndefined();
    expect(refusal(viewer(['social-host']), Action.RecordHeadCount, [FAMILY])).toMatch(/cannot name a family/);
    expect(refusal(viewer(['guardian']), Action.RecordAttendance, [FAMILY])).toMatch(/role family-worker/);
  });
});
