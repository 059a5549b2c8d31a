/**
 * The materials checklist of an application: for each service, every material the requirement
 * tables ask for on the view's date at the view's office, whether the applicant has presented
 * it, and why it is needed (reason code + citation); then the same merged for the whole
 * application (one line per material, `core` when any service needs it as core).
 *
 * The input's schemas and the input and result types are in `checklist-schema.ts`; this module
 * re-exports them.
 *
 * @module
 */
import { DESTINATIONS, HKMO_TYPES, TAIWAN_TYPES } from '../documents/endorsements/catalogue.js';
import { BUSINESS_KINDS } from '../documents/endorsements/option.js';
import { type LocalizedText, ValidationError, showValue } from '../rules/errors.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { type CheckOptions, bilingual, checkOptions } from './call-options.js';
import { didYouMean, suggest } from './suggest.js';
import { type MemoPart, PolicyView, type ResolvedValue } from '../rules/policy-at.js';
import { MATERIAL_IDS, MATERIAL_LABELS, type MaterialId } from './materials-catalogue.js';
import { MATERIAL_REASONS } from './materials-reasons.js';
import {
  APPLICATION_ROUTES,
  DOCUMENT_ACTIONS,
  MATERIAL_DOCUMENTS,
  MATERIAL_RULE_TABLES,
  MATERIALS_COVERED_FROM,
  type MaterialCondition,
  type MaterialRule,
  type MaterialRuleSpec,
  type MaterialWeight,
  SCHEME_BASES,
  type ServiceSelector,
} from './materials-rules.js';
import {
  type ApplicantFacts,
  type Checklist,
  type ChecklistInput,
  type ChecklistItem,
  type MaterialService,
  type RequirementReason,
  type ServiceChecklist,
  inputSchema,
} from './checklist-schema.js';

export {
  type ApplicantFacts,
  type Checklist,
  type ChecklistInput,
  type ChecklistItem,
  type MaterialService,
  type RequirementReason,
  type ServiceChecklist,
  applicantFactsSchema,
  materialServiceSchema,
} from './checklist-schema.js';

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

type InForce = Extract<ResolvedValue<MaterialRule>, { inForce: true }>;

/** The requirement rules of a view: those in force, in table order, and whether any table was read unverified. */
interface RulePlan {
  /** Indexes into `MATERIAL_RULE_TABLES` of the rules in force. */
  readonly inForce: readonly number[];
  readonly unverified: boolean;
  /** The renewal/replacement grounds the rules in force name (a ground's key code is its index + 1). */
  readonly grounds: readonly string[];
  /** What `view.value` gave for each requirement table: the same objects on every day of one period of their entries. */
  readonly resolved: readonly unknown[];
}

/** Whether the reason of each requirement table takes the applicant's age. */
const AGE_PARAM: readonly boolean[] = MATERIAL_RULE_TABLES.map((spec) => (MATERIAL_REASONS[spec.reason].params as readonly string[]).includes('age'));

const NO_PARAMS: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze({});

function reasonOf(spec: MaterialRuleSpec, r: InForce, params: Readonly<Record<string, number>>): RequirementReason {
  const why: RequirementReason = { code: spec.reason, params, cite: r.cite, table: r.table, period: r.period, source: r.source, ...(r.uncertain === undefined ? {} : { uncertain: r.uncertain }) };
  return Object.freeze(why);
}

/**
 * The requirement rules resolved on the view (memo `materials.rules`), shared by every view
 * whose requirement tables resolve to the same entries (`view.tracked`): the same plan object
 * then stands for the same rules.
 */
function rulePlan(view: PolicyView): RulePlan {
  return view.memo('materials.rules', () => view.tracked(['materials.rules'], resolveRules));
}

/** The requirement rules as `view` resolves them (it reads the view only through `value`). */
function resolveRules(view: PolicyView): RulePlan {
  const inForce: number[] = [];
  const grounds: string[] = [];
  const resolved: unknown[] = [];
  let unverified = false;
  for (let i = 0; i < MATERIAL_RULE_TABLES.length; i++) {
    const r = view.value((MATERIAL_RULE_TABLES[i] as MaterialRuleSpec).table);
    resolved.push(r);
    if (r.unverified) unverified = true;
    if (!r.inForce) continue;
    inForce.push(i);
    for (const c of r.value.when ?? []) for (const g of c.grounds ?? []) if (!grounds.includes(g)) grounds.push(g);
  }
  return Object.freeze({ inForce: Object.freeze(inForce), unverified, grounds: Object.freeze(grounds), resolved: Object.freeze(resolved) });
}

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

