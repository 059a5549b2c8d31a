/**
 * The endorsement part of the built-in policy: table specs, the national tables, the local
 * measures (division code → table id → data) and the reason catalogue. The maintainer assembles
 * them into the default policy; tests build a policy from them with `parsePolicy`.
 *
 * Tables (id → what):
 * - `endorsement.hkmo.place` — where HK/Macau endorsements may be applied for, per type;
 * - `endorsement.hkmo.{T,S,L,G,Q,D,talent}.options` — option rules per destination;
 * - `endorsement.hkmo.tourism.stay-days`, `.S.stay-days`, `.Q.stay-days`, `.talent.stay-days`;
 * - `endorsement.hkmo.G.cities` (set), `.G.residence-permit`, `.G.city-regimes` (local);
 * - `endorsement.hkmo.tourism.suspended` (national + local resumptions);
 * - `endorsement.hkmo.D.macau-study-cap-months`; `endorsement.hkmo.talent.areas` (set);
 * - `endorsement.permit.min-remaining-days` (empty: no such rule nationally);
 * - `endorsement.taiwan.place`, `endorsement.taiwan.{L,G,T,D,J,Y,F,X,C,Q}.options`,
 *   `endorsement.taiwan.G.cities` (set), `.G.stay-days`, `.G.residence-permit`.
 *
 * @module
 */
import { type TableData, type TableHead, type TableSpec, setTableSpec, valueTableSpec } from '../../rules/table.js';
import { D_MACAU_STUDY_CAP, D_MACAU_STUDY_CAP_DATA, D_MACAU_STUDY_CAP_VALUE } from './hkmo-d-macau-study-cap.js';
import { D_OPTIONS, D_OPTIONS_DATA, D_OPTIONS_VALUE } from './hkmo-d-options.js';
import { G_CITIES, G_CITIES_DATA, G_CITIES_MEMBER } from './hkmo-g-cities.js';
import { G_CITY_REGIMES, G_CITY_REGIMES_DATA, SHENZHEN_REGIMES_DATA, ZHUHAI_REGIMES_DATA, G_CITY_REGIMES_VALUE } from './hkmo-g-city-regimes.js';
import { G_OPTIONS, G_OPTIONS_DATA, G_OPTIONS_VALUE } from './hkmo-g-options.js';
import { G_RESIDENCE_PERMIT, G_RESIDENCE_PERMIT_DATA, G_RESIDENCE_PERMIT_VALUE } from './hkmo-g-residence-permit.js';
import { L_OPTIONS, L_OPTIONS_DATA, L_OPTIONS_VALUE } from './hkmo-l-options.js';
import { HKMO_PLACE, HKMO_PLACE_DATA, HKMO_PLACE_VALUE } from './hkmo-place.js';
import { Q_OPTIONS, Q_OPTIONS_DATA, Q_OPTIONS_VALUE } from './hkmo-q-options.js';
import { Q_STAY_DAYS, Q_STAY_DAYS_DATA, Q_STAY_DAYS_VALUE } from './hkmo-q-stay.js';
import { S_OPTIONS, S_OPTIONS_DATA, S_OPTIONS_VALUE } from './hkmo-s-options.js';
import { S_STAY_DAYS, S_STAY_DAYS_DATA, S_STAY_DAYS_VALUE } from './hkmo-s-stay.js';
import { T_OPTIONS, T_OPTIONS_DATA, T_OPTIONS_VALUE } from './hkmo-t-options.js';
import { TALENT_AREAS, TALENT_AREAS_DATA, TALENT_OPTIONS, TALENT_OPTIONS_DATA, TALENT_STAY_DAYS, TALENT_STAY_DAYS_DATA, TALENT_AREAS_MEMBER, TALENT_OPTIONS_VALUE, TALENT_STAY_DAYS_VALUE } from './hkmo-talent.js';
import { GUANGDONG_SUSPENSION_DATA, TOURISM_SUSPENSION, TOURISM_SUSPENSION_DATA, ZHUHAI_SUSPENSION_DATA, TOURISM_SUSPENSION_VALUE } from './hkmo-tourism-suspension.js';
import { TOURISM_STAY_DAYS, TOURISM_STAY_DAYS_DATA, TOURISM_STAY_DAYS_VALUE } from './hkmo-tourism-stay.js';
import { PERMIT_MIN_REMAINING_DAYS, PERMIT_MIN_REMAINING_DAYS_DATA, PERMIT_MIN_REMAINING_DAYS_VALUE } from './permit-min-remaining.js';
import { TAIWAN_G_CITIES, TAIWAN_G_CITIES_DATA, TAIWAN_G_RESIDENCE_PERMIT, TAIWAN_G_RESIDENCE_PERMIT_DATA, TAIWAN_G_STAY_DAYS, TAIWAN_G_STAY_DAYS_DATA, TAIWAN_G_CITIES_MEMBER, TAIWAN_G_RESIDENCE_PERMIT_VALUE, TAIWAN_G_STAY_DAYS_VALUE } from './taiwan-g.js';
import { TAIWAN_OPTIONS, TAIWAN_OPTIONS_DATA, TAIWAN_OPTIONS_VALUE } from './taiwan-options.js';
import { TAIWAN_PLACE, TAIWAN_PLACE_DATA, TAIWAN_PLACE_VALUE } from './taiwan-place.js';
import { TAIWAN_TYPES } from './catalogue.js';
import { deepFreeze } from '../../rules/snapshot.js';
import { frozenSpecs } from '../checks.js';

