/**
 * The materials checklist of an application: for each service, every material the requirement
 * tables ask for on the view's date at the view's office, whether the applicant has presented
 * it, and why it is needed (reason code + citation); then the same merged for the whole
 * application (one line per material, `core` when any service needs it as core).
 *
 * @module
 */
import { z } from 'zod';
import { DESTINATIONS, HKMO_TYPES, TAIWAN_TYPES } from '../documents/endorsements/catalogue.js';
import { BUSINESS_KINDS } from '../documents/endorsements/option.js';
import { documentTypeSchema } from '../documents/document-types.js';
import type { Citation } from '../rules/citation.js';
import type { CivilDate } from '../rules/civil-date.js';
import { type Issue, ValidationError } from '../rules/errors.js';
import type { Period } from '../rules/period.js';
import { PolicyView, type RuleSource } from '../rules/policy-at.js';
import type { Label } from '../rules/table.js';
import { MATERIAL_IDS, MATERIAL_LABELS, type MaterialId, isMaterialId } from './materials-catalogue.js';
import { MATERIAL_REASONS, type MaterialReasonCode } from './materials-reasons.js';
import {
  APPLICATION_ROUTES,
  DOCUMENT_ACTIONS,
  MATERIAL_DOCUMENTS,
  MATERIAL_RULE_TABLES,
  MATERIALS_COVERED_FROM,
  type MaterialCondition,
  type MaterialRule,
  type MaterialWeight,
  SCHEME_BASES,
  type ServiceSelector,
} from './materials-rules.js';

const materialIdString = z.string().superRefine((v, ctx) => {
  if (!isMaterialId(v)) ctx.addIssue({ code: 'custom', message: `unknown material id ${JSON.stringify(v)}`, params: { code: 'unknown-material' } });
});

/**
 * Schema of a {@link MaterialService}. It accepts the services of an application (extra fields
 * such as an endorsement's `option` are ignored); `document` must be one with a material list
 * and `type` an endorsement type of its destination — checked by {@link materialsChecklist}.
 *
 * @example
 * ```ts
 * materialServiceSchema.parse({ kind: 'endorsement', destination: 'hong-kong', type: 'T' });
 * ```
 */
export const materialServiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), document: documentTypeSchema, action: z.enum(DOCUMENT_ACTIONS), ground: z.string().min(1).optional() }),
  z.object({ kind: z.literal('endorsement'), destination: z.enum(DESTINATIONS), type: z.string().min(1) }),
]);

/**
 * One service of an application: a document (first issue, renewal or replacement, with the
 * renewal/replacement ground code) or an endorsement (destination and type: HK/Macau
 * `T S L G Q D talent`; Taiwan `L G T D J Y F X C Q`).
 *
 * @example
 * ```ts
 * const s: MaterialService = { kind: 'document', document: 'passport', action: 'renewal', ground: 'validity-expiring' };
 * ```
 */
export type MaterialService = z.infer<typeof materialServiceSchema>;

/**
 * Schema of {@link ApplicantFacts}.
 *
 * @example
 * ```ts
 * applicantFactsSchema.parse({ ageOnAcceptance: 30, route: 'hukou-place' });
 * ```
 */
export const applicantFactsSchema = z.object({
  ageOnAcceptance: z.number().int().min(0).max(150),
  under16: z.boolean().optional(),
  registeredPersonnel: z.boolean().optional(),
  route: z.enum(APPLICATION_ROUTES),
  residencePermitBased: z.boolean().optional(),
  schemeBasis: z.enum(SCHEME_BASES).optional(),
  fingersUnavailable: z.boolean().optional(),
  urgent: z.boolean().optional(),
  business: z.object({ kind: z.enum(BUSINESS_KINDS) }).optional(),
});

/**
 * What the requirement rules need to know of the applicant:
 * - `ageOnAcceptance` (周岁 on the acceptance date; `under16`, if given, must agree);
 * - `registeredPersonnel`: a registered state employee;
 * - `route`: how the applicant applies at this office (see `APPLICATION_ROUTES`), with
 *   `residencePermitBased` when the application rests on a residence permit and `schemeBasis`
 *   for the other non-hukou schemes (one of the two is required on the `non-hukou-scheme` route);
 * - `fingersUnavailable`: fingers missing or damaged (fingerprints skipped);
 * - `urgent`: urgent handling (加急) asked for;
 * - `business.kind`: for business (S) endorsements (the endorsement request's shape).
 *
 * @example
 * ```ts
 * const a: ApplicantFacts = { ageOnAcceptance: 15, route: 'hukou-place' };
 * ```
 */
export type ApplicantFacts = z.infer<typeof applicantFactsSchema>;

const inputSchema = z.object({
  services: z.array(materialServiceSchema).min(1),
  applicant: applicantFactsSchema,
  presented: z.array(materialIdString),
  defective: z.array(materialIdString).optional(),
});

