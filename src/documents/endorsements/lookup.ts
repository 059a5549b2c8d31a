/**
 * Policy lookups for one request: one `PolicyView` per place, every rule used recorded (its
 * table, citation and period), and the `unverified` flag raised when a table is read past its
 * `verifiedThrough` (with `beyondVerified: 'flag'`; without it, `UnverifiedDateError` is thrown).
 *
 * @module
 */
import type { Citation } from '../../rules/citation.js';
import type { CivilDate } from '../../rules/civil-date.js';
import type { Period } from '../../rules/period.js';
import { type PolicyView, type ResolvedValue, type RuleSource, UnverifiedDateError, viewOf } from '../../rules/policy-at.js';
import type { Policy } from '../../rules/policy.js';
import { noteRead, VERIFIED } from '../../rules/read-notes.js';
import type { Reason } from '../../rules/reasons.js';
import type { SetMember, SetTableHead, ValueTableHead } from '../../rules/table.js';

/**
 * A rule that determined (part of) a decision: the table, the entry's citation and period, where
 * it came from (national or a division's local measure), the set member if any, and why it is
 * uncertain if it is.
 *
 * @example
 * ```ts
 * const r: RuleRef = { table: 'endorsement.hkmo.S.stay-days', cite: { issuer: '国家移民管理局', title: '…' }, period: { from: '2024-05-06' }, source: { level: 'national' } };
 * ```
 */
export interface RuleRef {
  readonly table: string;
  readonly cite: Citation;
  readonly period: Period;
  readonly source: RuleSource;
  readonly member?: string;
  readonly uncertain?: string;
}

/**
 * What the lookups of a shared plan (see `endorsement-plan.ts`) read instead of the date: the
 * national value tables' answers, read before the plan and named in its key, and whether a set
 * table is read past its `verifiedThrough` on the day (a class in the key too).
 *
 * @internal
 */
export interface PlanReads {
  national(id: string): ResolvedValue<unknown>;
  setPast(id: string): boolean;
}

/** Lookups of one request. @internal */
export class Lookup {
  readonly policy: Policy;
  readonly date: CivilDate;
  readonly flag: boolean;
  unverified = false;
  readonly #views = new Map<string, PolicyView>();
  readonly #used = new Map<string, RuleRef>();

  /** The view of the accepting office, when the caller has it: views of other places are memoised on it. */
  readonly #office: PolicyView | undefined;
  /** In a plan: the reads that stand for the date (and `#office` is the recording view of the plan's computation). */
  readonly #plan: PlanReads | undefined;

  /**
   * With `plan`, the lookups of a shared plan: `office` is the recording view given to
   * `PolicyView.tracked`, other places are read through its `at`, national value tables and set
   * tables' verification come from `plan`; the date is never read (the caller reads no set table
   * past its `verifiedThrough` without the flag).
   */
  constructor(policy: Policy, date: CivilDate, flag: boolean, office?: PolicyView, plan?: PlanReads) {
    this.policy = policy;
    this.date = date;
    this.flag = flag;
    this.#office = office;
    this.#plan = plan;
  }

  view(division: string | undefined): PolicyView {
    const key = division ?? '';
    let v = this.#views.get(key);
    if (!v) {
      const office = this.#office;
      if (this.#plan !== undefined && office !== undefined) {
        if (division === undefined) throw new Error('a plan reads national tables through its PlanReads');
        v = office.at(division);
        this.#views.set(key, v);
        return v;
      }
      const make = (): PolicyView => viewOf(this.policy, this.date, { ...(division === undefined ? {} : { division }), beyondVerified: this.flag ? 'flag' : 'error' });
      // the office view is of the same policy, date and mode: a view of another place is derived from those and the division alone
      v = office === undefined ? make() : division === office.division ? office : office.memo(['endorsements.view', key], make);
      this.#views.set(key, v);
    }
    return v;
  }

  /** The value of a table here and now; a value in force is recorded as used. */
  value<T>(spec: ValueTableHead<T>, division?: string): ResolvedValue<T> {
    const r = this.#plan !== undefined && division === undefined ? (this.#plan.national(spec.id) as ResolvedValue<T>) : this.view(division).value(spec);
    if (r.unverified) this.unverified = true;
    if (r.inForce) this.use({ table: r.table, cite: r.cite, period: r.period, source: r.source, ...(r.uncertain === undefined ? {} : { uncertain: r.uncertain }) });
    return r;
  }

  /**
   * The set member entry in force, recorded as used. The date is checked against the national
   * table's `verifiedThrough` here, because `PolicyView.member` checks it only when a member is
   * found.
   */
  member(spec: SetTableHead, member: string, division?: string): SetMember | undefined {
    this.#checkSet(spec);
    const m = this.view(division).member(spec, member);
    if (m) this.use({ table: spec.id, cite: m.cite, period: m.to === undefined ? { from: m.from } : { from: m.from, to: m.to }, source: m.source, member, ...(m.uncertain === undefined ? {} : { uncertain: m.uncertain }) });
    return m;
  }

  /** Members in force (not recorded: the caller records the one it relies on). */
  members(spec: SetTableHead, division?: string): readonly SetMember[] {
    this.#checkSet(spec);
    return this.view(division).members(spec);
  }

  #checkSet(spec: SetTableHead): void {
    if (this.#plan !== undefined) {
      if (this.#plan.setPast(spec.id)) this.unverified = true;
      return;
    }
    const t = this.policy.national[spec.id];
    noteRead(spec.id + VERIFIED);
    if (t && this.date > t.verifiedThrough) {
      if (!this.flag) throw new UnverifiedDateError(spec.id, t.verifiedThrough, this.date);
      this.unverified = true;
    }
  }

  use(ref: RuleRef): void {
    const key = `${ref.table}|${ref.member ?? ''}|${ref.period.from}|${ref.source.level === 'local' ? ref.source.division : ''}`;
    if (!this.#used.has(key)) this.#used.set(key, ref);
  }

  get used(): readonly RuleRef[] {
    return [...this.#used.values()];
  }
}

/**
 * The reason for a value table not in force.
 *
 * @example
 * ```ts
 * notInForce({ inForce: false, table: 't', reason: 'not-yet', unverified: false }, '2003-01-01');
 * // { code: 'endorsement.rule.not-yet', params: { table: 't', date: '2003-01-01' } }
 * ```
 */
export function notInForce(r: Extract<ResolvedValue<unknown>, { inForce: false }>, date: CivilDate): Reason {
  const code = r.reason === 'ended' ? 'endorsement.rule.ended' : r.reason === 'gap' ? 'endorsement.rule.gap' : 'endorsement.rule.not-yet';
  return { code, params: { table: r.table, date }, ...(r.cite ? { cite: r.cite } : {}) };
}
