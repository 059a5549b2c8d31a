/**
 * The differential property of issue 11 §2: what the parts say alone equals what `evaluate` says
 * for the same facts. For each of ≥ 10,000 generated applications (every channel, facts of the
 * endorsement rules and of the non-hukou routes, dates 2008–2025), the facts are given to each
 * public function by the rules stated in src/evaluate/evaluate-facts.ts — written out again here,
 * from that documentation, not imported — and its answer must equal the evaluation's part:
 *
 * - `applicationPlace` → `services[i].place`;
 * - `channelAllowed` (with the prior document's validity for renewals, the permit held and the
 *   endorsement applicant at a kiosk) → `services[i].channel`;
 * - `canSelfServe` at the office's kiosk → the kiosk channel decision;
 * - `endorsementOptions` (the permit held and valid, else the one applied for, else the lapsed one
 *   held) → `services[i].endorsement`;
 * - `quoteFees` of the fee items of the eligible services → `fees` (less evaluate's own unpriced
 *   lines, for items it cannot name); the items themselves against a plain reading of the fee
 *   notices' items per document and action.
 *
 * A part that throws alone must be marked unavailable in the evaluation (and then has no value).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { endorsementOptions } from '../../src/builtin/endorsement-options.js';
import { quoteFees } from '../../src/builtin/quote-fees.js';
import { validityFor } from '../../src/documents/validity.js';
import { type Application, type ApplicationService, parseApplication, toEndorsementApplicant } from '../../src/eligibility/application.js';
import { applicationPlace } from '../../src/eligibility/application-place.js';
import { channelAllowed } from '../../src/eligibility/channels.js';
import { canSelfServe } from '../../src/eligibility/self-service.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { ChurujingError } from '../../src/rules/errors.js';
import { policyAt } from '../../src/rules/policy-at.js';
import { applicationArbitrary } from '../../src/testing/application-arbitrary.js';

const POLICY = defaultPolicy();
const CITIES = ['510104', '110108', '320102', '440304', '310104', '330106', '460105', '350203', '610112'] as const;
const CHANNEL = { 'hall-window': 'window', kiosk: 'kiosk', online: 'online', post: 'post', 'police-station': 'police-station', agency: 'agency' } as const;
const PERMIT = { 'hong-kong': 'hkmo-permit', macau: 'hkmo-permit', taiwan: 'taiwan-permit' } as const;

/** The facts of the routes other than the hukou place, added to a generated application. */
const routeFacts = fc.record(
  {
    work: fc.record({ division: fc.constantFrom(...CITIES), socialInsuranceMonths: fc.integer({ min: 0, max: 40 }) }, { requiredKeys: ['division'] }),
    study: fc.record({ division: fc.constantFrom(...CITIES) }),
    closeRelative: fc.record({ hukou: fc.constantFrom(...CITIES), relationship: fc.constantFrom('spouse' as const, 'child' as const, 'parent' as const) }),
    residence: fc.record({ division: fc.constantFrom(...CITIES), since: fc.constantFrom('2005-03-01', '2012-01-15', '2016-06-30', '2019-02-01', '2024-10-01') }),
    activeMilitary: fc.boolean(),
    filedEnterpriseStaff: fc.boolean(),
  },
  { requiredKeys: [] },
);

/**
 * Half the applications anywhere, through any channel, with flags, for any service; half at the
 * hukou place, mostly at a window, after the 2018 measures, for documents and tourist
 * endorsements (most of those are eligible: fees and deadlines are reached).
 */
const applications = fc
  .tuple(
    fc.oneof(
      applicationArbitrary({ from: '2008-01-01', to: '2025-11-30', channels: ['hall-window', 'kiosk', 'online', 'post', 'police-station', 'agency'], maxServices: 3, flags: true }),
      applicationArbitrary({
        from: '2018-09-01',
        to: '2025-11-30',
        hukou: 'same-as-office',
        services: ['passport', 'hkmo-permit', 'taiwan-permit', 'exit-entry-permit', 'hong-kong:L', 'macau:L', 'hong-kong:G', 'macau:G', 'taiwan:L'],
        channels: ['hall-window', 'hall-window', 'hall-window', 'kiosk', 'online'],
        maxServices: 2,
        age: { min: 16 },
      }),
    ),
    fc.option(routeFacts, { nil: undefined, freq: 2 }),
  )
  .map(([a, facts]) => (facts === undefined ? a : ({ ...a, applicant: { ...a.applicant, ...facts } } as Application)));

/** The value, or the typed error's code (a crash is rethrown). */
function alone<T>(f: () => T): { ok: T } | { failed: string } {
  try {
    return { ok: f() };
  } catch (e) {
    if (!(e instanceof ChurujingError)) throw e;
    return { failed: e.code };
  }
}

