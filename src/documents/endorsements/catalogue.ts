/**
 * The endorsement catalogue: which endorsement types exist for which destination, their letters
 * as printed on the permit and how sure we are of each letter.
 *
 * HK/Macau (往来港澳通行证签注): T, S, L, G, Q, D and the talent endorsement (人才签注). The
 * talent endorsement's letter is unconfirmed (one low-quality page says "R"), so it is keyed
 * `'talent'`, never by a guessed letter.
 *
 * Taiwan (往来台湾通行证签注): L, G, T, D, J, Y, F, X, C, Q. Business is **F** (商务), not S;
 * J (居留/依亲/返乡) appears only on the older list (see `taiwan-options.ts`).
 *
 * @module
 */
import { type Issue, showValue } from '../../rules/errors.js';
import { deepFreeze } from '../../rules/snapshot.js';
import type { Label } from '../../rules/table.js';
import { issue, throwIfAny } from '../checks.js';

/**
 * Where an endorsement takes its holder.
 *
 * @example
 * ```ts
 * const d: Destination = 'macau';
 * ```
 */
export type Destination = 'hong-kong' | 'macau' | 'taiwan';

/**
 * The destinations, in a fixed order.
 *
 * @example
 * ```ts
 * DESTINATIONS; // ['hong-kong', 'macau', 'taiwan']
 * ```
 */
export const DESTINATIONS = Object.freeze(['hong-kong', 'macau', 'taiwan'] as const) satisfies readonly Destination[];

/**
 * An HK/Macau endorsement type. `talent` is the 人才签注, whose letter is unconfirmed.
 *
 * @example
 * ```ts
 * const t: HkmoEndorsementType = 'G';
 * ```
 */
export type HkmoEndorsementType = 'T' | 'S' | 'L' | 'G' | 'Q' | 'D' | 'talent';

/**
 * The HK/Macau endorsement types.
 *
 * @example
 * ```ts
 * HKMO_TYPES.includes('talent'); // true
 * ```
 */
export const HKMO_TYPES = /* @__PURE__ */ Object.freeze(['T', 'S', 'L', 'G', 'Q', 'D', 'talent'] as const) satisfies readonly HkmoEndorsementType[];

/**
 * A Taiwan endorsement type.
 *
 * @example
 * ```ts
 * const t: TaiwanEndorsementType = 'F'; // business (商务) — not S
 * ```
 */
export type TaiwanEndorsementType = 'L' | 'G' | 'T' | 'D' | 'J' | 'Y' | 'F' | 'X' | 'C' | 'Q';

/**
 * The Taiwan endorsement types.
 *
 * @example
 * ```ts
 * TAIWAN_TYPES.includes('F'); // true: business
 * ```
 */
export const TAIWAN_TYPES = Object.freeze(['L', 'G', 'T', 'D', 'J', 'Y', 'F', 'X', 'C', 'Q'] as const) satisfies readonly TaiwanEndorsementType[];

/**
 * Any endorsement type; which ones a destination has is in {@link ENDORSEMENT_CATALOGUE}.
 *
 * @example
 * ```ts
 * const t: EndorsementType = 'talent';
 * ```
 */
export type EndorsementType = HkmoEndorsementType | TaiwanEndorsementType;

/**
 * Every endorsement type key, HK/Macau and Taiwan together.
 *
 * @example
 * ```ts
 * ENDORSEMENT_TYPES.length; // 12
 * ```
 */
export const ENDORSEMENT_TYPES = /* @__PURE__ */ Object.freeze(['T', 'S', 'L', 'G', 'Q', 'D', 'talent', 'J', 'Y', 'F', 'X', 'C'] as const) satisfies readonly EndorsementType[];

/**
 * One catalogue entry: the letter printed on the permit (`null` when unconfirmed), the name,
 * and why the entry is not certain, if it is not.
 *
 * @example
 * ```ts
 * const e: CatalogueEntry = { letter: 'G', label: { 'zh-CN': '个人旅游', en: 'individual visit' } };
 * ```
 */
export interface CatalogueEntry {
  readonly letter: string | null;
  readonly label: Label;
  readonly uncertain?: string;
}