/**
 * A merged line of a checklist before presence is known: every form the line can take, built
 * once (frozen), so that applying what the applicant presented only picks one.
 */
interface PlannedItem {
  /** The material, then its alternatives: the first presented and not defective is `presentAs`. */
  readonly candidates: readonly MaterialId[];
  readonly absent: ChecklistItem;
  /** By index in `candidates`. */
  readonly presentAs: readonly ChecklistItem[];
}

/** What a checklist is before presence: per service and merged (memo `materials.plan|…`). */
interface ChecklistPlan {
  readonly services: readonly (readonly PlannedItem[])[];
  readonly items: readonly PlannedItem[];
}

const ORDER = new Map<MaterialId, number>(MATERIAL_IDS.map((id, i) => [id, i]));

const sameList = <T>(x: readonly T[], y: readonly T[]): boolean => x.length === y.length && x.every((v, i) => v === y[i]);

/**
 * Merges requirements into items, in catalogue order. An item deep-equal to one of `shared`
 * (the merged item of a material only this service needs) is that one: plans stay small.
 */
function merge(requirements: readonly Requirement[], shared?: ReadonlyMap<MaterialId, PlannedItem>): PlannedItem[] {
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
    .map(([id, a]): PlannedItem => {
      const alternatives = a.alternatives ?? [];
      const services = [...a.services].sort((p, q) => p - q);
      const same = shared?.get(id)?.absent;
      if (same && same.weight === a.weight && sameList(same.alternatives, alternatives) && sameList(same.services, services) && sameList(same.why, a.why)) return shared?.get(id) as PlannedItem;
      return planItem(id, a.weight, Object.freeze(alternatives), Object.freeze(services), Object.freeze(a.why));
    });
}

function planItem(id: MaterialId, weight: MaterialWeight, alternatives: readonly MaterialId[], services: readonly number[], why: readonly RequirementReason[]): PlannedItem {
  const label = MATERIAL_LABELS[id];
  const candidates = Object.freeze([id, ...alternatives]);
  return Object.freeze({
    candidates,
    absent: Object.freeze({ id, label, weight, present: false, defective: false, alternatives, services, why }),
    presentAs: Object.freeze(candidates.map((presentAs) => Object.freeze({ id, label, weight, present: true, defective: false, alternatives, services, why, presentAs }))),
  });
}