/** The place applicant, by the rule of evaluate-facts.ts. */
function placeApplicant(a: Application['applicant'], birthDate: string) {
  const rp = a.residencePermit;
  return {
    hukou: a.hukou,
    birthDate,
    ...(rp ? { residencePermit: { division: rp.division, validFrom: rp.validFrom, ...(rp.validTo ? { validTo: rp.validTo } : {}) } } : {}),
    ...(a.residence ? { residence: a.residence } : {}),
    ...(a.registeredPersonnel || a.refusalFlags?.registeredPersonnel ? { registeredPersonnel: true } : {}),
    ...(a.activeMilitary ? { activeMilitary: true } : {}),
    ...(a.work ? { work: a.work } : a.talent ? { work: { division: a.talent.workDivision } } : {}),
    ...(a.study ? { study: a.study } : {}),
    ...(a.business?.filingDivision ? { business: { filingDivision: a.business.filingDivision } } : {}),
    ...(a.filedEnterpriseStaff ? { filedEnterpriseStaff: true } : {}),
  };
}

/** The service as the place rules see it, by the rule of evaluate-facts.ts. */
function placeService(app: Application, s: ApplicationService) {
  if (s.kind === 'document') return { kind: 'document' as const, document: s.document, action: s.action };
  const permit = app.services.find((t) => t.kind === 'document' && t.document === PERMIT[s.destination]);
  return {
    kind: 'endorsement' as const,
    action: permit?.kind === 'document' ? permit.action : ('renewal' as const),
    endorsement: { destination: s.destination, type: s.type, ...(s.option ? { entries: s.option.entries } : {}) },
  };
}

const valid = (d: { issued: string; expires: string }, date: string) => d.issued <= date && date <= d.expires;

/** The permit held for a destination: valid on the date, else any held (card or booklet). */
function heldPermit(app: Application, destination: keyof typeof PERMIT, date: string) {
  const held = app.existingDocuments.filter((d) => d.type === PERMIT[destination] && (d.form === 'card' || d.form === 'booklet'));
  return held.find((d) => valid(d, date)) ?? held[0];
}

/** A plain reading of the fee notices' items for documents. */
const DOCUMENT_ITEM: Record<string, (action: string, form?: string) => string | undefined> = {
  passport: (action) => (action === 'first-issue' ? 'passport.issue' : action === 'renewal' ? 'passport.renewal' : 'passport.replacement-lost'),
  'hkmo-permit': () => 'hkmo-permit.issue',
  'taiwan-permit': (_a, form) => (form === 'booklet' ? 'taiwan-permit.booklet' : 'taiwan-permit.card'),
  'taiwan-single-trip-permit': () => 'taiwan-single-trip-permit.issue',
  'hkmo-one-way-permit': () => 'hkmo-one-way-permit.issue',
  'exit-entry-permit': () => undefined,
};

let runs = 0;
let compared = { place: 0, channel: 0, kiosk: 0, endorsement: 0, fees: 0 };

