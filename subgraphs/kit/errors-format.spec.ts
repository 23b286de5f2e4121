import { GraphQLError } from 'graphql';
import { badInput } from './errors';
import { GENERIC_ERROR_MESSAGE, maskErrors } from './errors-format';
import { createLogger } from './logger';

const mask = maskErrors(createLogger('spec').child({}, { level: 'silent' }));

describe('error masking', () => {
  it('replaces an unexpected error with a generic INTERNAL_SERVER_ERROR, without message or stack', () => {
    const original = new Error('duplicate key value violates unique constraint: Key (hetu)=(131052-308T)');
    const formatted = mask(
      { message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.js:1'] } },
      new GraphQLError(original.message, { originalError: original }),
    );
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
        extensions: {
          code: 'BAD_USER_INPUT',
          validationErrors: [{ property: 'input', children: [{ property: 'phone', constraints: { matches: 'phone must be in international E.164 form' } }] }],
        },
      },
      undefined,
    );
    expect(formatted.message).toBe('input.phone: phone must be in international E.164 form.');
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'input.phone', message: 'input.phone: phone must be in international E.164 form.' }],
    });
  });

  it("codes Apollo Server's own uncoded refusal of a request (HTTP 4xx) as BAD_REQUEST", () => {
    const error = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    const formatted = mask({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });

  it('masks an uncoded error without an HTTP 4xx, and an unknown code, as INTERNAL_SERVER_ERROR', () => {
    const unknownCode = new GraphQLError('relation "x" does not exist', { extensions: { code: '42P01' } });
    for (const error of [new GraphQLError('boom', { extensions: { http: { status: 500 } } }), unknownCode]) {
      const formatted = mask({ message: error.message, extensions: { code: (error.extensions.code as string) ?? 'INTERNAL_SERVER_ERROR' } }, error);
      expect(formatted).toEqual({ message: GENERIC_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
  });
});