/**
 * The catalogue per destination group. HK and Macau share one list (each destination needs its
 * own endorsement); Taiwan has its own.
 *
 * @example
 * ```ts
 * ENDORSEMENT_CATALOGUE.hkmo.talent.letter; // null: unconfirmed
 * ENDORSEMENT_CATALOGUE.taiwan.F.label.en;  // 'business'
 * ```
 */
export const ENDORSEMENT_CATALOGUE: {
  readonly hkmo: Readonly<Record<HkmoEndorsementType, CatalogueEntry>>;
  readonly taiwan: Readonly<Record<TaiwanEndorsementType, CatalogueEntry>>;
} = /* @__PURE__ */ deepFreeze({
  hkmo: {
    T: { letter: 'T', label: { 'zh-CN': '探亲', en: 'family visit' } },
    S: { letter: 'S', label: { 'zh-CN': '商务', en: 'business' } },
    L: { letter: 'L', label: { 'zh-CN': '团队旅游', en: 'group tour' } },
    G: { letter: 'G', label: { 'zh-CN': '个人旅游', en: 'individual visit' } },
    Q: { letter: 'Q', label: { 'zh-CN': '其他', en: 'other' } },
    D: { letter: 'D', label: { 'zh-CN': '逗留', en: 'stay' } },
    talent: {
      letter: null,
      label: { 'zh-CN': '人才', en: 'talent' },
      uncertain: 'The letter printed for the talent endorsement is not confirmed by any official source; one low-quality page says "R". Keyed "talent".',
    },
  },
  taiwan: {
    L: { letter: 'L', label: { 'zh-CN': '团队旅游', en: 'group tour' } },
    G: { letter: 'G', label: { 'zh-CN': '个人旅游', en: 'individual travel' } },
    T: { letter: 'T', label: { 'zh-CN': '探亲', en: 'family visit' } },
    D: { letter: 'D', label: { 'zh-CN': '定居', en: 'settlement' } },
    J: {
      letter: 'J',
      label: { 'zh-CN': '居留', en: 'residence' },
      uncertain: 'J (居留/依亲/返乡) appears only on the older list of Taiwan endorsements; the later list (nine types) has no J.',
    },
    Y: { letter: 'Y', label: { 'zh-CN': '应邀', en: 'invited exchange' } },
    F: { letter: 'F', label: { 'zh-CN': '商务', en: 'business' } },
    X: { letter: 'X', label: { 'zh-CN': '学习', en: 'study' } },
    C: { letter: 'C', label: { 'zh-CN': '乘务', en: 'crew' } },
    Q: { letter: 'Q', label: { 'zh-CN': '其他', en: 'other' } },
  },
});

/**
 * Whether a type exists for a destination (in the catalogue; whether it is issued on a date is a
 * matter of the tables). Any string is a fair question (`'constructor'` is not a type of any
 * destination).
 *
 * @throws `ValidationError` listing every problem: a `type` that is not a string, a
 * `destination` other than `hong-kong`, `macau`, `taiwan`.
 * @example
 * ```ts
 * isTypeOfDestination('talent', 'taiwan'); // false
 * isTypeOfDestination('F', 'taiwan');      // true
 * isTypeOfDestination('F', 'hong-kong');   // false: HK/Macau business is S
 * ```
 */
export function isTypeOfDestination(type: EndorsementType, destination: Destination): boolean {
  const issues: Issue[] = [];
  if (typeof type !== 'string') issues.push(issue(['type'], 'invalid-type', `expected an endorsement type (a string), got ${showValue(type)}`, `签注种类应为字符串，实际为${showValue(type)}`));
  if (!(DESTINATIONS as readonly unknown[]).includes(destination)) issues.push(issue(['destination'], 'invalid-value', `expected 'hong-kong', 'macau' or 'taiwan', got ${showValue(destination)}`, `目的地应为hong-kong、macau或taiwan，实际为${showValue(destination)}`));
  throwIfAny(issues, { 'zh-CN': '签注种类查询的输入无效', en: 'Invalid endorsement type question' });
  // types are data: own keys only, never a lookup through the prototype
  return Object.hasOwn(destination === 'taiwan' ? ENDORSEMENT_CATALOGUE.taiwan : ENDORSEMENT_CATALOGUE.hkmo, type);
}
