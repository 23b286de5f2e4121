import type { EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { badInput, conflict, notFound } from '../../kit/errors';
import { assertFamilyWorker } from '../needs-assessment/needs-assessment.service';
import type { SupportService } from '../service-plan/support-service';
import { FeedbackForm } from './feedback-form.entity';
import { feedbackTokenHash, newFeedbackToken } from './feedback-token';
import type { AnswerFeedbackInput, FeedbackReceipt, FeedbackReport, ServiceFeedback } from './feedback.types';

const MAX_REPORT_DAYS = 731;

/** Creates the form of a closing plan inside its transaction; returns the token, which is never stored. */
export async function createFeedbackForm(tx: EntityManager, planId: string, services: SupportService[], closedOn: string): Promise<string> {
  const token = newFeedbackToken();
  await tx.getRepository(FeedbackForm).insert({ planId, tokenHash: feedbackTokenHash(token), services: [...new Set(services)].sort(), closedOn });
  return token;
}

export class FeedbackService {
  constructor(private readonly ctx: SubgraphContext) {}

  /** The token is the whole authority, and it works once. */
  async answer(input: AnswerFeedbackInput): Promise<FeedbackReceipt> {
    await performWrite(this.ctx, Action.AnswerFeedback, {}, async (tx) => {
      const forms = tx.getRepository(FeedbackForm);
      const form = await forms.findOne({ where: { tokenHash: feedbackTokenHash(input.token) }, lock: { mode: 'pessimistic_write' } });
      if (!form) throw notFound('A feedback form with this token');
      if (form.answeredAt) throw conflict('This feedback form was already answered. Thank you!');
      form.answeredAt = new Date();
      form.helpfulness = input.helpfulness;
      form.goalsMet = input.goalsMet;
      form.wouldRecommend = input.wouldRecommend;
      return forms.save(form);
    });
    return { message: 'Thank you for your feedback. It helps us improve the services for families.' };
  }

  /** Aggregates only: counts and averages by service, for plans closed in the period. */
  async report(from: string, to: string): Promise<FeedbackReport> {
    assertFamilyWorker(this.ctx, 'The outcome follow-up report');
    if (from > to) throw badInput('from must be on or before to.', 'from');
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_REPORT_DAYS) throw badInput('A report covers at most two years.', 'to');
    const rows: Array<Record<string, string | null>> = await this.ctx.db.query(
      `SELECT s.service,
              count(*) AS "formsSent",
              count(f."answeredAt") AS answered,
              avg(f.helpfulness) AS "averageHelpfulness",
              count(*) FILTER (WHERE f."goalsMet" = 'YES') AS "goalsMet",
              count(*) FILTER (WHERE f."goalsMet" = 'PARTLY') AS "goalsPartlyMet",
              count(*) FILTER (WHERE f."goalsMet" = 'NO') AS "goalsNotMet",
              count(*) FILTER (WHERE f."wouldRecommend") AS "wouldRecommend"
         FROM feedback_form f CROSS JOIN LATERAL unnest(f.services) AS s(service)
        WHERE f."closedOn" BETWEEN $1 AND $2
        GROUP BY s.service ORDER BY s.service`,
      [from, to],
    );
    const totals: Array<{ sent: string; answered: string }> = await this.ctx.db.query(
      `SELECT count(*) AS sent, count("answeredAt") AS answered FROM feedback_form WHERE "closedOn" BETWEEN $1 AND $2`,
      [from, to],
    );
    const byService: ServiceFeedback[] = rows.map((r) => ({
      service: r.service as SupportService,
      formsSent: Number(r.formsSent),
      answered: Number(r.answered),
      averageHelpfulness: r.averageHelpfulness === null ? null : Math.round(Number(r.averageHelpfulness) * 100) / 100,
      goalsMet: Number(r.goalsMet),
      goalsPartlyMet: Number(r.goalsPartlyMet),
      goalsNotMet: Number(r.goalsNotMet),
      wouldRecommend: Number(r.wouldRecommend),
    }));
    return { from, to, formsSent: Number(totals[0].sent), answered: Number(totals[0].answered), byService };
  }
}
