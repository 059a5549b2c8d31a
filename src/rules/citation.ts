/**
 * Structured citations: every rule, fee, list, limit and calendar row names the instrument
 * that sets it.
 *
 * @module
 */
import * as z from 'zod';

const civilDateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * Schema of a {@link Citation}. `issuer` and `title` are mandatory; the rest is filled in
 * as far as it is known.
 *
 * @example
 * ```ts
 * citationSchema.parse({ issuer: '全国人民代表大会常务委员会', title: '中华人民共和国护照法', article: '第六条' });
 * ```
 */
export const citationSchema = z
  .object({
    issuer: z.string().min(1),
    title: z.string().min(1),
    number: z.string().min(1).optional(),
    article: z.string().min(1).optional(),
    url: z.string().url().optional(),
    published: civilDateString.optional(),
    effective: civilDateString.optional(),
    note: z.string().min(1).optional(),
  })
  .strict();

/**
 * Where a rule comes from: issuer, title, document number (文号), article, URL and the
 * publication and effective dates, as far as they are known.
 *
 * @example
 * ```ts
 * const cite: Citation = {
 *   issuer: '国务院办公厅',
 *   title: '国务院办公厅关于2025年部分节假日安排的通知',
 *   number: '国办发明电〔2024〕12号',
 *   published: '2024-11-12',
 * };
 * ```
 */
export interface Citation {
  readonly issuer: string;
  readonly title: string;
  readonly number?: string;
  readonly article?: string;
  readonly url?: string;
  readonly published?: string;
  readonly effective?: string;
  readonly note?: string;
}
