/**
 * Generators shared by the trusted-core properties of the place and channel decisions
 * (place-trusted.prop.test.ts, channel-trusted.prop.test.ts): runs of inputs that all meet the
 * same view (date, office), with the applicant's dates drawn near the thresholds the rules
 * speak of (ages 16 and 60, 6 and 12 months of residence or insurance, permit validity,
 * 29 February birthdays), so that two inputs of a run often differ only by such a fact.
 */
import fc from 'fast-check';
import { DOCUMENT_TYPES } from '../../src/documents/document-types.js';
import type { ApplicationPlaceInput } from '../../src/eligibility/application-place.js';
import type { ChannelInput } from '../../src/eligibility/channels.js';
import type { PlaceApplicant } from '../../src/eligibility/place-applicant.js';
import type { Service } from '../../src/eligibility/place-services.js';
import { civilFromDays, daysFromCivil, daysInMonth, formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import type { PolicyView } from '../../src/rules/policy-at.js';
export { outcome } from '../support/outcome.js';

export const PLACES = ['510100', '510104', '510703', '110105', '310104', '440304', '440305', '440106', '440402', '610112', '140105', '140202', '220104', '220202', '320505', '350203', '460105', '650102', '450103'];
const HKMO = ['T', 'S', 'L', 'G', 'Q', 'D', 'talent'];
const TAIWAN = ['L', 'G', 'T', 'D', 'J', 'Y', 'F', 'X', 'C', 'Q'];
const REGIMES = ['shenzhen.multi', 'shenzhen.weekly', 'zhuhai.weekly', 'hengqin.multi'];

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const division = fc.constantFrom(...PLACES);

/** A date some years and months before `date` (the day clamped to the month), shifted by `jitter` days. */
function back(date: string, months: number, jitter: number): string {
  const [y, m, d] = civilFromDays(parseCivilDate(date));
  const total = y * 12 + (m - 1) - months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12 + 1;
  return formatCivilDate(daysFromCivil(ty, tm, Math.min(d, daysInMonth(ty, tm))) + jitter);
}

type Birth = { kind: 'near'; years: number; jitter: number } | { kind: 'feb29'; year: number } | { kind: 'future'; days: number };
type Since = { months: number; jitter: number };

const birth: fc.Arbitrary<Birth | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ kind: fc.constant('near' as const), years: fc.constantFrom(0, 1, 15, 16, 17, 30, 59, 60, 61), jitter: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ kind: fc.constant('feb29' as const), year: fc.constantFrom(1944, 1948, 1964, 1968, 1988, 2004, 2008) }),
  fc.record({ kind: fc.constant('future' as const), days: fc.integer({ min: 1, max: 40 }) }),
);
const since: fc.Arbitrary<Since> = fc.record({ months: fc.constantFrom(0, 1, 5, 6, 7, 11, 12, 13, 30), jitter: fc.integer({ min: -3, max: 3 }) });

const abstractApplicant = fc.record(
  {
    hukou: division,
    birth,
    residencePermit: opt(fc.record({ division, from: since, to: opt(fc.integer({ min: -5, max: 400 })) })),
    residence: opt(fc.record({ division, since })),
    registeredPersonnel: opt(fc.boolean()),
    activeMilitary: opt(fc.boolean()),
    work: opt(fc.record({ division, socialInsuranceMonths: opt(fc.constantFrom(0, 11, 12, 13, 30)) }, { requiredKeys: ['division'] })),
    study: opt(fc.record({ division })),
    business: opt(fc.record({ filingDivision: division })),
    filedEnterpriseStaff: opt(fc.boolean()),
  },
  { requiredKeys: ['hukou'] },
);
type AbstractApplicant = typeof abstractApplicant extends fc.Arbitrary<infer T> ? T : never;

