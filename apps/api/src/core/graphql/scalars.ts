import { isIsoDate, toBeijingIso } from '@lvze/domain';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** A calendar date, 'YYYY-MM-DD' (Beijing calendar). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: "A calendar date in Beijing, 'YYYY-MM-DD'.",
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value))
      throw invalid(`"${String(value)}" is not a date like 2026-11-23.`);
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value))
      throw invalid('A Date must be a string like "2026-11-23".');
    return ast.value;
  },
});

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: unknown): Date {
  if (typeof value === 'string' && ISO_INSTANT.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw invalid(`"${String(value)}" is not a date-time with offset like 2026-11-23T18:00:00+08:00.`);
}

/** An instant, written in Beijing time with its offset. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as ISO 8601 with offset; the server writes Beijing time (+08:00).',
  serialize: (value) => toBeijingIso(value instanceof Date ? value : new Date(String(value))),
  parseValue: parseInstant,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('A DateTime must be a string.');
    return parseInstant(ast.value);
  },
});

function literalToJson(ast: ValueNode, variables?: Record<string, unknown> | null): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value, variables)]));
    case Kind.LIST:
      return ast.values.map((v) => literalToJson(v, variables));
    case Kind.NULL:
      return null;
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      throw invalid('Unsupported JSON literal.');
  }
}

export const JsonScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToJson,
});
