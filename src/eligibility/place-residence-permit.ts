/**
 * The national data of the residence-permit route (`place.residence-permit`: holders of a
 * residence permit apply where they live, from 2016-04-01), kept apart from the other route
 * tables so that the kiosk, which reads this route alone, carries only its data.
 *
 * @module
 */
import type { ValueTableData } from '../rules/table.js';
import { cite, MPS_2016_RESIDENCE_PERMIT } from '../rules/instruments/index.js';
import { REVIEW_2026 } from '../rules/instruments/y2026.js';
import { DOCUMENT_SERVICES, HKMO_ENDORSEMENT_SERVICES, TAIWAN_SERVICES_BUT_SETTLEMENT } from './place-service-groups.js';
import type { RouteRule } from './place-tables.js';

/**
 * The residence-permit route, nationally.
 *
 * @internal
 * @example
 * ```ts
 * RESIDENCE_PERMIT_ROUTE_DATA.entries[0]?.from; // '2016-04-01'
 * ```
 */
export const RESIDENCE_PERMIT_ROUTE_DATA: ValueTableData<RouteRule> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    {
      from: '2016-04-01',
      value: { services: [...DOCUMENT_SERVICES, ...HKMO_ENDORSEMENT_SERVICES, ...TAIWAN_SERVICES_BUT_SETTLEMENT] },
      cite: /* @__PURE__ */ cite(MPS_2016_RESIDENCE_PERMIT),
      uncertain: 'The national text names no exclusion of registered state personnel; Nanning’s implementation excludes them (a what-if can add `excludes`). Shenzhen’s one-year multiple G is a city regime, decided by the regime’s own eligibility.',
    },
  ],
};