/** The applicant, with its dates placed relative to the view's date. */
function applicantOn(a: AbstractApplicant, date: string): PlaceApplicant {
  const { birth: b, residencePermit: rp, residence: r, ...rest } = a;
  const out: Record<string, unknown> = { ...rest };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  if (b?.kind === 'near') out.birthDate = back(date, b.years * 12, b.jitter);
  if (b?.kind === 'feb29') out.birthDate = `${b.year}-02-29`;
  if (b?.kind === 'future') out.birthDate = formatCivilDate(parseCivilDate(date) + b.days);
  if (rp) {
    const validFrom = back(date, rp.from.months, rp.from.jitter);
    const validTo = rp.to === undefined ? undefined : formatCivilDate(Math.max(parseCivilDate(validFrom), parseCivilDate(date) + rp.to));
    out.residencePermit = validTo === undefined ? { division: rp.division, validFrom } : { division: rp.division, validFrom, validTo };
  }
  if (r) out.residence = { division: r.division, since: back(date, r.since.months, r.since.jitter) };
  return out as unknown as PlaceApplicant;
}

const action = fc.constantFrom('first-issue', 'renewal', 'replacement') as fc.Arbitrary<'first-issue' | 'renewal' | 'replacement'>;
const documentService: fc.Arbitrary<Service> = fc
  .record({ document: fc.constantFrom(...DOCUMENT_TYPES), action: opt(action) })
  .map(({ document, action: a }) => (a === undefined ? { kind: 'document' as const, document } : { kind: 'document' as const, document, action: a }));
const endorsementService: fc.Arbitrary<Service> = fc
  .record({
    destination: fc.constantFrom('hong-kong', 'macau', 'taiwan') as fc.Arbitrary<'hong-kong' | 'macau' | 'taiwan'>,
    pick: fc.nat(),
    entries: opt(fc.constantFrom('single', 'double', 'multi') as fc.Arbitrary<'single' | 'double' | 'multi'>),
    regime: opt(fc.constantFrom(...REGIMES)),
    action: opt(action),
  })
  .map(({ destination, pick, entries, regime, action: a }) => {
    const types = destination === 'taiwan' ? TAIWAN : HKMO;
    const type = types[pick % types.length] as string;
    const e: Record<string, string> = { destination, type };
    if (entries !== undefined) e.entries = entries;
    if (regime !== undefined && destination !== 'taiwan' && type === 'G') e.regime = regime;
    return (a === undefined ? { kind: 'endorsement', endorsement: e } : { kind: 'endorsement', action: a, endorsement: e }) as Service;
  });
/** A service: a document or an endorsement (with entries and city regimes), any action. */
export const service: fc.Arbitrary<Service> = fc.oneof(documentService, endorsementService);

/** Services the local measures and pilots speak of (G, regimes, multiple S, group tours, renewals), more often than others. */
const biasedService: fc.Arbitrary<Service> = fc.oneof(
  { weight: 2, arbitrary: service },
  {
    weight: 3,
    arbitrary: fc.constantFrom<Service>(
      { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', entries: 'single' } },
      { kind: 'endorsement', action: 'renewal', endorsement: { destination: 'macau', type: 'G' } },
      { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', regime: 'shenzhen.multi' } },
      { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'S', entries: 'multi' } },
      { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'L' } },
      { kind: 'endorsement', endorsement: { destination: 'taiwan', type: 'G' } },
      { kind: 'document', document: 'passport', action: 'renewal' },
      { kind: 'document', document: 'taiwan-permit', action: 'replacement' },
      { kind: 'document', document: 'hkmo-permit', action: 'first-issue' },
      { kind: 'document', document: 'passport', action: 'first-issue' },
    ),
  },
);

const relative = opt(fc.record({ hukou: division, relationship: fc.constantFrom('spouse', 'child', 'parent') as fc.Arbitrary<'spouse' | 'child' | 'parent'> }));
const permit = opt(fc.record({ form: fc.constantFrom('booklet', 'card') as fc.Arbitrary<'booklet' | 'card'>, issuedIn: opt(division) }, { requiredKeys: ['form'] }));
const channel = fc.constantFrom('window', 'kiosk', 'online', 'post', 'police-station', 'agency') as fc.Arbitrary<ChannelInput['channel']>;

