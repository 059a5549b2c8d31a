/**
 * Every instrument churujing cites, for a reference list: the registry of the area tables and
 * the State Council holiday notices behind the working-day calendar. The notices are read from
 * the calendar's own citation data (the registry reads the calendar; the calendar, kept small for
 * browser bundles, knows nothing of the registry).
 *
 * @module
 */
import { CITATIONS } from '../deadlines/calendar-citations.js';
import { resolveNotice } from '../deadlines/notice-citation.js';
import { PROVISIONAL_BASIS } from '../deadlines/provisional-holidays.js';
import type { Citation, InstrumentKind } from '../rules/citation.js';
import type { Instrument } from '../rules/instrument.js';
import { AREA_INSTRUMENTS } from '../rules/instruments/documented.js';
import { deepFreeze } from '../rules/snapshot.js';

export type { Instrument, Source } from '../rules/instrument.js';
export type { Evidence, EvidenceLevel, InstrumentKind, Quote } from '../rules/citation.js';

const OFFICIAL_HOSTS = /^https?:\/\/www\.gov\.cn\//;

/** A holiday notice of the calendar as an instrument: `sc.holidays.<notice id>`. */
function holidayNotice(id: string): Instrument {
  const { cite } = resolveNotice({ id, year: Number(id.slice(0, 4)) });
  const url = cite.url;
  const official = url !== undefined && OFFICIAL_HOSTS.test(url);
  return {
    id: `sc.holidays.${id}`,
    kind: 'notice',
    issuer: cite.issuer,
    title: cite.title,
    ...(cite.number === undefined ? {} : { number: cite.number }),
    ...(cite.published === undefined ? {} : { published: cite.published }),
    ...(official ? { url } : {}),
    evidence: official ? { level: 'official', url, source: '中国政府网' } : url === undefined ? { level: 'secondary' } : { level: 'reprint', url, source: '维基文库' },
    ...(official || url === undefined ? {} : { sources: [{ url, level: 'reprint' as const, by: '维基文库' }] }),
    ...(cite.note === undefined ? {} : { note: cite.note }),
  };
}

/** A source the calendar cites for its provisional days (the holidays statute, the lunar table) as an instrument. */
function calendarSource(id: string, kind: InstrumentKind, c: Citation): Instrument {
  const official = c.url !== undefined && /^https?:\/\/[^/]*\.gov\.(cn|hk)\//.test(c.url);
  return {
    id,
    kind,
    issuer: c.issuer,
    title: c.title,
    ...(c.number === undefined ? {} : { number: c.number }),
    ...(c.published === undefined ? {} : { published: c.published }),
    ...(c.effective === undefined ? {} : { effective: c.effective }),
    ...(official ? { url: c.url } : {}),
    evidence: official ? { level: 'official', url: c.url as string } : { level: 'secondary', source: 'as the calendar cites it; no copy of the text is cited' },
    ...(c.note === undefined ? {} : { note: c.note }),
  };
}

let all: readonly Instrument[] | undefined;

/**
 * Every instrument churujing cites — laws, regulations, notices, announcements, standards,
 * guides, local measures, press reports, the State Council holiday notices and the sources of
 * the calendar's provisional days — each once,
 * sorted by id, deeply frozen: id, kind, issuer, title, document number (文号), dates, official
 * URL, the reprints, reports and summaries it was seen in, and the evidence level of the best
 * sight of its text. A citation in a result names its instrument by `instrument` id.
 *
 * @example
 * ```ts
 * const byId = new Map(instruments().map((i) => [i.id, i]));
 * byId.get('fee.2000-293')?.number; // '计价格〔2000〕293号'
 * instruments().filter((i) => i.evidence.level === 'press').length; // instruments known from press reports only
 * ```
 */
export function instruments(): readonly Instrument[] {
  if (all === undefined) {
    const calendar = [
      ...Object.keys(CITATIONS).map(holidayNotice),
      calendarSource('sc.holidays-statute-2024', 'regulation', PROVISIONAL_BASIS.statute),
      calendarSource('hko.lunar-calendar', 'guide', PROVISIONAL_BASIS.lunarDates),
    ];
    all = AREA_INSTRUMENTS.with(calendar.map((i) => deepFreeze(i))).all();
  }
  return all;
}