export { ENDORSEMENT_REASONS } from './reasons.js';

const pairs: readonly (readonly [TableHead, TableData])[] = [
  [HKMO_PLACE, HKMO_PLACE_DATA],
  [T_OPTIONS, T_OPTIONS_DATA],
  [S_OPTIONS, S_OPTIONS_DATA],
  [S_STAY_DAYS, S_STAY_DAYS_DATA],
  [L_OPTIONS, L_OPTIONS_DATA],
  [G_OPTIONS, G_OPTIONS_DATA],
  [TOURISM_STAY_DAYS, TOURISM_STAY_DAYS_DATA],
  [G_CITIES, G_CITIES_DATA],
  [G_RESIDENCE_PERMIT, G_RESIDENCE_PERMIT_DATA],
  [G_CITY_REGIMES, G_CITY_REGIMES_DATA],
  [TOURISM_SUSPENSION, TOURISM_SUSPENSION_DATA],
  [Q_OPTIONS, Q_OPTIONS_DATA],
  [Q_STAY_DAYS, Q_STAY_DAYS_DATA],
  [D_OPTIONS, D_OPTIONS_DATA],
  [D_MACAU_STUDY_CAP, D_MACAU_STUDY_CAP_DATA],
  [TALENT_OPTIONS, TALENT_OPTIONS_DATA],
  [TALENT_STAY_DAYS, TALENT_STAY_DAYS_DATA],
  [TALENT_AREAS, TALENT_AREAS_DATA],
  [PERMIT_MIN_REMAINING_DAYS, PERMIT_MIN_REMAINING_DAYS_DATA],
  [TAIWAN_PLACE, TAIWAN_PLACE_DATA],
  ...TAIWAN_TYPES.map((t) => [TAIWAN_OPTIONS[t], TAIWAN_OPTIONS_DATA[t]] as const),
  [TAIWAN_G_CITIES, TAIWAN_G_CITIES_DATA],
  [TAIWAN_G_STAY_DAYS, TAIWAN_G_STAY_DAYS_DATA],
  [TAIWAN_G_RESIDENCE_PERMIT, TAIWAN_G_RESIDENCE_PERMIT_DATA],
];

/**
 * Specs of every endorsement table.
 *
 * @example
 * ```ts
 * parsePolicy(json, [...OTHER_TABLES, ...ENDORSEMENT_TABLES]);
 * ```
 */