const abstractCase = fc.record({ applicant: abstractApplicant, service: biasedService, relative, channel, permit, priorDocumentValid: opt(fc.boolean()) });
type AbstractCase = typeof abstractCase extends fc.Arbitrary<infer T> ? T : never;

/** One input of a run, made concrete on the run's date and office (without the view). */
export interface Case {
  readonly place: Omit<ApplicationPlaceInput, 'view'>;
  readonly channel: Omit<ChannelInput, 'view'>;
}

function concrete(c: AbstractCase, date: string, office: string): Case {
  const applicant = applicantOn(c.applicant, date);
  const place: Record<string, unknown> = { applicant, service: c.service, office };
  if (c.relative !== undefined) place.relative = c.relative;
  const ch: Record<string, unknown> = { channel: c.channel, service: c.service, applicant };
  // the kiosk channel needs a permit (the check says so); elsewhere it is optional
  const p = c.permit ?? (c.channel === 'kiosk' ? { form: 'card' } : undefined);
  if (p !== undefined) ch.permit = p.issuedIn === undefined ? { form: p.form } : p;
  if (c.priorDocumentValid !== undefined) ch.priorDocumentValid = c.priorDocumentValid;
  return { place: place as unknown as Case['place'], channel: ch as unknown as Case['channel'] };
}

const FIRST = parseCivilDate('2004-01-01');
const LAST = parseCivilDate('2026-06-30');

type Applicant = AbstractCase['applicant'];
const withApplicant = (f: (a: Applicant) => Applicant) => (c: AbstractCase): AbstractCase => ({ ...c, applicant: f(c.applicant) });

/**
 * One fact of a case changed, the others (cities included) kept: the variants of a run differ
 * from its base case by such facts, so that they often share every other input of a decision
 * and differ only in a class (age, months resided or insured, permit validity) or a flag.
 */
const variant: fc.Arbitrary<(c: AbstractCase) => AbstractCase> = fc.oneof(
  birth.map((b) => withApplicant((a) => ({ ...a, birth: b }))),
  fc.tuple(division, since, opt(fc.integer({ min: -5, max: 400 }))).map(([d, from, to]) => withApplicant((a) => ({ ...a, residencePermit: { division: a.residencePermit?.division ?? d, from, to } }))),
  since.map((from) => withApplicant((a) => ({ ...a, residencePermit: a.residencePermit && { ...a.residencePermit, from } }))),
  opt(fc.integer({ min: -5, max: 400 })).map((to) => withApplicant((a) => ({ ...a, residencePermit: a.residencePermit && { ...a.residencePermit, to } }))),
  fc.tuple(division, since).map(([d, s]) => withApplicant((a) => ({ ...a, residence: { division: a.residence?.division ?? d, since: s } }))),
  fc.tuple(division, opt(fc.constantFrom(0, 11, 12, 13, 30))).map(([d, m]) => withApplicant((a) => ({ ...a, work: { division: a.work?.division ?? d, socialInsuranceMonths: m } }))),
  abstractApplicant.map((x) => withApplicant((a) => ({ ...a, study: x.study, business: x.business }))),
  fc.constantFrom('registeredPersonnel', 'activeMilitary', 'filedEnterpriseStaff').map((k) => withApplicant((a) => ({ ...a, [k]: a[k as 'activeMilitary'] !== true }))),
  division.map((hukou) => withApplicant((a) => ({ ...a, hukou }))),
  fc.tuple(division, fc.constantFrom('spouse', 'child', 'parent') as fc.Arbitrary<'spouse' | 'child' | 'parent'>).map(([d, relationship]) => (c: AbstractCase): AbstractCase => ({ ...c, relative: { hukou: c.relative?.hukou ?? d, relationship } })),
  fc.tuple(fc.constantFrom('booklet', 'card') as fc.Arbitrary<'booklet' | 'card'>, opt(division)).map(([form, issuedIn]) => (c: AbstractCase): AbstractCase => ({ ...c, permit: { form, issuedIn } })),
  fc.boolean().map((p) => (c: AbstractCase): AbstractCase => ({ ...c, priorDocumentValid: p })),
  fc.constantFrom('single', 'double', 'multi', undefined).map((entries) => (c: AbstractCase): AbstractCase => (c.service.endorsement ? { ...c, service: { ...c.service, endorsement: { ...c.service.endorsement, entries } } } : c)),
  abstractCase.map((x) => (c: AbstractCase): AbstractCase => ({ ...c, service: x.service })),
  abstractCase.map((x) => (c: AbstractCase): AbstractCase => ({ ...c, channel: x.channel })),
);

