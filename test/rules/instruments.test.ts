/**
 * The instrument registry as a guarantee: every registry entry is well formed and defined once
 * (one document number, one entry); every citation the library hands out — table entries and set
 * members, national and local, and the reasons the modules build — names an instrument of the
 * registry and agrees with it; a value in force before its instrument is an error unless the
 * citation says why it is carried over; and a policy that cites what the registry does not hold
 * is told so by validatePolicy. The fixes of the citation audit are pinned to their sources.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { instruments } from '../../src/builtin/instruments.js';
import { endorsementOptions } from '../../src/builtin/endorsement-options.js';
import { quoteFees } from '../../src/builtin/quote-fees.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { SAMPLE_APPLICATION } from '../../src/eligibility/application.js';
import { applicationPlace } from '../../src/eligibility/application-place.js';
import type { Citation } from '../../src/rules/citation.js';
import { type Instrument, citationMismatches, inForceFrom } from '../../src/rules/instrument.js';
import { instrumentSchema } from '../../src/rules/instrument-schema.js';
import * as CITABLE from '../../src/rules/instruments/index.js';
import { AREA_INSTRUMENTS, CITABLE_INSTRUMENTS, cite, FEE_2000_293, LAW_PASSPORT } from '../../src/rules/instruments/index.js';
import { policyAt } from '../../src/rules/policy-at.js';
import { FEE_ITEM_TABLES, FEE_NATIONAL, FEE_TABLES } from '../../src/fees/fee-tables.js';
import { parsePolicy, validatePolicyWith } from '../../src/rules/validate-policy.js';
import { withChangesUsing } from '../../src/rules/with-changes.js';
import { TAIWAN_G_CITIES } from '../../src/documents/endorsements/taiwan-g.js';
import type { Applicant } from '../../src/documents/endorsements/request.js';
import type { TableData } from '../../src/rules/table.js';
import { representativeRequests } from '../documents/endorsements/requests.js';

const ALL = instruments();
const BY_ID = new Map(ALL.map((i) => [i.id, i]));
const policy = defaultPolicy();

/** Every dated item of the built-in policy with where it sits. */
const ITEMS: { where: string; from: string; to?: string; cite: Citation }[] = [
  ...Object.entries(policy.national).map(([id, t]) => [id, t] as const),
  ...Object.entries(policy.local).flatMap(([code, m]) => Object.entries(m.tables).map(([id, t]) => [`${code} ${id}`, t] as const)),
].flatMap(([where, t]: readonly [string, TableData]) =>
  (t.kind === 'value' ? t.entries : t.members).map((i) => ({ where: `${where} ${'member' in i ? `${i.member} ` : ''}${i.from}`, from: i.from, ...(i.to === undefined ? {} : { to: i.to }), cite: i.cite })),
);

/** Every object with an issuer and a title reachable from `value` (cycle-safe). */
function citationsIn(value: unknown, out: Set<Citation> = new Set(), seen: Set<unknown> = new Set()): Set<Citation> {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return out;
  seen.add(value);
  if (typeof value === 'object' && typeof (value as Citation).issuer === 'string' && typeof (value as Citation).title === 'string') out.add(value as Citation);
  if (value instanceof Map) for (const v of value.values()) citationsIn(v, out, seen);
  else if (typeof value === 'object') for (const v of Object.values(value)) citationsIn(v, out, seen);
  return out;
}

