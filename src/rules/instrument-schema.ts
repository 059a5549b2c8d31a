/**
 * The schema of an instrument, apart from the registry so that citing (`cite`) needs no zod.
 *
 * @module
 */
import * as z from 'zod/mini';
import { INSTRUMENT_ID, INSTRUMENT_KINDS, evidenceSchema } from './citation.js';
import { civilDateSchema } from './period.js';

/**
 * Schema of an `Instrument`: also what a policy may carry in `instruments` for the
 * citations of its own local measures or what-if changes that the registry does not hold.
 *
 * @example
 * ```ts
 * instrumentSchema.parse({ id: 'local.example-2026', kind: 'local-measure', issuer: '某市公安局出入境管理支队', title: '〈示例措施〉', evidence: { level: 'secondary' } });
 * ```
 */
export const instrumentSchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(INSTRUMENT_ID, 'expected an instrument id')),
  kind: /* @__PURE__ */ z.enum(INSTRUMENT_KINDS),
  issuer: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  title: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  number: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
  signed: /* @__PURE__ */ z.optional(civilDateSchema),
  published: /* @__PURE__ */ z.optional(civilDateSchema),
  effective: /* @__PURE__ */ z.optional(civilDateSchema),
  repealed: /* @__PURE__ */ z.optional(civilDateSchema),
  url: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.url())),
  sources: /* @__PURE__ */ z.optional(/* @__PURE__ */ z
    .array(/* @__PURE__ */ z.strictObject({ url: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.url()), level: /* @__PURE__ */ z.enum(['reprint', 'press', 'secondary']), by: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))), imitates: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))) })).check(/* @__PURE__ */ z.minLength(1))),
  evidence: evidenceSchema,
  note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
});
