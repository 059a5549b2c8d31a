/**
 * The summary of an outcome diff: counts by kind of change, path, reason code, status
 * transition, office and date, and fee totals. Its size depends on how many distinct codes,
 * paths, offices and dates occur — never on how many applications were compared — and
 * summaries of disjoint parts of a population add up ({@link mergeSummaries}).
 *
 * @module
 */
import { showValue, ValidationError } from '../rules/errors.js';

/**
 * What part of an evaluation a change is in, read from its path: `status`; `eligibility`
 * (`services[i].eligible`); `reasons` (the reasons of a service or of the application);
 * `fees` (`fees`, `services[i].feeItems`); `processing` (deadlines, `services[i].processing`);
 * `materials`; `acceptance`; `validity`; `endorsement` (options and the option chosen);
 * `place`; `channel`; `verification` (`unverified`); `other`.
 *
 * @example
 * ```ts
 * const k: ChangeKind = 'fees';
 * ```
 */
export type ChangeKind = 'status' | 'eligibility' | 'reasons' | 'fees' | 'processing' | 'materials' | 'acceptance' | 'validity' | 'endorsement' | 'place' | 'channel' | 'verification' | 'other';

/**
 * Every {@link ChangeKind}, in the order summaries list them.
 *
 * @example
 * ```ts
 * CHANGE_KINDS.includes('fees'); // true
 * ```
 */
export const CHANGE_KINDS: readonly ChangeKind[] = Object.freeze(['status', 'eligibility', 'reasons', 'fees', 'processing', 'materials', 'acceptance', 'validity', 'endorsement', 'place', 'channel', 'verification', 'other'] as const);

const SERVICE_PART: ReadonlyMap<string, ChangeKind> = new Map<string, ChangeKind>([
  ['eligible', 'eligibility'],
  ['reasons', 'reasons'],
  ['feeItems', 'fees'],
  ['processing', 'processing'],
  ['validity', 'validity'],
  ['endorsement', 'endorsement'],
  ['chosen', 'endorsement'],
  ['place', 'place'],
  ['channel', 'channel'],
]);

const TOP_PART: ReadonlyMap<string, ChangeKind> = new Map<string, ChangeKind>([
  ['status', 'status'],
  ['fees', 'fees'],
  ['materials', 'materials'],
  ['acceptance', 'acceptance'],
  ['reasons', 'reasons'],
  ['unverified', 'verification'],
]);

const SERVICE = /^services\[\d+\]\.([A-Za-z]+)/;
const TOP = /^([A-Za-z]+)/;

/**
 * The kind of change at a path of an evaluation result.
 *
 * @example
 * ```ts
 * kindOfPath('services[1].processing.due'); // 'processing'
 * kindOfPath('fees.totalFen');              // 'fees'
 * ```
 */
export function kindOfPath(path: string): ChangeKind {
  if (typeof path !== 'string') {
    const messages = { 'zh-CN': `应为结果中的路径字符串（如services[0].processing.due），而不是${showValue(path)}`, en: `expected a path of a result as a string (e.g. services[0].processing.due), not ${showValue(path)}` };
    throw new ValidationError({ 'zh-CN': '路径无效', en: 'Invalid path' }, [{ path: ['path'], code: 'invalid-type', message: messages.en, messages }]);
  }
  const s = SERVICE.exec(path);
  if (s) return SERVICE_PART.get(s[1] as string) ?? 'other';
  const t = TOP.exec(path);
  return (t && TOP_PART.get(t[1] as string)) || 'other';
}

/**
 * A summary of an outcome diff. Every record is keyed in sorted order.
 *
 * @example
 * ```ts
 * const s: OutcomeDiffSummary = diffOutcomes({ baseline, candidate, applications }).summary;
 * s.changed; s.byKind.fees; s.reasonsAdded['evaluate.option-not-offered'];
 * ```
 */
