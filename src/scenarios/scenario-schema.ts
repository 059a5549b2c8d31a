/**
 * Scenario files: a tester's regression suite as data, after OpenFisca's YAML tests. A scenario
 * has a name, the source its expectation comes from (a citation: the instrument, not a
 * paraphrase), an application (full or short form), optionally what-if changes, and
 * expectations on paths of the evaluate result.
 *
 * ```yaml
 * schema: churujing.scenarios/1
 * scenarios:
 *   - name: A first passport costs 120 yuan from 2019-07-01
 *     source: { issuer: 国家发展改革委、财政部, title: 关于降低部分行政事业性收费标准的通知, number: 发改价格〔2019〕914号 }
 *     application:
 *       applicant: { hukou: '510104', birthDate: 1990-03-15 }
 *       services: [passport]
 *       acceptedAt: 2019-07-01
 *     expect:
 *       status: accepted
 *       fees.totalFen: 12000
 *       services[0].reasons: { includesCode: document.validity.adult }
 * ```
 *
 * @module
 */
import * as z from 'zod/mini';
import { citationSchema } from '../rules/citation.js';
import { changeSchema } from '../rules/policy.js';
import { civilDateSchema } from '../rules/period.js';
import { parsePath } from '../impact/result-paths.js';
import { shortApplicationSchema } from './short-application.js';

const pathSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.superRefine((p, ctx) => {
  const r = parsePath(p);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message, params: { code: 'invalid-path' } });
}));

/**
 * Schema of a check on the value at a path: `equals` (deep equality), `oneOf`, `contains` (the
 * value has these fields, or the list has elements that do), `includesCode` / `excludesCode`
 * (a reason with that code somewhere under the path), `exists`.
 *
 * @example
 * ```ts
 * checkSchema.parse({ includesCode: 'endorsement.g.not-scheme-city' });
 * ```
 */
export const checkSchema = /* @__PURE__ */ z.strictObject({
  equals: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  oneOf: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown()).check(/* @__PURE__ */ z.minLength(1))),
  contains: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  includesCode: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.union([/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)), /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))).check(/* @__PURE__ */ z.minLength(1))])),
  excludesCode: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.union([/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)), /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))).check(/* @__PURE__ */ z.minLength(1))])),
  exists: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
}).check(/* @__PURE__ */ z.refine((c) => Object.keys(c).length === 1, { message: 'give exactly one of equals, oneOf, contains, includesCode, excludesCode, exists', params: { code: 'one-check' } }));

/**
 * Schema of one expectation: a path (`''` for the whole result) and a check.
 *
 * @example
 * ```ts
 * expectationSchema.parse({ path: 'fees.totalFen', equals: 12000 });
 * ```
 */
export const expectationSchema = /* @__PURE__ */ z.intersection(/* @__PURE__ */ z.object({ path: pathSchema }), checkSchema);

const CHECK_KEYS = ['equals', 'oneOf', 'contains', 'includesCode', 'excludesCode', 'exists'];

/**
 * Schema of a scenario's expectations: a list of `{ path, <check> }`, or a mapping from path to
 * an expected value (`status: accepted`) or to a check (`reasons: { includesCode: X }`).
 *
 * @example
 * ```ts
 * expectationsSchema.parse({ status: 'accepted', 'fees.totalFen': 12000 });
 * ```
 */
export const expectationsSchema = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.array(expectationSchema).check(/* @__PURE__ */ z.minLength(1)),
  /* @__PURE__ */ z.pipe(/* @__PURE__ */ z.pipe(/* @__PURE__ */ z
    .record(pathSchema, /* @__PURE__ */ z.unknown()).check(/* @__PURE__ */ z.refine((r) => Object.keys(r).length > 0, 'give at least one expectation')), /* @__PURE__ */ z.transform((r) =>
      Object.entries(r).map(([path, v]) => {
        const isCheck = typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && CHECK_KEYS.includes(Object.keys(v)[0] as string);
        return isCheck ? { path, ...(v as object) } : { path, equals: v };
      }))), /* @__PURE__ */ z.array(expectationSchema)),
]);

/**
 * Schema of a scenario.
 *
 * @example
 * ```ts
 * scenarioSchema.parse({ name: 'x', source: { issuer: 'NIA', title: 'y' }, application: { applicant: { hukou: '510104', birthDate: '1990-03-15' }, services: ['passport'], acceptedAt: '2025-01-24' }, expect: { status: 'accepted' } });
 * ```
 */
export const scenarioSchema = /* @__PURE__ */ z.strictObject({
  name: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  /** The instrument the expectation comes from (or several). */
  source: /* @__PURE__ */ z.union([citationSchema, /* @__PURE__ */ z.array(citationSchema).check(/* @__PURE__ */ z.minLength(1))]),
  /** How the expectation follows from the source, where it takes a step. */
  note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
  tags: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)))),
  application: /* @__PURE__ */ z.union([shortApplicationSchema, /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()).check(/* @__PURE__ */ z.refine((a) => Object.hasOwn(a, 'existingDocuments') && Object.hasOwn(a, 'office'), 'a full application has existingDocuments and an office'))]),
  changes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(changeSchema)),
  asOf: /* @__PURE__ */ z.optional(civilDateSchema),
  options: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ deferredOptIn: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()), badCredit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()) })),
  expect: expectationsSchema,
});

/**
 * Schema of a scenario file: an optional format tag, what-if changes for every scenario of the
 * file (before each scenario's own), and the scenarios.
 *
 * @example
 * ```ts
 * scenarioFileSchema.parse({ schema: 'churujing.scenarios/1', scenarios: [] });
 * ```
 */
export const scenarioFileSchema = /* @__PURE__ */ z.strictObject({
  schema: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal('churujing.scenarios/1')),
  changes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(changeSchema)),
  scenarios: /* @__PURE__ */ z.array(scenarioSchema),
});

/**
 * A scenario as written (see `scenarioSchema`).
 *
 * @example
 * ```ts
 * const s: Scenario = { name: 'x', source: { issuer: 'NIA', title: 'y' }, application: { applicant: { hukou: '510104', birthDate: '1990-03-15' }, services: ['passport'], acceptedAt: '2025-01-24' }, expect: { status: 'accepted' } };
 * ```
 */
export type Scenario = z.input<typeof scenarioSchema>;

/**
 * A scenario file as written (see `scenarioFileSchema`).
 *
 * @example
 * ```ts
 * const f: ScenarioFile = { schema: 'churujing.scenarios/1', scenarios: [] };
 * ```
 */
export type ScenarioFile = z.input<typeof scenarioFileSchema>;

/**
 * The JSON Schema (draft 2020-12) of a scenario file, for editors (YAML language servers read
 * it too). The application's own checks and the paths' syntax are not expressible in it.
 *
 * @example
 * ```ts
 * writeFileSync('scenario.schema.json', JSON.stringify(scenarioJsonSchema(), null, 2));
 * ```
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
