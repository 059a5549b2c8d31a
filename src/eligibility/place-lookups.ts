/**
 * The two facts about the individual-visit scheme that place and kiosk decisions need, and that
 * the endorsement tables (`src/documents/endorsements`) hold: whether a city is a scheme city on
 * a date, and which city regime (Shenzhen 一签多行, Zhuhai 一周一行, …) is in force at a place.
 * They are injected, so that a policy without the endorsement tables — or a host with its own
 * list — can still be used; the defaults read the endorsement tables of the view's policy.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import type { PolicyView } from '../rules/policy-at.js';
import { G_CITIES } from '../documents/endorsements/hkmo-g-cities.js';
import { G_CITY_REGIMES } from '../documents/endorsements/hkmo-g-city-regimes.js';
import { TAIWAN_G_CITIES } from '../documents/endorsements/taiwan-g.js';

/**
 * A city regime as the place rules see it: its id, the city whose offices run it, who
 * qualifies, whether state personnel are excluded, and its citation.
 *
 * @example
 * ```ts
 * const r: RegimeAtPlace = { id: 'shenzhen.multi', city: '440300', eligible: ['hukou', 'residence-permit'], excludesStatePersonnel: true, cite: { issuer: '…', title: '…' } };
 * ```
 */
export interface RegimeAtPlace {
  readonly id: string;
  readonly city: string;
  readonly eligible: readonly ('hukou' | 'residence-permit')[];
  readonly excludesStatePersonnel: boolean;
  readonly cite: Citation;
}

/**
 * The injected lookups.
 * - `isSchemeCity(view, city, destination)`: whether `city` (a city-level GB/T 2260 code) is
 *   a city of the individual-visit scheme on the view's date, for HK/Macau (`hkmo`) or Taiwan;
 * - `cityRegime(view, id)`: the regime `id` in force at the view's place, or `undefined`.
 *
 * @example
 * ```ts
 * const mine: SchemeLookups = { isSchemeCity: (_v, city) => city === '440300', cityRegime: () => undefined };
 * ```
 */
export interface SchemeLookups {
  isSchemeCity(view: PolicyView, city: string, destination: 'hkmo' | 'taiwan'): boolean;
  cityRegime(view: PolicyView, id: string): RegimeAtPlace | undefined;
}

/**
 * The default lookups: the set tables `endorsement.hkmo.G.cities` and
 * `endorsement.taiwan.G.cities`, and the local value table `endorsement.hkmo.G.city-regimes`
 * of the view's policy (which must then contain the endorsement tables; otherwise the view
 * throws `UnknownTableError`).
 *
 * @example
 * ```ts
 * DEFAULT_SCHEME_LOOKUPS.isSchemeCity(policyAt(policy, '2024-03-06'), '610100', 'hkmo'); // true: Xi'an joined that day
 * ```
 */
export const DEFAULT_SCHEME_LOOKUPS: SchemeLookups = /* @__PURE__ */ Object.freeze({
  isSchemeCity(view: PolicyView, city: string, destination: 'hkmo' | 'taiwan'): boolean {
    return view.has(destination === 'taiwan' ? TAIWAN_G_CITIES : G_CITIES, city);
  },
  cityRegime(view: PolicyView, id: string): RegimeAtPlace | undefined {
    const r = view.value(G_CITY_REGIMES);
    if (!r.inForce || r.source.level !== 'local') return undefined;
    const regime = r.value.find((x) => x.id === id);
    if (!regime) return undefined;
    return { id, city: r.source.division, eligible: regime.eligible, excludesStatePersonnel: regime.excludesStatePersonnel, cite: r.cite };
  },
});
