/**
 * Instruments: the laws, regulations, notices, announcements, standards, guides, local measures
 * and press reports the rules cite, each defined once with a stable id, and the registry that
 * looks them up. Tables cite an instrument by id through `cite(id, …)`, which copies what a
 * reader needs (issuer, title, number, official URL, dates) into the citation.
 *
 * A title in 〈angle brackets〉 describes an instrument whose official title was not seen.
 *
 * @module
 */
import type { Citation, Evidence, EvidenceLevel, InstrumentKind, Quote } from './citation.js';
import type { CivilDate } from './civil-date.js';

/**
 * Another place an instrument was seen, marked with what it is: a `reprint` of the text on a
 * site that is not the issuer's, a `press` report, or a `secondary` summary; with who
 * published it where known (`'沂水县人民政府'`) and, for a copy that imitates an official site's
 * paths, the site it imitates.
 *
 * @example
 * ```ts
 * const s: Source = { url: 'http://szqkhbnox.com/kpszfw/zwgk/fggw/zcfg/content/post_532170.html', level: 'reprint', imitates: '开平市人民政府' };
 * ```
 */
export interface Source {
  readonly url: string;
  readonly level: Exclude<EvidenceLevel, 'official'>;
  readonly by?: string;
  readonly imitates?: string;
}

/**
 * An instrument. Dates as far as known: `signed` (成文), `published` (发布), `effective` (施行,
 * the first day in force), `repealed` (the first day no longer in force). `url` is the official
 * URL (the issuer's site or an official portal) only; reprints, press reports and summaries seen
 * elsewhere are `sources`, each marked with its level.
 * `evidence` is the best sight of the instrument's text; a citation may say it saw less (or
 * more) for its article.
 *
 * @example
 * ```ts
 * const i: Instrument = {
 *   id: 'fee.2000-293', kind: 'notice', issuer: '国家发展计划委员会、财政部',
 *   title: '国家计委、财政部关于调整新版因私护照收费标准的通知', number: '计价格〔2000〕293号',
 *   effective: '2000-05-01', evidence: { level: 'reprint', url: 'http://yishui.gov.cn/info/55886/302586.htm' },
 * };
 * ```
 */
export interface Instrument {
  readonly id: string;
  readonly kind: InstrumentKind;
  readonly issuer: string;
  readonly title: string;
  readonly number?: string;
  readonly signed?: CivilDate;
  readonly published?: CivilDate;
  readonly effective?: CivilDate;
  readonly repealed?: CivilDate;
  readonly url?: string;
  readonly sources?: readonly Source[];
  readonly evidence: Evidence;
  readonly note?: string;
}

/**
 * The day an instrument's rules start to bind: its effective date, else its publication date,
 * else the day it was signed (`undefined` when none is known). A press report binds nothing: it
 * attests what was already in place, so only an effective date it gives counts.
 *
 * @example
 * ```ts
 * inForceFrom({ kind: 'notice', effective: '2000-05-01' }); // '2000-05-01'
 * inForceFrom({ kind: 'press-report', published: '2014-02-19' }); // undefined
 * ```
 */
export function inForceFrom(i: Pick<Instrument, 'kind' | 'effective' | 'published' | 'signed'>): CivilDate | undefined {
  return i.kind === 'press-report' ? i.effective : (i.effective ?? i.published ?? i.signed);
}

/**
 * What a citation adds to its instrument: the article (条, 项), a quote of the sentence that sets
 * the value, the evidence for this article when it differs from the instrument's, why the value
 * is cited to an instrument later than itself (`carriedOver`), and a note.
 *
 * @example
 * ```ts
 * const o: CiteOptions = { article: '第七条', quote: verbatim('普通护照的有效期为：护照持有人未满十六周岁的五年，十六周岁以上的十年。') };
 * ```
 */
export interface CiteOptions {
  readonly article?: string;
  readonly quote?: Quote;
  readonly evidence?: Evidence;
  readonly carriedOver?: string;
  readonly note?: string;
}

