/**
 * The trusted core of the acceptance decision, acceptanceDecisionTrusted (what evaluate calls on
 * an input it has already checked), against the public acceptanceDecision:
 * - the public function is the check plus the core: both give the same result (deep-equal and
 *   the same JSON), or the same error — on the checklist's own (frozen) items and on a copy of
 *   them as plain JSON (the core renders those afresh instead of reusing lines);
 * - every notice line is what rendering the reasons one by one gives (a reference rendering);
 * - a result obtained through a warm view deep-equals the result on a fresh policy;
 * - a mutable checklist changed between two calls gives the changed notice (nothing stale).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Checklist, materialsChecklist, materialsChecklistTrusted } from '../../src/eligibility/checklist.js';
import { type AcceptanceDecision, type AcceptanceInput, type NoticeItem, acceptanceDecision, acceptanceDecisionTrusted, checkAcceptanceInput } from '../../src/eligibility/deferred-acceptance.js';
import { MATERIAL_REASONS } from '../../src/eligibility/materials.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { policyAt } from '../../src/rules/policy-at.js';
import type { Policy } from '../../src/rules/policy.js';
import { type Locale, renderReason } from '../../src/rules/reasons.js';
import { type Case, SAMPLE_SERVICES, outcome, run } from './checklist-trusted-arbitraries.js';
import { scribble } from '../support/scribble.js';

const viewOf = (policy: Policy, d: string, office: string | undefined) => policyAt(policy, d, office === undefined ? { beyondVerified: 'flag' } : { division: office, beyondVerified: 'flag' });

/** Runs, half of them in Chengdu while it practises 容缺受理 (so that every outcome is frequent). */
const acceptanceRun = fc.oneof(
  run,
  run.map((r) => ({ ...r, office: '510104' as const, date: r.date < '2018-05-01' ? '2019-06-03' : r.date })),
);

/** How the decision is asked for: opt-in, credit record, acceptance instant (or none), and which required items are dropped from what is presented. */
const terms = fc.record({
  optIn: fc.boolean(),
  credit: fc.option(fc.record({ bad: fc.boolean() }), { nil: undefined }),
  at: fc.constantFrom('none', 'date', 'morning', 'utc-evening-before'),
  /** Present everything required but these (by index, modulo the items; among the secondary ones only when `secondary`); `undefined`: present as generated. */
  drop: fc.option(fc.record({ secondary: fc.boolean(), picks: fc.array(fc.nat(), { maxLength: 3 }) }), { nil: undefined, freq: 2 }),
});
type Terms = typeof terms extends fc.Arbitrary<infer T> ? T : never;

function acceptedAtOf(d: string, at: Terms['at']): string | undefined {
  if (at === 'none') return undefined;
  if (at === 'date') return d;
  if (at === 'morning') return `${d}T09:30:00+08:00`;
  return `${formatCivilDate(parseCivilDate(d) - 1)}T20:00:00Z`; // 04:00 in Shanghai on d
}

/** The checklist of a case, with what is presented adjusted to drop only the chosen items. */
function checklistOf(c: Case, view: AcceptanceInput['view'], t: Terms): Checklist {
  if (t.drop === undefined) return materialsChecklist({ view, ...c });
  const items = materialsChecklist({ view, services: c.services, applicant: c.applicant, presented: [] }).items;
  const pool = (t.drop.secondary ? items.filter((i) => i.weight === 'secondary') : items).map((i) => i.id);
  const dropped = new Set(t.drop.picks.map((n) => pool[n % Math.max(1, pool.length)]));
  return materialsChecklist({ view, services: c.services, applicant: c.applicant, presented: items.map((i) => i.id).filter((id) => !dropped.has(id)) });
}

function inputOf(view: AcceptanceInput['view'], checklist: Checklist, t: Terms, d: string): AcceptanceInput {
  const acceptedAt = acceptedAtOf(d, t.at);
  return { view, checklist, optIn: t.optIn, ...(t.credit === undefined ? {} : { credit: t.credit }), ...(acceptedAt === undefined ? {} : { acceptedAt }) };
}

