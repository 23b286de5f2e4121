import { helsinkiToday } from '../subgraphs/kit/date-time';
import { deadlineState, pendingDeadline } from '../subgraphs/social-office/needs-assessment/deadlines';
import { WATCH_WORKING_DAYS } from '../subgraphs/social-office/needs-assessment/needs-assessment.service';
import { statusOf, isOverdue } from '../subgraphs/families/help-request/help-request.service';
import type { HelpRequest } from '../subgraphs/families/help-request/help-request.entity';
import { demoHelpFlow } from './help';
import { demoMunicipality } from './municipality';

const demo = demoMunicipality('2026-11-23');
const { families, caseWorkers, socialOffices, users } = demo;

describe('the demo help flow', () => {
  // Around Easter, Midsummer and Christmas too: every list must have something to show whatever the day.
  it.each(['2026-11-23T10:00:00Z', '2026-12-27T10:00:00Z', '2027-03-29T10:00:00Z', '2027-06-25T10:00:00Z', '2028-01-01T10:00:00Z'])(
    'holds requests in every state, some overdue, and assessments near and past their deadlines on %s',
    (at) => {
      const now = new Date(at);
      const today = helsinkiToday(now);
      const help = demoHelpFlow({ families, caseWorkers, socialOffices, users }, now);
      const requests = help.helpRequests as HelpRequest[];
      expect(new Set(requests.map((r) => statusOf(r)))).toEqual(new Set(['NEW', 'RESPONDED', 'IN_CASE']));
      expect(requests.filter((r) => isOverdue(r, today)).length).toBeGreaterThanOrEqual(2);
      expect(requests.some((r) => statusOf(r) === 'NEW' && !isOverdue(r, today))).toBe(true);
      const states = help.needsAssessments.map((a) => deadlineState(pendingDeadline(a), today, WATCH_WORKING_DAYS));
      expect(states).toEqual(expect.arrayContaining(['NEAR', 'OVERDUE', 'ON_TRACK', 'NONE']));
      expect(new Set(help.servicePlans.map((p) => p.status))).toEqual(new Set(['ACTIVE', 'CLOSED']));
      expect(help.feedbackForms.some((f) => f.answeredAt) && help.openFeedbackTokens.length > 0).toBe(true);
      for (const a of help.planAppointments) expect(a.familyId).toBe(families[0].id);
    },
  );

  it('is the same every time for the same moment', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(demoHelpFlow({ families, caseWorkers, socialOffices, users }, now)).toEqual(demoHelpFlow({ families, caseWorkers, socialOffices, users }, now));
  });
});