describe('the registry', () => {
  it('has every entry valid against the instrument schema, each id once, sorted', () => {
    for (const i of ALL) expect(instrumentSchema.safeParse(i).success, i.id).toBe(true);
    expect(new Set(ALL.map((i) => i.id)).size).toBe(ALL.length);
    expect(ALL.map((i) => i.id)).toEqual([...ALL.map((i) => i.id)].sort());
    expect(ALL.length).toBeGreaterThan(100);
  });

  it('has no two instruments with the same document number', () => {
    const byNumber = new Map<string, string[]>();
    for (const i of ALL) if (i.number !== undefined) byNumber.set(i.number, [...(byNumber.get(i.number) ?? []), i.id]);
    expect([...byNumber].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it('says how each instrument was seen: official evidence at its official URL, other sightings marked with their level consistently', () => {
    const wrong: string[] = [];
    for (const i of ALL) {
      if (i.evidence.level === 'official' && (i.url === undefined || i.evidence.url !== i.url)) wrong.push(`${i.id}: official evidence must be at the official URL`);
      if (i.evidence.level !== 'official' && i.url !== undefined && i.evidence.url === i.url) wrong.push(`${i.id}: evidence at the official URL is official`);
      for (const s of i.sources ?? []) if (s.url === i.evidence.url && s.level !== i.evidence.level) wrong.push(`${i.id}: ${s.url} is ${s.level} evidence, not ${i.evidence.level}`);
      if (i.url !== undefined && i.sources?.some((s) => s.url === i.url)) wrong.push(`${i.id}: the official URL is not a reprint`);
      if (i.repealed !== undefined && inForceFrom(i) !== undefined && (inForceFrom(i) as string) >= i.repealed) wrong.push(`${i.id}: repealed before it was in force`);
    }
    expect(wrong).toEqual([]);
  });

  it('holds the State Council holiday notices of the calendar, and is what the root entry exports, frozen', () => {
    expect(root.instruments()).toBe(ALL);
    expect(Object.isFrozen(ALL)).toBe(true);
    for (const i of ALL) expect(Object.isFrozen(i) && Object.isFrozen(i.evidence), i.id).toBe(true);
    const n2025 = BY_ID.get('sc.holidays.2025');
    expect(n2025).toMatchObject({ kind: 'notice', issuer: '国务院办公厅', number: '国办发明电〔2024〕12号', published: '2024-11-12', evidence: { level: 'official' } });
    for (const i of AREA_INSTRUMENTS.all()) expect(BY_ID.get(i.id)).toBe(i);
  });

  it('each instrument is one exported constant, named after its id, and the registry holds exactly those constants', () => {
    const constants = Object.entries(CITABLE).filter(([, v]) => typeof v === 'object' && v !== null && 'evidence' in v && 'id' in v) as [string, Instrument][];
    expect(constants.map(([, i]) => i.id).sort()).toEqual(AREA_INSTRUMENTS.all().map((i) => i.id));
    for (const [name, i] of constants) {
      expect(name, i.id).toBe(i.id.toUpperCase().replace(/[.-]/g, '_'));
      // the registry's instrument is the constant with its documentation (sources, note) joined in
      const { sources: _sources, note: _note, ...cited } = AREA_INSTRUMENTS.get(i.id) as Instrument;
      expect(cited, i.id).toEqual(i);
      expect(CITABLE_INSTRUMENTS.get(i.id), i.id).toBe(i);
      expect(Object.hasOwn(i, 'sources') || Object.hasOwn(i, 'note'), `${i.id}: sources and notes belong in the documentation`).toBe(false);
    }
    expect(new Set(constants.map(([, i]) => i.id)).size).toBe(constants.length);
    expect(AREA_INSTRUMENTS.all().filter((i) => i.sources !== undefined).length).toBeGreaterThan(60);
    expect(AREA_INSTRUMENTS.all().filter((i) => i.note !== undefined).length).toBeGreaterThan(80);
  });

  it('cite(instrument) gives a frozen citation that copies the instrument and adds only what is particular to it', () => {
    const c = cite(FEE_2000_293, { article: '第一项' });
    const i = BY_ID.get('fee.2000-293') as Instrument;
    expect(c).toMatchObject({ instrument: i.id, kind: i.kind, issuer: i.issuer, title: i.title, number: i.number, effective: i.effective, article: '第一项', evidence: i.evidence });
    expect(citationMismatches(c, i)).toEqual([]);
    expect(Object.isFrozen(c) && Object.isFrozen(c.evidence)).toBe(true);
    expect(cite(LAW_PASSPORT)).toBe(cite(LAW_PASSPORT));
  });
});

describe('every citation the library hands out names an instrument of the registry', () => {
  it(`every table entry and set member, national and local (${ITEMS.length})`, () => {
    const wrong: string[] = [];
    for (const { where, cite: c } of ITEMS) {
      const i = c.instrument === undefined ? undefined : BY_ID.get(c.instrument);
      if (!i) wrong.push(`${where}: ${c.instrument ?? '(no instrument)'} ${c.title}`);
      else if (citationMismatches(c, i).length > 0) wrong.push(`${where}: differs from ${i.id} in ${citationMismatches(c, i).join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the reasons the modules build, and every citation reachable from the root entry', () => {
    const found = citationsIn(root);
    const days = ['2003-09-01', '2013-07-01', '2016-12-26', '2018-02-01', '2019-04-01', '2020-02-01', '2024-05-06', '2025-11-05'];
    for (const date of days) for (const r of representativeRequests(date)) citationsIn(endorsementOptions(r), found);
    citationsIn(evaluate(SAMPLE_APPLICATION), found);
    citationsIn(quoteFees({ items: [{ item: 'passport.issue' }, { item: 'taiwan-endorsement', entries: 'multi' }], acceptedOn: '2010-01-01', division: '510104', delivery: 'post' }), found);
    const wrong: string[] = [];
    for (const c of found) {
      if (c.instrument === undefined) {
        // the calendar's citations do not carry the id (the calendar stays free of the registry): they must be in it all the same
        if (!ALL.some((i) => i.issuer === c.issuer && i.title === c.title && i.number === c.number)) wrong.push(`no instrument: ${c.issuer} ${c.title}`);
        continue;
      }
      const i = BY_ID.get(c.instrument);
      if (!i) wrong.push(`unknown ${c.instrument}`);
      else if (citationMismatches(c, i).length > 0) wrong.push(`${c.instrument} differs in ${citationMismatches(c, i).join(', ')}`);
    }
    expect(wrong).toEqual([]);
    expect(found.size).toBeGreaterThan(40);
  });

  it('no module outside the registry writes a citation by hand (the calendar and the division tables, kept free of the registry for their bundles, and the what-if arbitrary excepted)', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
    const allowed = new Set(['src/deadlines/notice-citation.ts', 'src/deadlines/provisional-holidays.ts', 'src/rules/divisions-data.ts', 'src/rules/division-codes-data.ts', 'src/testing/change-set-arbitrary.ts']);
    const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const byHand = files('src').filter((f) => !f.startsWith(join('src', 'rules', 'instruments')) && !allowed.has(f.split('\\').join('/')) && /\bissuer:\s*['"`]/.test(code(f)));
    expect(byHand).toEqual([]);
  });

  it('no value is in force before its instrument, unless the citation says why it is carried over', () => {
    const wrong: string[] = [];
    for (const { where, from, to, cite: c } of ITEMS) {
      const i = BY_ID.get(c.instrument ?? '');
      if (!i) continue;
      const start = inForceFrom(i);
      if (start !== undefined && from < start && c.carriedOver === undefined) wrong.push(`${where}: from ${from}, but ${i.id} binds from ${start}`);
      if (i.repealed !== undefined && from >= i.repealed) wrong.push(`${where}: from ${from}, but ${i.id} was repealed on ${i.repealed}`);
      if (i.repealed !== undefined && to !== undefined && to >= i.repealed && c.carriedOver === undefined) wrong.push(`${where}: to ${to}, but ${i.id} was repealed on ${i.repealed}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the date check itself catches a value before its instrument (negative fixture)', () => {
    const early = { from: '1999-01-01', cite: cite(FEE_2000_293) };
    const i = BY_ID.get('fee.2000-293') as Instrument;
    expect(early.from < (inForceFrom(i) as string)).toBe(true);
    expect(cite(FEE_2000_293, { carriedOver: 'x' }).carriedOver).toBe('x');
  });
});

describe('validatePolicy checks the instruments a policy cites', () => {
  // the fee part of the built-in policy: small, and independent of the other areas' tables
  const base = { schema: 'churujing.policy/1', id: 'fees', national: JSON.parse(JSON.stringify(FEE_NATIONAL)), local: {}, changes: [] } as Record<string, unknown> & {
    national: Record<string, { entries: { cite: object }[] }>;
  };
  const validate = (p: unknown) => validatePolicyWith(p, FEE_TABLES);
  const withFirstCite = (c: object, extra: Record<string, unknown> = {}) => {
    const p = structuredClone(base);
    const t = p.national['fee.passport.issue'];
    if (!t?.entries[0]) throw new Error('fixture');
    t.entries[0].cite = c;
    return { ...p, ...extra };
  };
  const own: Instrument = { id: 'local.test-2026', kind: 'local-measure', issuer: '某市公安局出入境管理支队', title: '〈测试措施〉', effective: '2003-01-01', evidence: { level: 'secondary' } };

  it('accepts the fee tables of the built-in policy as JSON', () => {
    expect(validate(base).ok).toBe(true);
  });

  it('rejects an instrument id the registry does not hold, and a copy that drifted from its instrument', () => {
    const unknown = validate(withFirstCite({ ...cite(FEE_2000_293), instrument: 'fee.2000-294' }));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['national.fee.passport.issue.entries.0.cite.instrument', 'unknown-instrument']]);
    const drifted = validate(withFirstCite({ ...cite(FEE_2000_293), title: '关于公安出入境证照收费有关问题的通知', number: '公通字〔2000〕99号' }));
    expect(drifted.ok).toBe(false);
    if (!drifted.ok) expect(drifted.issues.map((i) => [i.path.slice(-1)[0], i.code])).toEqual([['title', 'citation-mismatch'], ['number', 'citation-mismatch']]);
  });

  it('accepts an instrument the policy carries, but not one that reuses a registry id or is malformed', () => {
    const carrying = validate(withFirstCite({ instrument: own.id, kind: own.kind, issuer: own.issuer, title: own.title, effective: own.effective }, { instruments: [own] }));
    expect(carrying.ok).toBe(true);
    if (carrying.ok) expect(policyAt(carrying.policy, '2010-01-01').value(FEE_ITEM_TABLES.get('passport.issue') as never)).toMatchObject({ inForce: true, cite: { instrument: own.id } });
    const clash = validate(withFirstCite(cite(FEE_2000_293), { instruments: [{ ...own, id: 'fee.2000-293' }] }));
    expect(!clash.ok && clash.issues.map((i) => i.code)).toEqual(['duplicate-instrument']);
    const bad = validate(withFirstCite(cite(FEE_2000_293), { instruments: [{ ...own, evidence: { level: 'rumour' } }] }));
    expect(!bad.ok && bad.issues.map((i) => i.path.join('.'))).toEqual(['instruments.0.evidence.level']);
  });

  it('lets a tester write a what-if with an ad hoc citation, and checks a what-if that names an instrument', () => {
    const fees = parsePolicy(base, FEE_TABLES);
    const halved = withChangesUsing(fees, [{ op: 'set', table: 'fee.passport.issue', from: '2027-01-01', value: 6000, cite: { issuer: 'what-if', title: 'Fee halved' } }], FEE_TABLES);
    expect(policyAt(halved, '2027-01-01', { beyondVerified: 'flag' }).value(FEE_ITEM_TABLES.get('passport.issue') as never)).toMatchObject({ inForce: true, value: 6000, cite: { issuer: 'what-if' } });
    expect(() => withChangesUsing(fees, [{ op: 'set', table: 'fee.passport.issue', from: '2027-01-01', value: 6000, cite: { instrument: 'fee.2027-1', issuer: 'x', title: 'y' } }], FEE_TABLES)).toThrow(/instrument/);
  });
});

describe('the audit, fixed (each pinned to the source found)', () => {
  const line = (item: Parameters<typeof quoteFees>[0]['items'][number], acceptedOn: string) => {
    const l = quoteFees({ items: [item], acceptedOn, division: '510104' }).lines[0] as { amountFen?: number; cite: Citation } | undefined;
    if (l?.amountFen === undefined) throw new Error('not priced');
    return { yuan: l.amountFen / 100, number: l.cite.number, quote: l.cite.quote };
  };

  it('the 200-yuan passport and the 400-yuan lost-passport replacement: 计价格〔2000〕293号, from 2000-05-01 (沂水县人民政府 copy)', () => {
    expect(line({ item: 'passport.issue' }, '2010-01-01')).toEqual({ yuan: 200, number: '计价格〔2000〕293号', quote: { text: '同意新版护照收费标准，由现行的每本100元，调整到每本200元', kind: 'verbatim' } });
    expect(line({ item: 'passport.replacement-lost' }, '2010-01-01')).toMatchObject({ yuan: 400, number: '计价格〔2000〕293号' });
    expect(line({ item: 'passport.renewal' }, '2010-01-01')).toMatchObject({ yuan: 200, number: '计价格〔2000〕293号' });
    expect(line({ item: 'passport.annotation' }, '2010-01-01')).toMatchObject({ yuan: 20, number: '价费字〔1993〕164号' });
    expect(BY_ID.get('fee.2000-293')?.effective).toBe('2000-05-01');
  });

  it('the pre-2017 multiple-entry Taiwan endorsement: 计价格〔2001〕1835号, not the 1993 schedule', () => {
    expect(line({ item: 'taiwan-endorsement', entries: 'multi' }, '2010-01-01')).toMatchObject({ yuan: 100, number: '计价格〔2001〕1835号' });
  });

  it('Taiwan individual travel, third batch: six cities from 2013-06-28, seven from 2013-08-28 (中国新闻网 2013-06-16)', () => {
    const at = (date: string) => policyAt(policy, date);
    const first = ['210100', '410100', '420100', '320500', '330200', '370200'];
    const second = ['130100', '220100', '340100', '430100', '450100', '530100', '350500'];
    const spec = TAIWAN_G_CITIES;
    for (const c of first) expect([at('2013-06-27').has(spec, c), at('2013-06-28').has(spec, c)], c).toEqual([false, true]);
    for (const c of second) expect([at('2013-08-27').has(spec, c), at('2013-08-28').has(spec, c)], c).toEqual([false, true]);
  });

  it('Taiwan family-visit (T) endorsements at any county-level office from 2025-11-05 (NIA, 2025-11-03, item 2), in both place tables', () => {
    const applicant: Applicant = { hukou: '510104', relatives: [{ relation: 'parent', livesIn: 'taiwan' }], taiwan: { approval: true } };
    const t = (date: string) => endorsementOptions({ applicant, permit: { type: 'taiwan', form: 'card', expiry: '2040-01-01' }, destination: 'taiwan', type: 'T', date, division: '110105' });
    expect(t('2025-11-04').status).toBe('refused');
    expect(t('2025-11-05').status).toBe('available');
    const place = (date: string) => applicationPlace({ view: policyAt(policy, date, { division: '110105' }), applicant: { hukou: '510104' }, service: { kind: 'endorsement', endorsement: { destination: 'taiwan', type: 'T' } }, office: '110105' });
    expect(place('2025-11-04').status).toBe('not-allowed');
    expect(place('2025-11-05')).toMatchObject({ status: 'allowed', route: 'cross-province' });
    // F, Y, Q stay where they were
    const f = endorsementOptions({ applicant, permit: { type: 'taiwan', form: 'card', expiry: '2040-01-01' }, destination: 'taiwan', type: 'F', date: '2025-11-05', division: '110105' });
    expect(f.status).toBe('refused');
  });

  it('公通字〔2003〕13号 is one instrument with one issuer wherever it is cited', () => {
    const issuers = new Set([...citationsIn(root)].filter((c) => c.number === '公通字〔2003〕13号').map((c) => c.issuer));
    issuers.add(BY_ID.get('cpc.2003-registered-personnel')?.issuer as string);
    expect([...issuers]).toEqual(['中共中央组织部、中共中央金融工作委员会、中共中央企业工作委员会、公安部、人事部']);
  });

  it('the metadata the audit found wrong: the talent announcement, the 2005 fee notice title, the 2023-01-08 announcement', () => {
    expect(BY_ID.get('nia.2023-talent')).toMatchObject({ issuer: '中华人民共和国出入境管理局', published: '2023-02-09', effective: '2023-02-20' });
    expect(BY_ID.get('fee.2005-77')?.title).toBe('国家发展改革委、财政部关于核定往来港澳长期多次有效签注收费标准等有关问题的通知');
    expect(BY_ID.get('nia.2022-optimisation')).toMatchObject({ published: '2022-12-27', effective: '2023-01-08', title: '国家移民管理局关于新型冠状病毒感染“乙类乙管”后优化移民管理政策措施的公告' });
  });

  it('reprint hosts are never given as an official URL', () => {
    const reprintHosts = /szqkhbnox|cqqiji|8mav1163|yjappsandbox|njpanjin|tianjiaotrip|gzhtbt|stapees|freewechat|hiwsoft|shaanxizhongxin|citytripinfo|gzhtlawyer/;
    const asOfficial = [...citationsIn(root)].filter((c) => c.url !== undefined && reprintHosts.test(c.url)).map((c) => c.instrument);
    expect(asOfficial).toEqual([]);
    expect(ALL.filter((i) => i.url !== undefined && reprintHosts.test(i.url)).map((i) => i.id)).toEqual([]);
  });
});
