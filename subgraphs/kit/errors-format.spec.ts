import { GraphQLError } from 'graphql';
import { badInput } from './errors';
import { maskErrors } from './errors-format';
import { createLogger } from './logger';

const mask = maskErrors(createLogger('spec').child({}, { level: 'silent' }));

describe('error masking', () => {
  it('replaces an unexpected error with a generic INTERNAL_SERVER_ERROR, without message or stack', () => {
    const original = new Error('duplicate key value violates unique constraint: Key (hetu)=(131052-308T)');
    const formatted = mask({ message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.js:1'] } }, new GraphQLError(original.message, { originalError: original }));
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(formatted)).not.toMatch(/hetu|131052|x\.js/);
  });

  it('keeps a coded error a person can act on, minus any stack trace', () => {
    const error = badInput('validUntil must be between today and one year ahead.', 'validUntil');
    const formatted = mask({ message: error.message, extensions: { ...error.extensions, stacktrace: ['at y.js:2'] } }, error);
    expect(formatted).toEqual({ message: error.message, extensions: { code: 'BAD_USER_INPUT', field: 'validUntil' } });
  });

  it('turns validation failures into one message per field, without the rejected values', () => {
    const formatted = mask(
      {
        message: 'Argument Validation Error',
        extensions: { code: 'BAD_USER_INPUT', validationErrors: [{ property: 'input', children: [{ property: 'phone', constraints: { matches: 'phone must be in international E.164 form' } }] }] },
      },
      undefined,
    );
    expect(formatted.message).toBe('input.phone: phone must be in international E.164 form.');
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ field: 'input.phone', message: 'input.phone: phone must be in international E.164 form.' }] });
  });
});
