/**
 * The types of a citation, without their schemas: what a module that only carries citations
 * needs (the calendar entry's declarations must not reach zod). The schemas are in
 * citation.ts, which re-exports these.
 *
 * @module
 */

/**
 * How the text behind a citation was seen, strongest first:
 * - `official`: the official text, on the issuer's site or an official gazette/portal (gov.cn);
 * - `reprint`: the full official text, republished elsewhere (another government's site, a
 *   news site, a law database, a mirror);
 * - `press`: a press report of the instrument (what it says, in a journalist's words);
 * - `secondary`: a secondary summary (a service guide's paraphrase, an encyclopaedia, a
 *   lawyer's page, a forum).
 *
 * @example
 * ```ts
 * EVIDENCE_LEVELS.indexOf('reprint'); // 1
 * ```
 */
export const EVIDENCE_LEVELS = /* @__PURE__ */ Object.freeze(['official', 'reprint', 'press', 'secondary'] as const);

/**
 * One of {@link EVIDENCE_LEVELS}.
 *
 * @example
 * ```ts
 * const l: EvidenceLevel = 'press';
 * ```
 */
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/**
 * The kinds of instrument: `law` (NPC and its Standing Committee), `regulation` (State Council
 * regulations and ministerial rules, 部门规章), `notice` (通知, 复函, 规定 issued by a notice),
 * `announcement` (公告 and announced measures), `standard` (GB, GB/T), `guide` (service guides,
 * interpretations, 办事指南), `local-measure` (a local office's measure), `press-report` (a report
 * cited for itself, where no instrument behind it is known).
 *
 * @example
 * ```ts
 * INSTRUMENT_KINDS.includes('announcement'); // true
 * ```
 */
export const INSTRUMENT_KINDS = /* @__PURE__ */ Object.freeze(['law', 'regulation', 'notice', 'announcement', 'standard', 'guide', 'local-measure', 'press-report'] as const);

/**
 * One of {@link INSTRUMENT_KINDS}.
 *
 * @example
 * ```ts
 * const k: InstrumentKind = 'law';
 * ```
 */
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/**
 * The evidence behind a citation: its level, the URL where it was seen (the official URL for
 * `official`) and, in words, what the source is (`'中新社 2022-12-27'`).
 *
 * @example
 * ```ts
 * const e: Evidence = { level: 'reprint', url: 'http://yishui.gov.cn/info/55886/302586.htm', source: '沂水县人民政府 (2021-11-17)' };
 * ```
 */
export interface Evidence {
  readonly level: EvidenceLevel;
  readonly url?: string;
  readonly source?: string;
}

/**
 * A short quote of the sentence that sets a value, marked `verbatim` (copied from the source
 * named by the evidence) or `paraphrase` (our wording of it: no source with the exact words
 * was seen).
 *
 * @example
 * ```ts
 * const q: Quote = { text: '因丢失要求补发护照收费加倍，每本400元', kind: 'verbatim' };
 * ```
 */
export interface Quote {
  readonly text: string;
  readonly kind: 'verbatim' | 'paraphrase';
}

/**
 * Where a rule comes from: the instrument (registry id, kind, issuer, title, document number
 * 文号, official URL, publication and effective dates), the article, a quote of the sentence
 * that sets the value, the evidence it was read from, and a note.
 *
 * `carriedOver` says why a value is cited to an instrument that came into force after the value
 * did (the instrument confirms, restates or continues an earlier rule).
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
  readonly instrument?: string;
  readonly kind?: InstrumentKind;
  readonly issuer: string;
  readonly title: string;
  readonly number?: string;
  readonly article?: string;
  readonly url?: string;
  readonly published?: string;
  readonly effective?: string;
  readonly quote?: Quote;
  readonly evidence?: Evidence;
  readonly carriedOver?: string;
  readonly note?: string;
}