export const ENDORSEMENT_TABLES: readonly TableSpec[] = /* @__PURE__ */ (() =>
  frozenSpecs([
  valueTableSpec(HKMO_PLACE, HKMO_PLACE_VALUE) as TableSpec,
  valueTableSpec(T_OPTIONS, T_OPTIONS_VALUE) as TableSpec,
  valueTableSpec(S_OPTIONS, S_OPTIONS_VALUE) as TableSpec,
  valueTableSpec(S_STAY_DAYS, S_STAY_DAYS_VALUE) as TableSpec,
  valueTableSpec(L_OPTIONS, L_OPTIONS_VALUE) as TableSpec,
  valueTableSpec(G_OPTIONS, G_OPTIONS_VALUE) as TableSpec,
  valueTableSpec(TOURISM_STAY_DAYS, TOURISM_STAY_DAYS_VALUE) as TableSpec,
  setTableSpec(G_CITIES, G_CITIES_MEMBER),
  valueTableSpec(G_RESIDENCE_PERMIT, G_RESIDENCE_PERMIT_VALUE) as TableSpec,
  valueTableSpec(G_CITY_REGIMES, G_CITY_REGIMES_VALUE) as TableSpec,
  valueTableSpec(TOURISM_SUSPENSION, TOURISM_SUSPENSION_VALUE) as TableSpec,
  valueTableSpec(Q_OPTIONS, Q_OPTIONS_VALUE) as TableSpec,
  valueTableSpec(Q_STAY_DAYS, Q_STAY_DAYS_VALUE) as TableSpec,
  valueTableSpec(D_OPTIONS, D_OPTIONS_VALUE) as TableSpec,
  valueTableSpec(D_MACAU_STUDY_CAP, D_MACAU_STUDY_CAP_VALUE) as TableSpec,
  valueTableSpec(TALENT_OPTIONS, TALENT_OPTIONS_VALUE) as TableSpec,
  valueTableSpec(TALENT_STAY_DAYS, TALENT_STAY_DAYS_VALUE) as TableSpec,
  setTableSpec(TALENT_AREAS, TALENT_AREAS_MEMBER),
  valueTableSpec(PERMIT_MIN_REMAINING_DAYS, PERMIT_MIN_REMAINING_DAYS_VALUE) as TableSpec,
  valueTableSpec(TAIWAN_PLACE, TAIWAN_PLACE_VALUE) as TableSpec,
  ...TAIWAN_TYPES.map((t) => valueTableSpec(TAIWAN_OPTIONS[t], TAIWAN_OPTIONS_VALUE) as TableSpec),
  setTableSpec(TAIWAN_G_CITIES, TAIWAN_G_CITIES_MEMBER),
  valueTableSpec(TAIWAN_G_STAY_DAYS, TAIWAN_G_STAY_DAYS_VALUE) as TableSpec,
  valueTableSpec(TAIWAN_G_RESIDENCE_PERMIT, TAIWAN_G_RESIDENCE_PERMIT_VALUE) as TableSpec,
  ]))();

/**
 * National endorsement tables by id.
 *
 * @example
 * ```ts
 * ENDORSEMENT_NATIONAL['endorsement.hkmo.G.cities'];
 * ```
 */
export const ENDORSEMENT_NATIONAL: Readonly<Record<string, TableData>> = /* @__PURE__ */ deepFreeze(Object.fromEntries(pairs.map(([spec, data]) => [spec.id, data])));

/**
 * Local measures: division code → table id → data. Shenzhen (440300) and Zhuhai (440400, with
 * Hengqin as a zone) city regimes; the Macau tourist-endorsement resumptions of Zhuhai
 * (2020-08-12) and Guangdong (440000, 2020-08-26).
 *
 * @example
 * ```ts
 * ENDORSEMENT_LOCAL['440300']?.['endorsement.hkmo.G.city-regimes'];
 * ```
 */
export const ENDORSEMENT_LOCAL: Readonly<Record<string, Readonly<Record<string, TableData>>>> = /* @__PURE__ */ deepFreeze({
  '440000': { [TOURISM_SUSPENSION.id]: GUANGDONG_SUSPENSION_DATA },
  '440300': { [G_CITY_REGIMES.id]: SHENZHEN_REGIMES_DATA },
  '440400': { [G_CITY_REGIMES.id]: ZHUHAI_REGIMES_DATA, [TOURISM_SUSPENSION.id]: ZHUHAI_SUSPENSION_DATA },
});