/**
 * Input of {@link materialsChecklist}: the policy view (at the acceptance date and the office's
 * division), the services applied for, the applicant facts, and the material ids presented —
 * and, optionally, those presented but found defective (they count as missing, to be corrected).
 *
 * @example
 * ```ts
 * const input: ChecklistInput = { view, services: [{ kind: 'document', document: 'passport', action: 'first-issue' }], applicant: { ageOnAcceptance: 30, route: 'hukou-place' }, presented: ['application-form'] };
 * ```
 */
export interface ChecklistInput {
  readonly view: PolicyView;
  readonly services: readonly MaterialService[];
  readonly applicant: ApplicantFacts;
  readonly presented: readonly string[];
  readonly defective?: readonly string[];
}

/**
 * Why a material is needed: the rule's reason code and parameters, its citation, its table, the
 * entry's period and source (national or a division's local measure), and why it is uncertain.
 *
 * @example
 * ```ts
 * const r: RequirementReason = checklist.items[0]!.why[0]!;
 * r.code; r.cite.title; r.table;
 * ```
 */
export interface RequirementReason {
  readonly code: MaterialReasonCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly cite: Citation;
  readonly table: string;
  readonly period: Period;
  readonly source: RuleSource;
  readonly uncertain?: string;
}

/**
 * One line of a checklist: a material, its name, `core` or `secondary`, whether it was presented
 * (directly or as one of its `alternatives`, named in `presentAs`), whether what was presented
 * is defective, the services (indexes into the input) that need it, and why.
 *
 * @example
 * ```ts
 * const item: ChecklistItem = checklist.missing[0]!;
 * item.id; item.label.zh; item.weight; item.present; item.why;
 * ```
 */
export interface ChecklistItem {
  readonly id: MaterialId;
  readonly label: Label;
  readonly weight: MaterialWeight;
  readonly present: boolean;
  readonly presentAs?: MaterialId;
  readonly defective: boolean;
  readonly alternatives: readonly MaterialId[];
  readonly services: readonly number[];
  readonly why: readonly RequirementReason[];
}

/**
 * The checklist of one service.
 *
 * @example
 * ```ts
 * const s: ServiceChecklist = checklist.services[0]!;
 * s.items.filter((i) => !i.present);
 * ```
 */
export interface ServiceChecklist {
  readonly service: MaterialService;
  readonly items: readonly ChecklistItem[];
}

/**
 * What {@link materialsChecklist} returns: per service, merged for the application, the
 * merged items still missing, and whether the application is complete.
 *
 * @example
 * ```ts
 * const c: Checklist = materialsChecklist(input);
 * c.complete; c.missing.map((i) => i.id);
 * ```
 */
export interface Checklist {
  readonly date: CivilDate;
  readonly division?: string;
  readonly services: readonly ServiceChecklist[];
  readonly items: readonly ChecklistItem[];
  readonly missing: readonly ChecklistItem[];
  readonly complete: boolean;
  /** Some table was read past its verified date (only with `beyondVerified: 'flag'`). */
  readonly unverified: boolean;
}

interface Context {
  readonly age: number;
  readonly under16: boolean;
  readonly registeredPersonnel: boolean;
  readonly route: ApplicantFacts['route'];
  readonly residencePermitBased: boolean;
  readonly schemeBasis: ApplicantFacts['schemeBasis'];
  readonly urgent: boolean;
  readonly fingersAvailable: boolean;
  readonly businessKind: string | undefined;
}

function selects(sel: ServiceSelector, s: MaterialService): boolean {
  if (sel.kind === 'document') {
    return s.kind === 'document' && (sel.documents as readonly string[]).includes(s.document) && (sel.actions === undefined || sel.actions.includes(s.action));
  }
  return s.kind === 'endorsement' && sel.destinations.includes(s.destination) && (sel.types === undefined || sel.types.includes(s.type));
}

function holds(c: MaterialCondition, ctx: Context, s: MaterialService, permitInApplication: boolean): boolean {
  if (c.age !== undefined && (c.age === 'under-16') !== ctx.under16) return false;
  if (c.registeredPersonnel !== undefined && c.registeredPersonnel !== ctx.registeredPersonnel) return false;
  if (c.routes !== undefined && !c.routes.includes(ctx.route)) return false;
  if (c.residencePermitBased !== undefined && c.residencePermitBased !== ctx.residencePermitBased) return false;
  if (c.schemeBases !== undefined && (ctx.schemeBasis === undefined || !c.schemeBases.includes(ctx.schemeBasis))) return false;
  if (c.permitInApplication !== undefined && (s.kind !== 'endorsement' || c.permitInApplication !== permitInApplication)) return false;
  if (c.grounds !== undefined && (s.kind !== 'document' || s.ground === undefined || !c.grounds.includes(s.ground))) return false;
  if (c.urgent !== undefined && c.urgent !== ctx.urgent) return false;
  if (c.fingersAvailable !== undefined && c.fingersAvailable !== ctx.fingersAvailable) return false;
  if (c.businessKinds !== undefined && (ctx.businessKind === undefined || !(c.businessKinds as readonly string[]).includes(ctx.businessKind))) return false;
  return true;
}