/** Dates where many rules are in force at once (Chengdu's and Jilin's local measures, 全程网办, S at kiosks, the 2013 schemes), or any day. */
const day = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: FIRST, max: LAST }) },
  { weight: 3, arbitrary: fc.constantFrom('2025-01-24', '2024-06-03', '2023-06-01', '2019-05-06', '2018-06-01', '2016-06-01', '2015-08-03', '2013-09-02', '2012-10-08', '2026-01-05').map(parseCivilDate) },
);
/** Offices with local measures (Chengdu, Jilin, Shanxi, Shenzhen, Zhuhai) more often than others. */
const office = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('510100', '510104', '220104', '140105', '440304', '440402') }, { weight: 2, arbitrary: division });

type Run = { readonly date: string; readonly office: string; readonly cases: readonly Case[] };

function runOf(dayArb: fc.Arbitrary<number>, officeArb: fc.Arbitrary<string>, baseArb: fc.Arbitrary<AbstractCase>): fc.Arbitrary<Run> {
  return fc
    .record({
      day: dayArb,
      office: officeArb,
      base: baseArb,
      variants: fc.array(fc.tuple(variant, fc.option(variant, { nil: undefined })), { maxLength: 10 }),
      others: fc.array(abstractCase, { maxLength: 1 }),
    })
    .map(({ day: d, office: o, base, variants, others }) => {
      const date = formatCivilDate(d);
      const cases = [base, ...variants.map(([v, w]) => (w ? w(v(base)) : v(base))), ...others];
      return { date, office: o, cases: cases.map((c) => concrete(c, date, o)) };
    });
}

/**
 * A run: one date (2004 to mid-2026) and office, and 1–12 inputs there: a base case and
 * variants of it, each differing from the base by one or two facts (and an unrelated case).
 */
export const run: fc.Arbitrary<Run> = runOf(day, office, abstractCase);

const rarely = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });
const SMALL_PLACES = ['510104', '440304', '650102', '220104', '140202'];
const small = fc.constantFrom(...SMALL_PLACES);
/** An applicant from small domains (a few cities, ages and months around the thresholds): two of a run often differ by one fact only. */
const smallApplicant: fc.Arbitrary<AbstractApplicant> = fc.record(
  {
    hukou: small,
    birth: fc.oneof(
      fc.constant(undefined),
      fc.record({ kind: fc.constant('near' as const), years: fc.constantFrom(15, 16, 59, 60), jitter: fc.constantFrom(-1, 0, 1) }),
      fc.record({ kind: fc.constant('future' as const), days: fc.constant(1) }),
    ),
    residencePermit: opt(fc.record({ division: small, from: fc.record({ months: fc.constantFrom(0, 6, 12), jitter: fc.constantFrom(-1, 0, 1) }), to: opt(fc.constantFrom(-1, 0, 30)) })),
    residence: opt(fc.record({ division: small, since: fc.record({ months: fc.constantFrom(0, 6, 12), jitter: fc.constantFrom(-1, 1) }) })),
    registeredPersonnel: rarely(fc.constant(true)),
    activeMilitary: rarely(fc.constant(true)),
    work: opt(fc.record({ division: fc.constantFrom('440304', '510104'), socialInsuranceMonths: opt(fc.constantFrom(11, 12)) }, { requiredKeys: ['division'] })),
    study: opt(fc.record({ division: fc.constantFrom('440304', '510104') })),
    business: opt(fc.record({ filingDivision: small })),
    filedEnterpriseStaff: opt(fc.constant(true)),
  },
  { requiredKeys: ['hukou'] },
);

