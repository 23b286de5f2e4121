import {
  GraphQLID,
  GraphQLString,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { badInput } from './errors';

/**
 * Rules every argument of every subgraph obeys, checked before a resolver runs (so before any SQL):
 * - every `ID` is a UUID, which is what every key in Rinnalla is;
 * - text holds no control characters (terminal escapes, NUL) and no marks that reorder or hide text
 *   (bidi overrides such as U+202E), which would make a name or a description read differently
 *   from what is stored. Line breaks and tabs pass only in fields marked `@MultilineText()`.
 */
/** A phone number in international E.164 form, e.g. +358401234567. */
export const E164_PHONE = /^\+[1-9]\d{6,14}$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HIDDEN = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF';
const UNSAFE_MULTILINE = new RegExp(`[${HIDDEN}]`);
const UNSAFE_SINGLE_LINE = new RegExp(`[${HIDDEN}\\t\\n\\r\\u2028\\u2029]`);

const MULTILINE = 'multilineText';

/** Marks an input field as free text of several lines: line breaks and tabs are allowed in it. */
export const MultilineText = () => Extensions({ [MULTILINE]: true });

type Check = (value: unknown, path: string) => void;

function textProblem(value: string, multiline: boolean): string | undefined {
  if (!(multiline ? UNSAFE_MULTILINE : UNSAFE_SINGLE_LINE).test(value)) return undefined;
  return multiline
    ? 'contains control characters or text-direction marks; remove them'
    : 'contains line breaks, control characters or text-direction marks; give it on one line without them';
}

/** The check for values of one input type, or undefined when the type holds no ids or text. */
function checkFor(type: GraphQLInputType, multiline = false, seen = new Map<string, Check | undefined>()): Check | undefined {
  if (isNonNullType(type)) return checkFor(type.ofType, multiline, seen);
  if (isListType(type)) {
    const each = checkFor(type.ofType, multiline, seen);
    return each && ((value, path) => Array.isArray(value) && value.forEach((v, i) => each(v, `${path}.${i}`)));
  }
  if (type === GraphQLID) {
    return (value, path) => {
      if (typeof value === 'string' && !UUID.test(value)) throw badInput(`${path} must be an id (a UUID, e.g. 3f2c1d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f).`, path);
    };
  }
  if (type === GraphQLString) {
    return (value, path) => {
      const problem = typeof value === 'string' ? textProblem(value, multiline) : undefined;
      if (problem) throw badInput(`${path} ${problem}.`, path);
    };
  }
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return (value, path) => seen.get(type.name)?.(value, path);
    seen.set(type.name, undefined);
    const fields = Object.values(type.getFields())
      .map((f) => [f.name, checkFor(f.type, f.extensions?.[MULTILINE] === true, seen)] as const)
      .filter((entry): entry is readonly [string, Check] => entry[1] !== undefined);
    const check: Check | undefined = fields.length
      ? (value, path) => {
          if (!value || typeof value !== 'object') return;
          for (const [name, fieldCheck] of fields) fieldCheck((value as Record<string, unknown>)[name], `${path}.${name}`);
        }
      : undefined;
    seen.set(type.name, check);
    return check;
  }
  return undefined; // enums, numbers, booleans and the kit's own scalars parse themselves
}

function argumentsCheck(field: GraphQLField<unknown, unknown>): ((args: Record<string, unknown>) => void) | undefined {
  const checks = field.args
    .map((a) => [a.name, checkFor(a.type, a.extensions?.[MULTILINE] === true)] as const)
    .filter((entry): entry is readonly [string, Check] => entry[1] !== undefined);
  if (checks.length === 0) return undefined;
  return (args) => {
    for (const [name, check] of checks) check(args[name], name);
  };
}

/**
 * Wraps the resolvers of every field that takes ids or text so that its arguments obey the rules above.
 * Only fields with such arguments are wrapped: plain fields cost nothing.
 */
export function applyInputRules(schema: GraphQLSchema, resolvers: Record<string, unknown>): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeResolvers = resolvers[type.name] as Record<string, unknown> | undefined;
    for (const field of Object.values(type.getFields())) {
      const check = argumentsCheck(field);
      const resolve = typeResolvers?.[field.name];
      if (!check || typeof resolve !== 'function') continue;
      typeResolvers![field.name] = ((source, args, context, info) => {
        check(args);
        return (resolve as GraphQLFieldResolver<unknown, unknown>)(source, args, context, info);
      }) satisfies GraphQLFieldResolver<unknown, unknown>;
    }
  }
}