function contextOf(a: ApplicantFacts): Context {
  return {
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
}

function buildPlan(view: PolicyView, services: readonly MaterialService[], applicant: ApplicantFacts): ChecklistPlan {
  const ctx = contextOf(applicant);
  const { inForce } = rulePlan(view);
  const issuedPermits = new Set<string>();
  for (const s of services) if (s.kind === 'document') issuedPermits.add(s.document);
  const ageParams: Readonly<Record<string, number>> = Object.freeze({ age: ctx.age });
  const reasons: (RequirementReason | undefined)[] = [];
  const perService = services.map((service, index) => {
    const permitInApplication = service.kind === 'endorsement' && issuedPermits.has(permitFor(service.destination));
    const requirements: Requirement[] = [];
    for (const t of inForce) {
      const spec = MATERIAL_RULE_TABLES[t] as MaterialRuleSpec;
      const r = view.value(spec.table) as InForce;
      const rule = r.value;
      if (!rule.services.some((sel) => selects(sel, service))) continue;
      if (rule.when !== undefined && !rule.when.some((c) => holds(c, ctx, service, permitInApplication))) continue;
      const why = (reasons[t] ??= reasonOf(spec, r, AGE_PARAM[t] ? ageParams : NO_PARAMS));
      requirements.push({ rule, service: index, why });
    }
    return requirements;
  });
  const items = merge(perService.flat());
  const shared = new Map(items.map((p) => [p.absent.id, p]));
  return Object.freeze({ services: Object.freeze(perService.map((requirements) => Object.freeze(merge(requirements, shared)))), items: Object.freeze(items) });
}

const indexOf = (list: readonly string[]): ReadonlyMap<string, number> => new Map(list.map((x, i) => [x, i]));
const ROUTE_CODE = indexOf(APPLICATION_ROUTES);
const SCHEME_CODE = indexOf(['', ...SCHEME_BASES]);
const BUSINESS_CODE = indexOf(['', ...BUSINESS_KINDS]);
const DOCUMENT_CODE = new Map<string, ReadonlyMap<string, number>>(MATERIAL_DOCUMENTS.map((d, i) => [d, new Map(DOCUMENT_ACTIONS.map((a, j) => [a, i * DOCUMENT_ACTIONS.length + j]))]));
const ENDORSEMENT_CODE = (() => {
  const out = new Map<string, ReadonlyMap<string, number>>();
  let n = 0;
  for (const d of DESTINATIONS) out.set(d, new Map((d === 'taiwan' ? TAIWAN_TYPES : HKMO_TYPES).map((t) => [t, n++])));
  return out;
})();

/**
 * The memo key of a plan: every applicant fact the rules read and every service field they
 * read, as parts — `['materials.plan', facts, ...services]`: the facts as one integer (age, the
 * four flags, route, scheme basis, business kind), then one number per service: a document as
 * `code << 8 | ground` (the ground's index among the grounds the view's rules name, 0 for any
 * other: the rules cannot tell those apart), an endorsement as `-code - 1`. Anything outside
 * the catalogues gets the spelled-out key `materials.plan.verbatim|…`.
 */
function planKey(rules: RulePlan, services: readonly MaterialService[], a: ApplicantFacts): string | MemoPart[] {
  const age = a.ageOnAcceptance;
  const route = ROUTE_CODE.get(a.route);
  const scheme = SCHEME_CODE.get(a.schemeBasis ?? '');
  const business = BUSINESS_CODE.get(a.business === undefined ? '' : a.business.kind);
  if (route === undefined || scheme === undefined || business === undefined || !(age >= 0 && age <= 255 && age === (age | 0))) return verbatimKey(services, a);
  const flags = (a.registeredPersonnel === true ? 1 : 0) | (a.residencePermitBased === true ? 2 : 0) | (a.urgent === true ? 4 : 0) | (a.fingersUnavailable === true ? 8 : 0);
  // parts: the facts as one number, then per service a document (code << 8 | ground, >= 0) or an endorsement (-code - 1)
  const key: MemoPart[] = ['materials.plan', age | (flags << 8) | (route << 12) | (scheme << 16) | (business << 20)];
  for (const s of services) {
    if (s.kind === 'document') {
      const c = DOCUMENT_CODE.get(s.document)?.get(s.action);
      const g = s.ground === undefined ? 0 : rules.grounds.indexOf(s.ground) + 1;
      if (c === undefined || g > 180) return verbatimKey(services, a);
      key.push((c << 8) | g);
    } else {
      const c = ENDORSEMENT_CODE.get(s.destination)?.get(s.type);
      if (c === undefined) return verbatimKey(services, a);
      key.push(-c - 1);
    }
  }
  return key;
}

/** The key spelled out (a ground is free text: length-prefixed, so no two lists share a key). */
function verbatimKey(services: readonly MaterialService[], a: ApplicantFacts): string {
  let key = `materials.plan.verbatim|${a.ageOnAcceptance}|${a.registeredPersonnel === true ? 1 : 0}|${a.route}|${a.residencePermitBased === true ? 1 : 0}|${a.schemeBasis ?? ''}|${a.urgent === true ? 1 : 0}|${a.fingersUnavailable === true ? 1 : 0}|${a.business?.kind ?? ''}`;
  for (const s of services) {
    key += s.kind === 'document' ? `|d,${s.document},${s.action},${s.ground === undefined ? '-' : `${s.ground.length}:${s.ground}`}` : `|e,${s.destination},${s.type.length}:${s.type}`;
  }
  return key;
}

/** Whether `id` is in a list: a scan for the short lists of a window, a set for long ones. */
type Membership = (id: string) => boolean;

const NOTHING: Membership = () => false;

function membership(list: readonly string[] | undefined): Membership {
  if (list === undefined || list.length === 0) return NOTHING;
  if (list.length <= 16) return (id) => list.includes(id);
  const set = new Set(list);
  return (id) => set.has(id);
}

function pick(p: PlannedItem, presented: Membership, defective: Membership): ChecklistItem {
  const c = p.candidates;
  let anyDefective = false;
  for (let i = 0; i < c.length; i++) {
    const id = c[i] as MaterialId;
    if (!presented(id)) continue;
    if (!defective(id)) return p.presentAs[i] as ChecklistItem;
    anyDefective = true;
  }
  if (!anyDefective) return p.absent;
  const { id, label, weight, alternatives, services, why } = p.absent; // presented but defective: rare, built when asked
  return Object.freeze({ id, label, weight, present: false, defective: true, alternatives, services, why });
}

function pickAll(plan: readonly PlannedItem[], presented: Membership, defective: Membership): ChecklistItem[] {
  const out = new Array<ChecklistItem>(plan.length);
  for (let i = 0; i < plan.length; i++) out[i] = pick(plan[i] as PlannedItem, presented, defective);
  return out;
}

/**
 * The checklist of an input already known to be valid (as {@link materialsChecklist} checks
 * it): what the rules ask for is planned once per view, services and applicant facts
 * (`view.memo`), and only what was presented is applied per call. The `service` of each
 * service checklist is the input's own object.
 *
 * @internal
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2025-01-24', { division: '510100' });
 * materialsChecklistTrusted({
 *   view,
 *   services: [{ kind: 'document', document: 'hkmo-permit', action: 'first-issue' }],
 *   applicant: { ageOnAcceptance: 34, route: 'hukou-place' },
 *   presented: ['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence'],
 * }).complete; // true
 * ```
 */
export function materialsChecklistTrusted(input: ChecklistInput): Checklist {
  const { view, services, applicant } = input;
  const rules = rulePlan(view);
  const unverified = rules.unverified;
  // a plan depends only on the requirement rules in force (identified by their resolved values)
  // and the facts in the key: a day no application used yet reuses the plan of another day of the same period
  const key = planKey(rules, services, applicant);
  // the rule plan is shared by every view whose requirement tables resolve alike (view.tracked), so it stands for them in the key
  const plan = view.memo(key, () => view.shared(['materials.plan', rules, ...(typeof key === 'string' ? [key] : key)], () => buildPlan(view, services, applicant)));
  const presented = membership(input.presented);
  const defective = membership(input.defective);
  const perService = new Array<ServiceChecklist>(services.length);
  for (let i = 0; i < services.length; i++) {
    perService[i] = Object.freeze({ service: services[i] as MaterialService, items: pickAll(plan.services[i] as readonly PlannedItem[], presented, defective) });
  }
  const items = pickAll(plan.items, presented, defective);
  const missing: ChecklistItem[] = [];
  for (const i of items) if (!i.present) missing.push(i);
  const out: Checklist =
    view.division === undefined
      ? { date: view.date, services: perService, items, missing, complete: missing.length === 0, unverified }
      : { date: view.date, services: perService, items, missing, complete: missing.length === 0, unverified, division: view.division };
  return Object.freeze(out);
}

/**
 * The checks of {@link materialsChecklist}: the schema and the cross-field rules, every problem
 * listed in one `ValidationError`. Returns the input as parsed (services with their own fields
 * only), ready for {@link materialsChecklistTrusted}.
 *
 * @internal
 * @example
 * ```ts
 * const checked = checkChecklistInput(input); // throws ValidationError listing every problem
 * materialsChecklistTrusted(checked); // deep-equals materialsChecklist(input)
 * ```
 */
export function checkChecklistInput(input: ChecklistInput, options?: unknown): ChecklistInput {
  const { locale, issues } = checkOptions(options, ['locale']);
  const add = (path: readonly PropertyKey[], code: string, zh: string, en: string): void => {
    issues.push(bilingual(path, code, { 'zh-CN': zh, en }, locale));
  };
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<ChecklistInput>;
  const view = raw.view;
  if (!(view instanceof PolicyView)) add(['view'], 'invalid-type', '视图应来自policyAt()', 'view must come from policyAt()');
  else if (view.date < MATERIALS_COVERED_FROM) {
    add(['view', 'date'], 'before-coverage', `材料规则自${MATERIALS_COVERED_FROM}起（公安部令第96号）；${view.date}更早`, `the material tables start on ${MATERIALS_COVERED_FROM} (公安部令第96号); ${view.date} is earlier`);
  }
  const parsed = inputSchema.safeParse(typeof input === 'object' && input !== null ? { ...input, view: undefined } : input, REPORT_INPUT);
  if (!parsed.success) {
    let searched = 0;
    for (const issue of issuesOf(parsed.error, [], locale)) {
      if (issue.code !== 'unknown-material') {
        issues.push(issue);
        continue;
      }
      const value = valueAt(input, issue.path);
      const tail = didYouMean(typeof value === 'string' && searched++ < 20 ? suggest(value, MATERIAL_IDS) : []);
      add(issue.path, 'unknown-material', `未知的材料编号${showValue(value)}${tail['zh-CN']}`, `unknown material id ${showValue(value)}${tail.en}`);
    }
  } else {
    const d = parsed.data;
    d.services.forEach((s, i) => {
      if (s.kind === 'document' && !(MATERIAL_DOCUMENTS as readonly string[]).includes(s.document)) {
        add(['services', i, 'document'], 'not-catalogued', `${s.document}没有材料清单：只有${MATERIAL_DOCUMENTS.join('、')}`, `no material list for ${s.document}: only ${MATERIAL_DOCUMENTS.join(', ')}`);
      }
      if (s.kind === 'endorsement') {
        const types: readonly string[] = s.destination === 'taiwan' ? TAIWAN_TYPES : HKMO_TYPES;
        if (!types.includes(s.type)) add(['services', i, 'type'], 'unknown-endorsement-type', `${s.destination}没有${s.type}类签注（${types.join(' ')}）`, `${s.type} is not an endorsement type for ${s.destination} (${types.join(' ')})`);
        else if (s.destination !== 'taiwan' && s.type === 'S' && d.applicant.business === undefined) {
          add(['applicant', 'business'], 'missing-business-kind', '商务签注（S）需要applicant.business.kind', 'a business (S) endorsement needs applicant.business.kind');
        }
      }
    });
    const a = d.applicant;
    if (a.under16 !== undefined && a.under16 !== a.ageOnAcceptance < 16) {
      add(['applicant', 'under16'], 'age-mismatch', `under16为${a.under16}，而ageOnAcceptance为${a.ageOnAcceptance}`, `under16 is ${a.under16} but ageOnAcceptance is ${a.ageOnAcceptance}`);
    }
    if (a.route === 'non-hukou-scheme' && a.residencePermitBased !== true && a.schemeBasis === undefined) {
      add(['applicant', 'schemeBasis'], 'missing-scheme-basis', '非户籍地受理途径需要residencePermitBased: true或schemeBasis（employed、student、relative）', 'the non-hukou-scheme route needs residencePermitBased: true or a schemeBasis (employed, student, relative)');
    }
    const presented = new Set(d.presented);
    (d.defective ?? []).forEach((m, i) => {
      if (!presented.has(m)) add(['defective', i], 'not-presented', `${m}被列为有缺陷，但并未提交`, `${m} is listed as defective but was not presented`);
    });
  }
  if (issues.length || !parsed.success) throw new ValidationError(TITLE, issues, locale);
  const data = parsed.data;
  return data.defective === undefined
    ? { view: view as PolicyView, services: data.services, applicant: data.applicant, presented: data.presented }
    : { view: view as PolicyView, services: data.services, applicant: data.applicant, presented: data.presented, defective: data.defective };
}

const TITLE: LocalizedText = Object.freeze({ 'zh-CN': '材料清单查询信息有误', en: 'Invalid materials checklist input' });

/** The value at `path` in an input (own properties only), or `undefined`. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || (typeof key !== 'string' && typeof key !== 'number') || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
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
 * @param options - `locale`: the locale of an error's message (`'en'` by default).
 * @throws `ValidationError` listing every problem: unknown material ids in `presented` or
 * `defective` (code `unknown-material`, with the nearest ids: "did you mean …"), a document without a material list, an endorsement
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
export function materialsChecklist(input: ChecklistInput, options?: CheckOptions): Checklist {
  return materialsChecklistTrusted(checkChecklistInput(input, options));
}