export interface OutcomeDiffSummary {
  /** Applications read. */
  readonly applications: number;
  /** Applications that are not schema-valid (evaluate would throw). */
  readonly invalid: number;
  /** Valid applications accepted on a day on which the two policies cannot differ: not evaluated. */
  readonly unaffected: number;
  /**
   * Valid applications evaluated (the others are `unaffected`): under the baseline, and under the
   * candidate when their evaluation read a rule that differs on their day.
   */
  readonly evaluated: number;
  /** Applications whose outcome differs. */
  readonly changed: number;
  /** Changed applications by kind of change (one application may count under several kinds). */
  readonly byKind: Readonly<Partial<Record<ChangeKind, number>>>;
  /** Changed applications by path, indices written `[]` (`services[].processing.due`). */
  readonly byPath: Readonly<Record<string, number>>;
  /** `before→after` status pairs of the applications whose status changed. */
  readonly statusTransitions: Readonly<Record<string, number>>;
  /** Applications with a service that could be granted before and not after, and the reverse. */
  readonly eligibility: { readonly becameIneligible: number; readonly becameEligible: number };
  /** Reasons added, by code (each occurrence). */
  readonly reasonsAdded: Readonly<Record<string, number>>;
  /** Reasons removed, by code (each occurrence). */
  readonly reasonsRemoved: Readonly<Record<string, number>>;
  /** Changed applications by office (division code). */
  readonly byOffice: Readonly<Record<string, number>>;
  /** Changed applications by acceptance date. */
  readonly byDate: Readonly<Record<string, number>>;
  /** Fee totals of the changed applications that have a quote on both sides. */
  readonly fees: { readonly increased: number; readonly decreased: number; readonly deltaFen: number };
  /** Invalid applications by issue code. */
  readonly invalidByCode: Readonly<Record<string, number>>;
}

/** A summary being built (maps, counts). @internal */
export class SummaryBuilder {
  applications = 0;
  invalid = 0;
  unaffected = 0;
  evaluated = 0;
  changed = 0;
  readonly byKind = new Map<string, number>();
  readonly byPath = new Map<string, number>();
  readonly statusTransitions = new Map<string, number>();
  becameIneligible = 0;
  becameEligible = 0;
  readonly reasonsAdded = new Map<string, number>();
  readonly reasonsRemoved = new Map<string, number>();
  readonly byOffice = new Map<string, number>();
  readonly byDate = new Map<string, number>();
  increased = 0;
  decreased = 0;
  deltaFen = 0;
  readonly invalidByCode = new Map<string, number>();

  static add(map: Map<string, number>, key: string, n = 1): void {
    map.set(key, (map.get(key) ?? 0) + n);
  }

  /** The summary as plain, sorted, frozen data. */
  build(): OutcomeDiffSummary {
    const rec = (m: Map<string, number>) => Object.freeze(Object.fromEntries([...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))));
    const byKind = Object.freeze(Object.fromEntries(CHANGE_KINDS.filter((k) => this.byKind.has(k)).map((k) => [k, this.byKind.get(k) as number])));
    return Object.freeze({
      applications: this.applications,
      invalid: this.invalid,
      unaffected: this.unaffected,
      evaluated: this.evaluated,
      changed: this.changed,
      byKind,
      byPath: rec(this.byPath),
      statusTransitions: rec(this.statusTransitions),
      eligibility: Object.freeze({ becameIneligible: this.becameIneligible, becameEligible: this.becameEligible }),
      reasonsAdded: rec(this.reasonsAdded),
      reasonsRemoved: rec(this.reasonsRemoved),
      byOffice: rec(this.byOffice),
      byDate: rec(this.byDate),
      fees: Object.freeze({ increased: this.increased, decreased: this.decreased, deltaFen: this.deltaFen }),
      invalidByCode: rec(this.invalidByCode),
    });
  }

  /** Adds a finished summary (from another shard) to this one. */
  absorb(s: OutcomeDiffSummary): void {
    this.applications += s.applications;
    this.invalid += s.invalid;
    this.unaffected += s.unaffected;
    this.evaluated += s.evaluated;
    this.changed += s.changed;
    const into = (m: Map<string, number>, r: Readonly<Record<string, number | undefined>>) => {
      for (const k of Object.keys(r)) SummaryBuilder.add(m, k, r[k] ?? 0);
    };
    into(this.byKind, s.byKind);
    into(this.byPath, s.byPath);
    into(this.statusTransitions, s.statusTransitions);
    this.becameIneligible += s.eligibility.becameIneligible;
    this.becameEligible += s.eligibility.becameEligible;
    into(this.reasonsAdded, s.reasonsAdded);
    into(this.reasonsRemoved, s.reasonsRemoved);
    into(this.byOffice, s.byOffice);
    into(this.byDate, s.byDate);
    this.increased += s.fees.increased;
    this.decreased += s.fees.decreased;
    this.deltaFen += s.fees.deltaFen;
    into(this.invalidByCode, s.invalidByCode);
  }
}
