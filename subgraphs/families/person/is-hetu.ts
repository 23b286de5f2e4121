import { registerDecorator, type ValidationOptions } from 'class-validator';
import { hetuProblem } from './hetu';

const EXPLAIN = {
  format: 'is not shaped like a Finnish personal identity code (DDMMYY, century sign, three digits, check character)',
  date: 'does not contain a real birth date',
  'individual-number': 'has an individual number below 002',
  'check-character': 'has a check character that does not match; check for a typing error',
} as const;

/** class-validator rule for a HETU; the message says what is wrong without repeating the code. */
export function IsHetu(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isHetu',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && hetuProblem(value) === undefined,
        defaultMessage: (args) => {
          const problem = typeof args?.value === 'string' ? hetuProblem(args.value) : 'format';
          return `the personal identity code ${EXPLAIN[problem ?? 'format']}`;
        },
      },
    });
}