function check(app: Application): void {
  const parsed = parseApplication(app);
  const { derived } = parsed;
  const date = derived.acceptedOn;
  const office = app.office.division;
  const view = policyAt(POLICY, date, { division: office, beyondVerified: 'flag' });
  const e = evaluate(app);
  runs++;
  const unavailable = (i: number, part: string) => e.services[i]?.reasons.some((r) => r.code === 'evaluate.part-unavailable' && r.params['part'] === part) === true;
  const applicant = placeApplicant(app.applicant, derived.birthDate);
  const relative = app.applicant.closeRelative;

  app.services.forEach((s, i) => {
    const decision = e.services[i];
    const service = placeService(app, s);
    // applicationPlace
    const place = alone(() => applicationPlace({ view, applicant, service: service as never, office, ...(relative ? { relative } : {}) }));
    if ('ok' in place) expect(decision?.place).toEqual(place.ok);
    else expect(unavailable(i, 'place')).toBe(true);
    compared.place++;

    // channelAllowed (and canSelfServe at a kiosk)
    const channel = CHANNEL[app.channel];
    let input: Record<string, unknown> = { view, channel, service, applicant };
    if (s.kind === 'document' && s.action !== 'first-issue') input = { ...input, priorDocumentValid: app.existingDocuments.some((d) => d.type === s.document && valid(d, date)) };
    if (s.kind === 'endorsement' && channel === 'kiosk') {
      const held = heldPermit(app, s.destination, date);
      const permit = held ? { form: held.form as 'card' | 'booklet', expiry: held.expires } : { form: 'booklet' as const };
      const endorsementApplicant = toEndorsementApplicant(parsed);
      input = { ...input, permit, endorsementApplicant };
      const k = alone(() => canSelfServe(view, { kiosk: office, applicant, permit, service: service as never, endorsementApplicant }));
      if ('ok' in k) {
        expect(decision?.channel?.status).toBe(k.ok.ok ? 'allowed' : 'not-allowed');
        expect(decision?.channel?.reasons).toEqual(k.ok.reasons);
        if (k.ok.ok) expect(decision?.channel).toMatchObject({ immediate: k.ok.immediate });
        compared.kiosk++;
      }
    }
    const c = alone(() => channelAllowed(input as never));
    if ('ok' in c) expect(decision?.channel).toEqual(c.ok);
    else expect(unavailable(i, 'channel')).toBe(true);
    compared.channel++;

    // endorsementOptions
    if (s.kind === 'endorsement') {
      const permitType = s.destination === 'taiwan' ? ('taiwan' as const) : ('hkmo' as const);
      const held = heldPermit(app, s.destination, date);
      let permit: { type: 'hkmo' | 'taiwan'; form: 'card' | 'booklet'; expiry: string } | undefined;
      if (held && valid(held, date)) permit = { type: permitType, form: held.form as 'card' | 'booklet', expiry: held.expires };
      else if (app.services.some((t) => t.kind === 'document' && t.document === PERMIT[s.destination])) {
        const v = alone(() => validityFor({ view, type: PERMIT[s.destination], birthDate: derived.birthDate, acceptedOn: date }));
        if ('ok' in v && v.ok.kind === 'validity' && (v.ok.form === 'card' || v.ok.form === 'booklet')) permit = { type: permitType, form: v.ok.form, expiry: v.ok.expiry };
      }
      if (!permit && held) permit = { type: permitType, form: held.form as 'card' | 'booklet', expiry: held.expires };
      if (permit) {
        const r = alone(() => endorsementOptions({ applicant: toEndorsementApplicant(parsed), permit, destination: s.destination, type: s.type, date, division: office }, { policy: POLICY, beyondVerified: 'flag' }));
        if ('ok' in r) expect(decision?.endorsement).toEqual(r.ok);
        else expect(unavailable(i, 'endorsement options')).toBe(true);
        compared.endorsement++;
      } else expect(decision?.reasons.map((r) => r.code)).toContain('evaluate.permit-missing');
    }

    // the fee items of an eligible document service, by a plain reading of the notices
    if (s.kind === 'document' && decision?.eligible) {
      const item = DOCUMENT_ITEM[s.document]?.(s.action, decision.validity?.kind === 'validity' ? decision.validity.form : undefined);
      expect(decision.feeItems.map((f) => f.item)).toEqual(item === undefined ? [] : [item]);
    }
  });

  // quoteFees
  const items = e.services.flatMap((s) => s.feeItems);
  const own = e.fees?.unpriced.filter((l) => l.reason.code.startsWith('evaluate.')) ?? [];
  if (items.length > 0) {
    const q = alone(() =>
      quoteFees(
        { items, acceptedOn: date, division: office, applicant: { birthDate: derived.birthDate, ...(app.applicant.disabled ? { disabled: true } : {}) }, delivery: app.delivery },
        { policy: POLICY, beyondVerified: 'flag' },
      ),
    );
    if ('ok' in q) {
      expect(e.fees?.lines.filter((l) => !own.includes(l as never))).toEqual(q.ok.lines);
      expect(e.fees?.totalFen).toBe(q.ok.totalFen);
      expect(e.fees?.complete).toBe(q.ok.complete && own.length === 0);
      compared.fees++;
    } else expect(e.reasons.some((r) => r.code === 'evaluate.part-unavailable' && r.params['part'] === 'fees')).toBe(true);
  } else expect(e.fees === undefined || e.fees.lines.every((l) => own.includes(l as never))).toBe(true);
}

/** 10,000 under the first time zone of the suite; 1,000 under the others (the answers do not depend on the zone: other suites check that). */
const RUNS = Number(process.env['DIFF_RUNS'] ?? (process.env['TZ'] === 'Asia/Shanghai' ? 10_000 : 1_000));

describe('evaluate equals its parts called alone with the same facts', () => {
  it(`over ${RUNS.toLocaleString('en')} generated applications`, () => {
    runs = 0;
    compared = { place: 0, channel: 0, kiosk: 0, endorsement: 0, fees: 0 };
    fc.assert(fc.property(applications, check), { numRuns: RUNS, seed: 20251106 });
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    // the generator must reach every part often enough to mean something (10,000 runs: about
    // 17,000 services placed, 1,700 kiosk decisions, 9,000 endorsement decisions, 1,200 quotes)
    const per = runs / 10_000;
    expect(compared.place).toBeGreaterThan(12_000 * per);
    expect(compared.kiosk).toBeGreaterThan(1_000 * per);
    expect(compared.endorsement).toBeGreaterThan(6_000 * per);
    expect(compared.fees).toBeGreaterThan(800 * per);
  }, 900_000);
});