type Scenario = { readonly days: readonly string[]; readonly offices: readonly string[]; readonly services: readonly Service[]; readonly channels: readonly ChannelInput['channel'][] };
const G: Service = { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', entries: 'single' } };
const L: Service = { kind: 'endorsement', endorsement: { destination: 'macau', type: 'L' } };
const S: Service = { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'S', entries: 'multi' } };
const TAIWAN_L: Service = { kind: 'endorsement', endorsement: { destination: 'taiwan', type: 'L' } };
const REGIME: Service = { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', regime: 'shenzhen.multi' } };
const RENEW: Service = { kind: 'document', document: 'passport', action: 'renewal' };
const RENEW_TAIWAN: Service = { kind: 'document', document: 'taiwan-permit', action: 'renewal' };
const FIRST_HKMO: Service = { kind: 'document', document: 'hkmo-permit', action: 'first-issue' };
/** Days, offices, services and channels that meet rules in force (local measures, pilots, the 2013 schemes), so that the facts matter. */
const SCENARIOS: readonly Scenario[] = [
  { days: ['2025-01-24', '2024-06-03', '2025-12-01'], offices: ['510104', '440304', '110105'], services: [RENEW, RENEW_TAIWAN], channels: ['online'] },
  { days: ['2019-05-06', '2025-01-24', '2019-09-02'], offices: ['510104', '440304'], services: [G, L, TAIWAN_L], channels: ['online', 'kiosk'] },
  { days: ['2018-06-01', '2023-06-01', '2025-01-24'], offices: ['510104'], services: [G, L, RENEW], channels: ['post', 'police-station', 'kiosk'] },
  { days: ['2016-06-01', '2017-03-01'], offices: ['220104', '220202'], services: [L, TAIWAN_L, G], channels: ['agency', 'kiosk'] },
  { days: ['2024-06-03', '2025-01-24'], offices: ['440304', '510104', '650102'], services: [S, G, REGIME], channels: ['kiosk'] },
  { days: ['2015-08-03', '2018-06-01', '2018-03-01'], offices: ['440304', '440402', '140105', '510104'], services: [G, L, REGIME], channels: ['kiosk'] },
  {
    days: ['2012-06-01', '2016-06-01', '2024-12-02', '2025-01-24'],
    offices: ['440304', '440402'],
    services: [REGIME, ...['shenzhen.weekly', 'zhuhai.weekly', 'hengqin.multi'].map((regime): Service => ({ kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', regime } }))],
    channels: ['kiosk', 'window'],
  },
  { days: ['2013-09-02', '2014-03-03', '2016-06-01', '2019-05-06', '2025-01-24'], offices: ['440304', '510104', '140105', '140202', '110105'], services: [RENEW, RENEW_TAIWAN, TAIWAN_L, FIRST_HKMO, { kind: 'document', document: 'passport', action: 'first-issue' }], channels: ['window'] },
];
const scenario = fc.constantFrom(...SCENARIOS).chain((sc) =>
  fc.record({
    day: fc.constantFrom(...sc.days).map(parseCivilDate),
    office: fc.constantFrom(...sc.offices),
    service: fc.constantFrom(...sc.services),
    channel: fc.constantFrom(...sc.channels),
  }),
);

/**
 * A tight run: one date, office, service and channel (mostly of a scenario that meets rules in
 * force); 2–14 inputs there whose applicant, relative, permit and prior document come from
 * small domains, so that many pairs differ by a single fact the decision may turn on.
 */
export const tightRun: fc.Arbitrary<Run> = fc
  .record({
    setting: fc.oneof(
      { weight: 3, arbitrary: scenario },
      {
        weight: 1,
        arbitrary: fc.record({
          day,
          office: fc.constantFrom('510104', '440304', '220104', '140105', '440402', '110105'),
          service: biasedService,
          channel: fc.constantFrom('window', 'kiosk', 'online', 'post', 'police-station', 'agency') as fc.Arbitrary<ChannelInput['channel']>,
        }),
      },
    ),
    cases: fc.array(
      fc.record({
        applicant: smallApplicant,
        relative: opt(fc.record({ hukou: small, relationship: fc.constantFrom('spouse', 'child', 'parent') as fc.Arbitrary<'spouse' | 'child' | 'parent'> })),
        permit: fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: fc.record({ form: fc.constantFrom('card', 'card', 'booklet') as fc.Arbitrary<'booklet' | 'card'>, issuedIn: opt(small) }, { requiredKeys: ['form'] }) }),
        priorDocumentValid: fc.constantFrom(true, true, undefined),
        entries: fc.constantFrom('single', 'multi', 'multi', undefined),
      }),
      { minLength: 2, maxLength: 14 },
    ),
  })
  .map(({ setting, cases }) => {
    const { day: d, office: o, service: sv, channel: ch } = setting;
    const date = formatCivilDate(d);
    return {
      date,
      office: o,
      cases: cases.map(({ entries, ...c }) => {
        const e = sv.endorsement;
        const s: Service = e ? { ...sv, endorsement: entries === undefined ? (({ entries: _x, ...rest }) => rest)(e) : { ...e, entries } } : sv;
        return concrete({ ...c, service: s, channel: ch }, date, o);
      }),
    };
  });

type TightCase = { applicant: AbstractApplicant; relative: AbstractCase['relative']; permit: AbstractCase['permit']; priorDocumentValid: boolean | undefined; entries: 'single' | 'double' | 'multi' | undefined };

/** Every case that differs from `base` by one fact (the office's city among the places tried). */
function flips(base: TightCase, office: string): TightCase[] {
  const a = base.applicant;
  const app = (x: Partial<AbstractApplicant>): TightCase => ({ ...base, applicant: { ...a, ...x } });
  const near = (years: number, jitter: number): Birth => ({ kind: 'near', years, jitter });
  const months = (m: number, jitter: number): Since => ({ months: m, jitter });
  const places = [...SMALL_PLACES, office];
  return [
    ...[undefined, near(15, 0), near(16, 0), near(16, -1), near(59, 0), near(60, 0), near(60, 1), { kind: 'future', days: 1 } as Birth, { kind: 'feb29', year: 2008 } as Birth].map((birth) => app({ birth })),
    app({ residencePermit: undefined }),
    ...[months(0, 0), months(6, 1), months(6, -1), months(12, 1), months(12, -1)].map((from) => app({ residencePermit: { division: a.residencePermit?.division ?? office, from, to: a.residencePermit?.to } })),
    ...[-1, 0, undefined].map((to) => app({ residencePermit: { division: a.residencePermit?.division ?? office, from: a.residencePermit?.from ?? months(12, 1), to } })),
    ...places.map((division) => app({ residencePermit: { division, from: a.residencePermit?.from ?? months(12, 1), to: a.residencePermit?.to } })),
    app({ residence: undefined }),
    ...[months(6, 1), months(6, -1), months(12, 1), months(12, -1)].map((since) => app({ residence: { division: a.residence?.division ?? office, since } })),
    ...places.map((division) => app({ residence: { division, since: a.residence?.since ?? months(12, 1) } })),
    app({ registeredPersonnel: a.registeredPersonnel === true ? undefined : true }),
    app({ activeMilitary: a.activeMilitary === true ? undefined : true }),
    app({ filedEnterpriseStaff: a.filedEnterpriseStaff === true ? undefined : true }),
    app({ work: undefined }),
    ...([11, 12, undefined] as const).map((m) => app({ work: { division: a.work?.division ?? office, socialInsuranceMonths: m } })),
    ...places.map((division) => app({ work: { division, socialInsuranceMonths: a.work?.socialInsuranceMonths ?? (12 as const) } })),
    app({ study: a.study ? undefined : { division: office } }),
    app({ business: a.business ? undefined : { filingDivision: office } }),
    ...places.map((hukou) => app({ hukou })),
    { ...base, relative: undefined },
    ...(['spouse', 'child', 'parent'] as const).map((relationship) => ({ ...base, relative: { hukou: base.relative?.hukou ?? office, relationship } })),
    ...places.map((hukou) => ({ ...base, relative: { hukou, relationship: base.relative?.relationship ?? 'spouse' } })),
    { ...base, permit: undefined },
    ...(['card', 'booklet'] as const).map((form) => ({ ...base, permit: { form, issuedIn: base.permit?.issuedIn } })),
    ...[undefined, ...places].map((issuedIn) => ({ ...base, permit: { form: base.permit?.form ?? 'card', issuedIn } })),
    { ...base, priorDocumentValid: base.priorDocumentValid === true ? undefined : true },
    ...(['single', 'multi', undefined] as const).map((entries) => ({ ...base, entries })),
  ];
}

/**
 * A flip run: one date, office, service and channel (mostly of a scenario that meets rules in
 * force), a base case from small domains, and every case that differs from it by one fact: if
 * a memo key left out a fact the decision turns on here, the base and its variant would share
 * a key.
 */
export const flipRun: fc.Arbitrary<Run> = fc
  .record({
    setting: fc.oneof({ weight: 3, arbitrary: scenario }, { weight: 1, arbitrary: fc.record({ day, office, service: biasedService, channel }) }),
    base: fc.record({
      applicant: smallApplicant,
      relative: opt(fc.record({ hukou: small, relationship: fc.constantFrom('spouse', 'child', 'parent') as fc.Arbitrary<'spouse' | 'child' | 'parent'> })),
      permit: opt(fc.record({ form: fc.constantFrom('booklet', 'card') as fc.Arbitrary<'booklet' | 'card'>, issuedIn: opt(small) }, { requiredKeys: ['form'] })),
      priorDocumentValid: opt(fc.constant(true)),
      entries: fc.constantFrom('single', 'multi', undefined) as fc.Arbitrary<'single' | 'multi' | undefined>,
    }),
  })
  .map(({ setting, base }) => {
    const { day: d, office: o, service: sv, channel: ch } = setting;
    const date = formatCivilDate(d);
    return {
      date,
      office: o,
      cases: [base, ...flips(base, o)].map(({ entries, ...c }) => {
        const e = sv.endorsement;
        const s: Service = e ? { ...sv, endorsement: entries === undefined ? (({ entries: _x, ...rest }) => rest)(e) : { ...e, entries } } : sv;
        return concrete({ ...c, service: s, channel: ch }, date, o);
      }),
    };
  });


/** The view type, re-exported for the tests. */
export type { PolicyView };

/** Days on either side of the dates the code itself compares with (the Passport Law's 2007-01-01 for the hukou place's citation; fingerprints from 2012-03-01 for a first issue), a few days apart. */
export const CODE_DAYS = fc.subarray(['2006-12-29', '2006-12-31', '2007-01-01', '2007-01-04', '2012-02-27', '2012-02-29', '2012-03-01', '2012-03-05']);

/** Day offsets from a run's date, up to about two and a half years either way. */
export const DAY_SHIFTS = fc.array(fc.integer({ min: -900, max: 900 }), { minLength: 2, maxLength: 6 });

/** The days a warm view is asked about in turn: the run's date, the shifted days, the next day, the code's days. */
export function manyDays(date: string, shifts: readonly number[], codeDays: readonly string[]): string[] {
  const day = parseCivilDate(date);
  return [date, ...shifts.map((s) => formatCivilDate(day + s)), formatCivilDate(day + 1), ...codeDays];
}
