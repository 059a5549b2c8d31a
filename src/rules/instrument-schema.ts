/**
 * The schema of an instrument, apart from the registry so that citing (`cite`) needs no zod.
 *
 * @module
 */
import * as z from 'zod';
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
export const instrumentSchema = /* @__PURE__ */ z
  .object({
    id: z.string().regex(INSTRUMENT_ID, 'expected an instrument id'),
    kind: z.enum(INSTRUMENT_KINDS),
    issuer: z.string().min(1),
    title: z.string().min(1),
    number: z.string().min(1).optional(),
    signed: civilDateSchema.optional(),
    published: civilDateSchema.optional(),
    effective: civilDateSchema.optional(),
    repealed: civilDateSchema.optional(),
    url: z.string().url().optional(),
    sources: z
      .array(z.object({ url: z.string().url(), level: z.enum(['reprint', 'press', 'secondary']), by: z.string().min(1).optional(), imitates: z.string().min(1).optional() }).strict())
      .min(1)
      .optional(),
    evidence: evidenceSchema,
    note: z.string().min(1).optional(),
  })
  .strict();