/**
 * A quote copied from the source.
 *
 * @example
 * ```ts
 * verbatim('自2000年5月1日起执行'); // { text: '自2000年5月1日起执行', kind: 'verbatim' }
 * ```
 */
export function verbatim(text: string): Quote {
  return Object.freeze({ text, kind: 'verbatim' as const });
}

/**
 * A quote in our words: the sense of the source, not its wording.
 *
 * @example
 * ```ts
 * paraphrase('证件10个工作日内签发，签注7个工作日内签发'); // { …, kind: 'paraphrase' }
 * ```
 */
export function paraphrase(text: string): Quote {
  return Object.freeze({ text, kind: 'paraphrase' as const });
}

/**
 * The citation of an instrument with `options`, frozen: the instrument's id, kind, issuer,
 * title, number, official URL and dates, then the citation's own article, quote, evidence
 * (the instrument's unless given), carried-over reason and note.
 *
 * @example
 * ```ts
 * citationOf(instrument, { article: '第七条' }).instrument; // instrument.id
 * ```
 */
export function citationOf(i: Instrument, options: CiteOptions = {}): Citation {
  const c: { -readonly [K in keyof Citation]: Citation[K] } = { instrument: i.id, kind: i.kind, issuer: i.issuer, title: i.title };
  if (i.number !== undefined) c.number = i.number;
  if (options.article !== undefined) c.article = options.article;
  if (i.url !== undefined) c.url = i.url;
  if (i.published !== undefined) c.published = i.published;
  if (i.effective !== undefined) c.effective = i.effective;
  if (options.quote !== undefined) c.quote = Object.freeze({ ...options.quote });
  c.evidence = Object.freeze({ ...(options.evidence ?? i.evidence) });
  if (options.carriedOver !== undefined) c.carriedOver = options.carriedOver;
  if (options.note !== undefined) c.note = options.note;
  return Object.freeze(c);
}

/** The fields a citation copies from its instrument (checked by {@link citationMismatches}). */
export const COPIED_FIELDS = /* @__PURE__ */ Object.freeze(['kind', 'issuer', 'title', 'number', 'url', 'published', 'effective'] as const);

/**
 * The copied fields in which a citation differs from its instrument.
 *
 * @example
 * ```ts
 * citationMismatches({ ...citationOf(i), title: 'edited' }, i); // ['title']
 * ```
 */
export function citationMismatches(c: Citation, i: Instrument): (typeof COPIED_FIELDS)[number][] {
  return COPIED_FIELDS.filter((f) => c[f] !== i[f]);
}

/**
 * A frozen set of instruments looked up by id (ids are data: `__proto__` is just an id).
 *
 * @example
 * ```ts
 * const r = new InstrumentRegistry([fee2000]);
 * r.get('fee.2000-293')?.number; // '计价格〔2000〕293号'
 * ```
 */
export class InstrumentRegistry {
  readonly #byId: ReadonlyMap<string, Instrument>;
  readonly #all: readonly Instrument[];

  /** @throws `Error` when two instruments share an id (a programming error in the data). */
  constructor(instruments: Iterable<Instrument>) {
    const byId = new Map<string, Instrument>();
    for (const i of instruments) {
      if (byId.has(i.id)) throw new Error(`instrument ${i.id} is defined twice`);
      byId.set(i.id, i);
    }
    this.#byId = byId;
    this.#all = Object.freeze([...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    Object.freeze(this);
  }

  /** The instrument with this id. */
  get(id: string): Instrument | undefined {
    return this.#byId.get(id);
  }

  /** Whether an instrument has this id. */
  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /** Every instrument, sorted by id. */
  all(): readonly Instrument[] {
    return this.#all;
  }

  /** A registry with `more` instruments added (ids must be new). */
  with(more: Iterable<Instrument>): InstrumentRegistry {
    return new InstrumentRegistry([...this.#all, ...more]);
  }
}