/** The permit document an endorsement goes on. */
const permitFor = (destination: string): string => (destination === 'taiwan' ? 'taiwan-permit' : 'hkmo-permit');

interface Requirement {
  readonly rule: MaterialRule;
  readonly service: number;
  readonly why: RequirementReason;
}

interface Accumulator {
  weight: MaterialWeight;
  alternatives: MaterialId[] | undefined;
  services: Set<number>;
  why: RequirementReason[];
}

const ORDER = new Map<MaterialId, number>(MATERIAL_IDS.map((id, i) => [id, i]));

function merge(requirements: readonly Requirement[], presented: ReadonlySet<string>, defective: ReadonlySet<string>): ChecklistItem[] {
  const acc = new Map<MaterialId, Accumulator>();
  for (const r of requirements) {
    const alts = r.rule.alternatives ?? [];
    const a = acc.get(r.rule.material);
    if (!a) {
      acc.set(r.rule.material, { weight: r.rule.weight, alternatives: [...alts], services: new Set([r.service]), why: [r.why] });
      continue;
    }
    if (r.rule.weight === 'core') a.weight = 'core';
    // a material asked for by several rules must satisfy all of them: keep the common alternatives
    a.alternatives = (a.alternatives ?? []).filter((x) => alts.includes(x));
    a.services.add(r.service);
    if (!a.why.some((w) => w.table === r.why.table)) a.why.push(r.why);
  }
  return [...acc.entries()]
    .sort(([x], [y]) => (ORDER.get(x) as number) - (ORDER.get(y) as number))
    .map(([id, a]) => {
      const candidates: MaterialId[] = [id, ...(a.alternatives ?? [])];
      const presentAs = candidates.find((c) => presented.has(c) && !defective.has(c));
      const item: ChecklistItem = {
        id,
        label: MATERIAL_LABELS[id],
        weight: a.weight,
        present: presentAs !== undefined,
        defective: presentAs === undefined && candidates.some((c) => presented.has(c) && defective.has(c)),
        alternatives: a.alternatives ?? [],
        services: [...a.services].sort((p, q) => p - q),
        why: a.why,
      };
      return Object.freeze(presentAs === undefined ? item : { ...item, presentAs });
    });
}

function zodIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): Issue[] {
  return error.issues.map((i) => {
    const custom = i.code === 'custom' ? (i.params as { code?: unknown } | undefined)?.code : undefined;
    return { path: [...prefix, ...i.path], code: typeof custom === 'string' ? custom : i.code, message: i.message };
  });
}

function validate(input: ChecklistInput): { view: PolicyView; data: z.infer<typeof inputSchema> } {
  const issues: Issue[] = [];
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<ChecklistInput>;
  const view = raw.view;
  if (!(view instanceof PolicyView)) issues.push({ path: ['view'], code: 'invalid-type', message: 'view must come from policyAt()' });
  else if (view.date < MATERIALS_COVERED_FROM) {
    issues.push({ path: ['view', 'date'], code: 'before-coverage', message: `the material tables start on ${MATERIALS_COVERED_FROM} (公安部令第96号); ${view.date} is earlier` });
  }
  const parsed = inputSchema.safeParse(typeof input === 'object' && input !== null ? { ...input, view: undefined } : input);
  if (!parsed.success) issues.push(...zodIssues(parsed.error));
  else {
    const d = parsed.data;
    d.services.forEach((s, i) => {
      if (s.kind === 'document' && !(MATERIAL_DOCUMENTS as readonly string[]).includes(s.document)) {
        issues.push({ path: ['services', i, 'document'], code: 'not-catalogued', message: `no material list for ${s.document}: only ${MATERIAL_DOCUMENTS.join(', ')}` });
      }
      if (s.kind === 'endorsement') {
        const types: readonly string[] = s.destination === 'taiwan' ? TAIWAN_TYPES : HKMO_TYPES;
        if (!types.includes(s.type)) issues.push({ path: ['services', i, 'type'], code: 'unknown-endorsement-type', message: `${s.type} is not an endorsement type for ${s.destination} (${types.join(' ')})` });
        else if (s.destination !== 'taiwan' && s.type === 'S' && d.applicant.business === undefined) {
          issues.push({ path: ['applicant', 'business'], code: 'missing-business-kind', message: 'a business (S) endorsement needs applicant.business.kind' });
        }
      }
    });
    const a = d.applicant;
    if (a.under16 !== undefined && a.under16 !== a.ageOnAcceptance < 16) {
      issues.push({ path: ['applicant', 'under16'], code: 'age-mismatch', message: `under16 is ${a.under16} but ageOnAcceptance is ${a.ageOnAcceptance}` });
    }
    if (a.route === 'non-hukou-scheme' && a.residencePermitBased !== true && a.schemeBasis === undefined) {
      issues.push({ path: ['applicant', 'schemeBasis'], code: 'missing-scheme-basis', message: 'the non-hukou-scheme route needs residencePermitBased: true or a schemeBasis (employed, student, relative)' });
    }
    const presented = new Set(d.presented);
    (d.defective ?? []).forEach((m, i) => {
      if (!presented.has(m)) issues.push({ path: ['defective', i], code: 'not-presented', message: `${m} is listed as defective but was not presented` });
    });
  }
  if (issues.length || !parsed.success) throw new ValidationError(`Invalid materials checklist input (${issues.length} problem${issues.length === 1 ? '' : 's'})`, issues);
  return { view: view as PolicyView, data: parsed.data };
}