/** The notice lines rendered reason by reason, as the decision's notice should read. */
function referenceLines(d: AcceptanceDecision, locale: Locale): string[] {
  if (d.status === 'accepted') return [];
  const n = d.notice;
  const pick = (l: { 'zh-CN': string; en: string }) => (locale === 'zh-CN' ? l['zh-CN'] : l.en);
  const line = (item: NoticeItem, i: number): string => {
    const why = [...new Set(item.why.map((w) => renderReason(w, locale, MATERIAL_REASONS)))].join(locale === 'zh-CN' ? '；' : '; ') + (locale === 'zh-CN' ? '。' : '.');
    const material = pick(item.label);
    if (item.action === 'correct') return renderReason({ code: 'acceptance.notice.correct', params: { n: i + 1, material, why } }, locale, MATERIAL_REASONS);
    if (item.alternatives.length) {
      const alternatives = item.alternatives.map((a) => pick(a.label)).join(locale === 'zh-CN' ? '、' : ', ');
      return renderReason({ code: 'acceptance.notice.supply-any', params: { n: i + 1, material, alternatives, why } }, locale, MATERIAL_REASONS);
    }
    return renderReason({ code: 'acceptance.notice.supply', params: { n: i + 1, material, why } }, locale, MATERIAL_REASONS);
  };
  const header = renderReason({ code: n.kind === 'one-time-notice' ? 'acceptance.notice.header' : 'acceptance.deferred-notice.header', params: { count: n.items.length } }, locale, MATERIAL_REASONS);
  const tail =
    d.status === 'not-accepted'
      ? [renderReason({ code: 'acceptance.notice.basis', params: {} }, locale, MATERIAL_REASONS)]
      : d.reasons.slice(1, 4).map((r) => renderReason(r, locale, MATERIAL_REASONS)); // the cure, clock and failure terms
  return [header, ...n.items.map(line), ...tail];
}

