import { isPublicOperation } from './public-operations';

const body = (query: unknown) => ({ query });
const ASK = 'mutation Ask($input: AskForHelpInput!) { askForHelp(input: $input) { requestId respondBy message } }';

describe('which requests may go without a token', () => {
  it('accepts a document that is only the askForHelp mutation, aliased or not', () => {
    expect(isPublicOperation(body(ASK), 2000)).toBe(true);
    expect(isPublicOperation(body('mutation($i: AskForHelpInput!) { sent: askForHelp(input: $i) { requestId } }'), 2000)).toBe(true);
  });

  it('accepts a document that is only answerFeedback, and the two public mutations together', () => {
    expect(isPublicOperation(body('mutation($i: AnswerFeedbackInput!) { answerFeedback(input: $i) { message } }'), 2000)).toBe(true);
    expect(
      isPublicOperation(
        body('mutation($i: AnswerFeedbackInput!, $a: AskForHelpInput!) { answerFeedback(input: $i) { message } askForHelp(input: $a) { requestId } }'),
        2000,
      ),
    ).toBe(true);
  });

  it.each([
    ['a query', '{ myFamilies { id } }'],
    [
      'answerFeedback beside a family worker mutation',
      'mutation($i: AnswerFeedbackInput!) { answerFeedback(input: $i) { message } closeServicePlan { plan { id } } }',
    ],
    ['a query named askForHelp', 'query { askForHelp { requestId } }'],
    ['another mutation beside it', 'mutation($i: AskForHelpInput!) { askForHelp(input: $i) { requestId } registerFamily { id } }'],
    ['a second operation', `${ASK} query Other { myFamilies { id } }`],
    ['a fragment spread at the top', 'mutation { ...F } fragment F on Mutation { askForHelp { requestId } }'],
    ['a subscription', 'subscription { askForHelp { requestId } }'],
    ['a document that does not parse', 'mutation { askForHelp('],
  ])('refuses %s', (_case, query) => {
    expect(isPublicOperation(body(query), 2000)).toBe(false);
  });

  it('refuses a body without a query, and a document over the token limit', () => {
    expect(isPublicOperation(undefined, 2000)).toBe(false);
    expect(isPublicOperation(body(42), 2000)).toBe(false);
    expect(isPublicOperation(body(ASK), 5)).toBe(false);
  });
});
