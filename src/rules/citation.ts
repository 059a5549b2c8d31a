/**
 * Structured citations: every rule, fee, list, limit and calendar row names the instrument
 * that sets it.
 *
 * A citation built from the instrument registry (`cite(id, …)` in `instruments/`) carries the
 * registry id in `instrument` and a copy of the instrument's issuer, title, number, official URL
 * and dates, so that whoever reads a result sees the source without a lookup; what is particular
 * to the citation is the article, the quote of the sentence that sets the value, the evidence
 * behind it and a note. A citation without `instrument` is *ad hoc*: what a tester writes for a
 * what-if (`{ issuer: 'what-if', title: 'Fee halved' }`), or a notice a caller brings (a holiday
 * notice passed to `extendCalendar`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { EVIDENCE_LEVELS, INSTRUMENT_KINDS } from './citation-types.js';

export { EVIDENCE_LEVELS, INSTRUMENT_KINDS, type Citation, type Evidence, type EvidenceLevel, type InstrumentKind, type Quote } from './citation-types.js';

const civilDateString = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));

/** Registry ids: dotted or dashed lower-case words (`mps.order-96`, `fee.2000-293`). */
export const INSTRUMENT_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/**
 * Schema of an {@link Evidence}.
 *
 * @example
 * ```ts
 * evidenceSchema.parse({ level: 'press', source: '中新社 2022-12-27' });
 * ```
 */
export const evidenceSchema = /* @__PURE__ */ z.strictObject({ level: /* @__PURE__ */ z.enum(EVIDENCE_LEVELS), url: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.url())), source: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))) });

/**
 * Schema of a {@link Quote}.
 *
 * @example
 * ```ts
 * quoteSchema.parse({ text: '自2000年5月1日起执行', kind: 'verbatim' });
 * ```
 */
export const quoteSchema = /* @__PURE__ */ z.strictObject({ text: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)), kind: /* @__PURE__ */ z.enum(['verbatim', 'paraphrase']) });

/**
 * Schema of a {@link Citation}. `issuer` and `title` are mandatory; the rest is filled in
 * as far as it is known. `validatePolicy` also checks that an `instrument` id resolves and that
 * the copied fields agree with the instrument.
 *
 * @example
 * ```ts
 * citationSchema.parse({ issuer: '全国人民代表大会常务委员会', title: '中华人民共和国护照法', article: '第六条' });
 * ```
 */
export const citationSchema = /* @__PURE__ */ z.strictObject({
  instrument: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(INSTRUMENT_ID, 'expected an instrument id'))),
  kind: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(INSTRUMENT_KINDS)),
  issuer: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  title: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  number: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
  article: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
  url: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.url())),
  published: /* @__PURE__ */ z.optional(civilDateString),
  effective: /* @__PURE__ */ z.optional(civilDateString),
  quote: /* @__PURE__ */ z.optional(quoteSchema),
  evidence: /* @__PURE__ */ z.optional(evidenceSchema),
  carriedOver: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
  note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
});