describe('acceptanceDecisionTrusted', () => {
  it('the public function is the check plus the core; plain JSON checklists agree; the lines are the reference rendering', () => {
    const policy = defaultPolicy();
    const seen = new Set<string>();
    fc.assert(
      fc.property(acceptanceRun, fc.array(terms, { minLength: 1, maxLength: 3 }), ({ date: d, office, cases }, asks) => {
        const view = viewOf(policy, d, office);
        cases.forEach((c, i) => {
          const t = asks[i % asks.length] as Terms;
          const made = outcome(() => checklistOf(c, view, t));
          if (!('ok' in made)) return;
          const input = inputOf(view, made.ok, t, d);
          const pub = outcome(() => acceptanceDecision(input));
          expect(JSON.stringify(outcome(() => acceptanceDecisionTrusted(checkAcceptanceInput(input))))).toBe(JSON.stringify(pub));
          const plain = { ...input, checklist: JSON.parse(JSON.stringify(made.ok)) as Checklist };
          expect(outcome(() => acceptanceDecisionTrusted(checkAcceptanceInput(plain)))).toEqual(pub);
          if ('ok' in pub) {
            seen.add(pub.ok.status);
            expect(JSON.stringify(acceptanceDecisionTrusted(input))).toBe(JSON.stringify(pub.ok));
            if (pub.ok.status !== 'accepted') {
              expect(pub.ok.notice.lines['zh-CN']).toEqual(referenceLines(pub.ok, 'zh-CN'));
              expect(pub.ok.notice.lines.en).toEqual(referenceLines(pub.ok, 'en'));
            }
          }
        });
      }),
      { numRuns: 200 },
    );
    expect([...seen].sort()).toEqual(['accepted', 'accepted-deferred', 'not-accepted']);
  }, 120_000);

  it('a result through a warm view deep-equals the result on a fresh policy', () => {
    const warm = defaultPolicy();
    fc.assert(
      fc.property(acceptanceRun, terms, ({ date: d, office, cases }, t) => {
        const both = (policy: Policy, c: Case) =>
          JSON.stringify(
            outcome(() => {
              const view = viewOf(policy, d, office);
              return acceptanceDecisionTrusted(inputOf(view, materialsChecklistTrusted({ view, ...c }), t, d));
            }),
          );
        const warmResults = cases.map((c) => both(warm, c));
        const fresh = structuredClone(warm);
        for (let i = cases.length - 1; i >= 0; i--) expect(both(fresh, cases[i] as Case)).toBe(warmResults[i]);
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('the sample application: accepted when complete; the one-time notice numbers what is missing', () => {
    const view = viewOf(defaultPolicy(), '2025-01-24', '510100');
    const applicant = { ageOnAcceptance: 34, route: 'in-province' as const };
    const decide = (presented: string[]) => acceptanceDecisionTrusted({ view, checklist: materialsChecklistTrusted({ view, services: SAMPLE_SERVICES, applicant, presented }), optIn: true, acceptedAt: '2025-01-24T10:00:00+08:00' });
    expect(decide(['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence']).status).toBe('accepted');
    const a = decide(['application-form', 'resident-id-card', 'photo-capture']);
    const b = decide(['resident-id-card', 'photo-capture', 'applicant-presence']);
    if (a.status !== 'not-accepted' || b.status !== 'not-accepted') throw new Error('expected not-accepted');
    expect(a.notice.lines.en.slice(1, 3).map((l) => l.slice(0, 3))).toEqual(['1. ', '2. ']);
    // fingerprints: first in one notice, second in the other (the line is rendered once, numbered per notice)
    expect(a.notice.lines.en[1]).toMatch(/^1\. Supply: fingerprints taken on site\./);
    expect(b.notice.lines.en[1]).toMatch(/^1\. Supply: application form/);
    expect(b.notice.lines.en[2]).toMatch(/^2\. Supply: fingerprints taken on site\./);
    expect(a.notice.lines['zh-CN']).toEqual(referenceLines(a, 'zh-CN'));
  }, 60_000);

  it('scribbling over a checklist or a decision changes nothing later (what the memo shares is frozen)', () => {
    const policy = structuredClone(defaultPolicy());
    fc.assert(
      fc.property(acceptanceRun, terms, ({ date: d, office, cases }, t) => {
        // (each call on its own copy of the cases: a service checklist echoes the caller's own service object)
        const both = () =>
          structuredClone(cases).map((c) =>
            outcome(() => {
              const view = viewOf(policy, d, office);
              const checklist = materialsChecklistTrusted({ view, ...c });
              return { checklist, decision: acceptanceDecisionTrusted(inputOf(view, checklist, t, d)) };
            }),
          );
        const before = JSON.stringify(both());
        scribble(both());
        expect(JSON.stringify(both())).toBe(before);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('a plain (mutable) checklist changed between two calls gives the changed notice', () => {
    const view = viewOf(defaultPolicy(), '2025-01-24', '510100');
    const checklist = JSON.parse(JSON.stringify(materialsChecklist({ view, services: SAMPLE_SERVICES, applicant: { ageOnAcceptance: 34, route: 'in-province' }, presented: [] }))) as {
      missing: { label: { en: string }; defective: boolean }[];
    } & Checklist;
    const first = acceptanceDecisionTrusted({ view, checklist, optIn: true });
    const item = checklist.missing[0] as { label: { en: string }; defective: boolean };
    item.label.en = 'a changed name';
    item.defective = true;
    const second = acceptanceDecisionTrusted({ view, checklist, optIn: true });
    if (first.status !== 'not-accepted' || second.status !== 'not-accepted') throw new Error('expected not-accepted');
    expect(first.notice.lines.en[1]).not.toContain('a changed name');
    expect(second.notice.lines.en[1]).toMatch(/^1\. Correct \(what was handed in does not comply\): a changed name\./);
    expect(second.notice.items[0]?.action).toBe('correct');
  }, 60_000);
});
