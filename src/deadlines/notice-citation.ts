/**
 * Citations of the built-in holiday notices, kept apart from the day data so that a bundle
 * that only counts working days does not carry them.
 *
 * @module
 */
import type { Citation } from '../rules/citation-types.js';
import type { HolidayNotice, NoticeRef } from './calendar-build.js';
import { CITATIONS } from './calendar-citations.js';

/** `[number, published, url, title?, issuer?]`, format in calendar-citations.ts. @internal */
export type CompactCitation = readonly [number: string, published: string, url: string, title?: string, issuer?: string];

const GOV = 'www.gov.cn/zhengce/zhengceku/';

function expand(year: number, [num, published, url, title = `国务院办公厅关于${year}年部分节假日安排的通知`, issuer = '国务院办公厅']: CompactCitation): Citation {
  const unverified = num[0] === '?';
  const n = unverified ? num.slice(1) : num;
  const slash = n.indexOf('/');
  const cite: { -readonly [K in keyof Citation]: Citation[K] } = {
    issuer,
    title,
    number: slash > 0 ? `国办发明电〔${n.slice(0, slash)}〕${n.slice(slash + 1)}号` : n,
  };
  if (published) cite.published = published;
  cite.url =
    url[0] === '~' ? `http://${GOV}${url.slice(1)}.htm` : url[0] === '^' ? `https://${GOV}${url.slice(1)}.htm` : url === '@' ? `https://zh.wikisource.org/wiki/${title}` : url;
  if (unverified) cite.note = 'Number or date seen only in secondary sources, not in an official copy.';
  return Object.freeze(cite);
}

/** A notice with its citation: its own (added by `extendCalendar`) or the built-in one. @internal */
export function resolveNotice(ref: NoticeRef): HolidayNotice {
  if (ref.cite) return ref as HolidayNotice;
  const compact = CITATIONS[ref.id];
  const cite = compact ? expand(ref.year, compact) : { issuer: '国务院办公厅', title: `国务院办公厅关于${ref.year}年部分节假日安排的通知` };
  return Object.freeze({ id: ref.id, year: ref.year, cite });
}
