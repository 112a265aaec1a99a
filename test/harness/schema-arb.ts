// Valid requests from the API's own published schemas: a small JSON Schema → fast-check
// converter for the subset the server's OpenAPI document uses (zod 4's JSON Schema output).
// zod-fast-check does not support zod 4, and the OpenAPI document is what a client sees anyway.
// Text is plain synthetic words, so generated values never look like PHI.
import fc from 'fast-check';
import { SERVICE_CODES } from '../../src/features/encounters/codes.ts';
import { ICD10_CODES } from '../../src/features/plans/icd10.ts';

export interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
}

const WORDS = ['synthetic', 'test', 'example', 'session', 'plan', 'goal', 'review', 'sample', 'note', 'alpha', 'beta', 'gamma'];

function text(min: number, max: number): fc.Arbitrary<string> {
  const cap = Math.max(min, Math.min(max, 60));
  return fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
    .map((ws) => {
      let s = ws.join(' ');
      while (s.length < min) s += ' test';
      return s.slice(0, cap).trim().padEnd(min, 'x');
    });
}

const isoDate = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 200;
  switch (s.format) {
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'date':
      return isoDate;
    case 'date-time':
      return fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => new Date(t).toISOString());
    case 'email':
      return fc.integer({ min: 1, max: 1_000_000 }).map((n) => `test.${n}@example.test`);
    case 'uri':
    case 'url':
      return fc.constant('https://example.test/');
    case undefined:
    default:
      break;
  }
  if (s.pattern !== undefined) {
    const re = new RegExp(s.pattern);
    return fc.stringMatching(re).filter((x) => x.length >= min && x.length <= max);
  }
  return text(min, max);
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 1e-6) : 0);
  const hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 1e-6) : lo + 1000);
  return integer ? fc.integer({ min: Math.ceil(lo), max: Math.floor(Math.min(hi, Number.MAX_SAFE_INTEGER)) }) : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
}

/**
 * Values a schema cannot say: a property whose valid values live in a code list or must name an
 * existing row. Keyed by "parent.name" (".name" at the top level) or by name; a hint yielding
 * `undefined` leaves an optional property out.
 */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

/**
 * The hints every route-wide test needs: billable codes without fixed minutes, real diagnosis
 * codes, and the optional references to rows (sessions, co-signers, plans, goals) left out so a
 * generated request never names a row that does not exist.
 */
export const BASE_HINTS: Hints = {
  serviceCode: fc.constantFrom(...SERVICE_CODES.filter((c) => c.minutes === undefined).map((c) => c.code)),
  'diagnoses.code': fc.constantFrom(...ICD10_CODES.slice(0, 20).map((c) => c.code)),
  diagnosisCodes: fc.constant([]),
  sessionId: fc.constant(undefined),
  cosignerId: fc.constant(undefined),
  planId: fc.constant(undefined),
  '.goals': fc.constant(undefined),
  serviceDate: fc.constant(undefined),
};
let hints: Hints = {};

/** Arbitrary values valid by `s`, with `h` for the properties a schema cannot describe. */
export function validValues(s: JsonSchema | undefined, h: Hints = {}): fc.Arbitrary<unknown> {
  hints = h;
  try {
    return arbitraryFor(s);
  } finally {
    hints = {};
  }
}

export function arbitraryFor(s: JsonSchema | undefined, depth = 0, key = ''): fc.Arbitrary<unknown> {
  if (s === undefined) return fc.constant(undefined);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum !== undefined) return fc.constantFrom(...s.enum);
  const alts = s.anyOf ?? s.oneOf;
  if (alts !== undefined) return fc.oneof(...alts.map((a) => arbitraryFor(a, depth + 1, key)));
  if (s.allOf !== undefined && s.allOf.length > 0) return arbitraryFor(Object.assign({}, ...s.allOf) as JsonSchema, depth, key);
  const type = Array.isArray(s.type) ? s.type : s.type !== undefined ? [s.type] : s.properties !== undefined ? ['object'] : [];
  if (type.length > 1) return fc.oneof(...type.map((t) => arbitraryFor({ ...s, type: t }, depth, key)));
  switch (type[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArb(s, true);
    case 'number':
      return numberArb(s, false);
    case 'string':
      return stringArb(s);
    case 'array': {
      if (s.prefixItems !== undefined) return fc.tuple(...s.prefixItems.map((p) => arbitraryFor(p, depth + 1, key)));
      const min = s.minItems ?? 0;
      const max = Math.max(min, Math.min(s.maxItems ?? 3, depth > 2 ? min : 3));
      return fc.array(arbitraryFor(s.items, depth + 1, key), { minLength: min, maxLength: max });
    }
    case 'object': {
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      // A hint is keyed by "parent.name" (the enclosing property, arrays included) or by name.
      const hint = (k: string) => hints[`${key}.${k}`] ?? hints[k];
      for (const [k, v] of Object.entries(props)) shape[k] = hint(k) ?? arbitraryFor(v, depth + 1, k);
      // A hint that yields undefined leaves the property out of the JSON, required or not.
      const requiredKeys = Object.keys(props).filter((k) => required.has(k));
      return fc.record(shape, { requiredKeys });
    }
    case undefined:
    default:
      // An unconstrained schema ({}): any small JSON value.
      return fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: 0, max: 10 }), text(1, 20));
  }
}

export interface OpenApiDoc {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> }; parameters?: Array<{ in: string; name: string; required?: boolean; schema?: JsonSchema }> }>>;
}

/** The schema of each path parameter of a route. */
export function pathParams(doc: OpenApiDoc, method: string, url: string): Map<string, JsonSchema> {
  const op = doc.paths[url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[method.toLowerCase()];
  return new Map((op?.parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, p.schema ?? {}]));
}

/** The body and query-string schemas of one route, looked up by Fastify's URL (":id" style). */
export function requestSchemas(doc: OpenApiDoc, method: string, url: string): { body?: JsonSchema; query: Array<{ name: string; required: boolean; schema: JsonSchema }> } {
  const op = doc.paths[url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[method.toLowerCase()];
  const body = op?.requestBody?.content?.['application/json']?.schema;
  const query = (op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true, schema: p.schema ?? {} }));
  return { ...(body !== undefined ? { body } : {}), query };
}

/** Query strings for a route: required parameters always, optional ones sometimes. */
export function queryArbitrary(query: Array<{ name: string; required: boolean; schema: JsonSchema }>): fc.Arbitrary<string> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const q of query) shape[q.name] = arbitraryFor(q.schema);
  return fc.record(shape, { requiredKeys: query.filter((q) => q.required).map((q) => q.name) }).map((o) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) params.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    const s = params.toString();
    return s === '' ? '' : `?${s}`;
  });
}