/**
 * The materials checklist of an application on the view's date at the view's office: per
 * service and merged, each item with its name, `core` or `secondary`, whether it was presented
 * and the reason (code + citation) of every rule that asks for it.
 *
 * An endorsement applied for together with its permit (same application) needs no valid permit
 * (2015 announcement, item 8). Alternatives count: a temporary identity card satisfies the
 * identity card; an under-16 applicant may show the household register.
 *
 * @throws `ValidationError` listing every problem: unknown material ids in `presented` or
 * `defective` (code `unknown-material`), a document without a material list, an endorsement
 * type unknown for its destination, a missing business kind for S, `under16` contradicting the
 * age, a non-hukou route without its basis, a date before the tables start (`before-coverage`);
 * `UnverifiedDateError` past the tables' verified date (unless the view flags instead).
 * @example
 * ```ts
 * const c = materialsChecklist({
 *   view: policyAt(policy, '2015-12-27', { division: '510100' }),
 *   services: [{ kind: 'document', document: 'passport', action: 'renewal', ground: 'validity-expiring' }],
 *   applicant: { ageOnAcceptance: 40, route: 'hukou-place' },
 *   presented: ['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence', 'old-passport'],
 * });
 * c.missing.map((i) => i.id); // ['hukou-booklet', 'copies-of-id']: dropped from 2015-12-28
 * ```
 */
export function materialsChecklist(input: ChecklistInput): Checklist {
  const { view, data } = validate(input);
  const a = data.applicant;
  const ctx: Context = {
    age: a.ageOnAcceptance,
    under16: a.ageOnAcceptance < 16,
    registeredPersonnel: a.registeredPersonnel === true,
    route: a.route,
    residencePermitBased: a.residencePermitBased === true,
    schemeBasis: a.schemeBasis,
    urgent: a.urgent === true,
    fingersAvailable: a.fingersUnavailable !== true,
    businessKind: a.business?.kind,
  };
  const presented = new Set(data.presented);
  const defective = new Set(data.defective ?? []);
  const resolved = MATERIAL_RULE_TABLES.map((spec) => ({ spec, r: view.value(spec.table) }));
  const unverified = resolved.some(({ r }) => r.unverified);
  const issuedPermits = new Set<string>(data.services.flatMap((s) => (s.kind === 'document' ? [s.document] : [])));
  const all: Requirement[] = [];
  const perService = data.services.map((service, index) => {
    const permitInApplication = service.kind === 'endorsement' && issuedPermits.has(permitFor(service.destination));
    const requirements: Requirement[] = [];
    for (const { spec, r } of resolved) {
      if (!r.inForce) continue;
      const rule = r.value;
      if (!rule.services.some((sel) => selects(sel, service))) continue;
      if (rule.when !== undefined && !rule.when.some((c) => holds(c, ctx, service, permitInApplication))) continue;
      const params: Record<string, number> = (MATERIAL_REASONS[spec.reason].params as readonly string[]).includes('age') ? { age: ctx.age } : {};
      const why: RequirementReason = { code: spec.reason, params, cite: r.cite, table: r.table, period: r.period, source: r.source, ...(r.uncertain === undefined ? {} : { uncertain: r.uncertain }) };
      requirements.push({ rule, service: index, why });
    }
    all.push(...requirements);
    return Object.freeze({ service, items: merge(requirements, presented, defective) });
  });
  const items = merge(all, presented, defective);
  const missing = items.filter((i) => !i.present);
  const out: Checklist = { date: view.date, services: perService, items, missing, complete: missing.length === 0, unverified };
  return Object.freeze(view.division === undefined ? out : { ...out, division: view.division });
}
