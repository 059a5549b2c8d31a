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
import * as z from 'zod';
import { citationSchema } from '../rules/citation.js';
import { changeSchema } from '../rules/policy.js';
import { civilDateSchema } from '../rules/period.js';
import { parsePath } from '../impact/result-paths.js';
import { shortApplicationSchema } from './short-application.js';

const pathSchema = /* @__PURE__ */ z.string().superRefine((p, ctx) => {
  const r = parsePath(p);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message, params: { code: 'invalid-path' } });
});

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
export const checkSchema = /* @__PURE__ */ z
  .object({
    equals: z.unknown().optional(),
    oneOf: z.array(z.unknown()).min(1).optional(),
    contains: z.unknown().optional(),
    includesCode: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    excludesCode: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    exists: z.boolean().optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length === 1, { message: 'give exactly one of equals, oneOf, contains, includesCode, excludesCode, exists', params: { code: 'one-check' } });

/**
 * Schema of one expectation: a path (`''` for the whole result) and a check.
 *
 * @example
 * ```ts
 * expectationSchema.parse({ path: 'fees.totalFen', equals: 12000 });
 * ```
 */
export const expectationSchema = /* @__PURE__ */ z.intersection(z.object({ path: pathSchema }), checkSchema);

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
  z.array(expectationSchema).min(1),
  z
    .record(pathSchema, z.unknown())
    .refine((r) => Object.keys(r).length > 0, 'give at least one expectation')
    .transform((r) =>
      Object.entries(r).map(([path, v]) => {
        const isCheck = typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && CHECK_KEYS.includes(Object.keys(v)[0] as string);
        return isCheck ? { path, ...(v as object) } : { path, equals: v };
      }),
    )
    .pipe(z.array(expectationSchema)),
]);

/**
 * Schema of a scenario.
 *
 * @example
 * ```ts
 * scenarioSchema.parse({ name: 'x', source: { issuer: 'NIA', title: 'y' }, application: { applicant: { hukou: '510104', birthDate: '1990-03-15' }, services: ['passport'], acceptedAt: '2025-01-24' }, expect: { status: 'accepted' } });
 * ```
 */
export const scenarioSchema = /* @__PURE__ */ z
  .object({
    name: z.string().min(1),
    /** The instrument the expectation comes from (or several). */
    source: z.union([citationSchema, z.array(citationSchema).min(1)]),
    /** How the expectation follows from the source, where it takes a step. */
    note: z.string().min(1).optional(),
    tags: z.array(z.string().min(1)).optional(),
    application: z.union([shortApplicationSchema, z.record(z.string(), z.unknown()).refine((a) => Object.hasOwn(a, 'existingDocuments') && Object.hasOwn(a, 'office'), 'a full application has existingDocuments and an office')]),
    changes: z.array(changeSchema).optional(),
    asOf: civilDateSchema.optional(),
    options: z.object({ deferredOptIn: z.boolean().optional(), badCredit: z.boolean().optional() }).strict().optional(),
    expect: expectationsSchema,
  })
  .strict();

/**
 * Schema of a scenario file: an optional format tag, what-if changes for every scenario of the
 * file (before each scenario's own), and the scenarios.
 *
 * @example
 * ```ts
 * scenarioFileSchema.parse({ schema: 'churujing.scenarios/1', scenarios: [] });
 * ```
 */
export const scenarioFileSchema = /* @__PURE__ */ z
  .object({
    schema: z.literal('churujing.scenarios/1').optional(),
    changes: z.array(changeSchema).optional(),
    scenarios: z.array(scenarioSchema),
  })
  .strict();

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
