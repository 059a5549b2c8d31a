/**
 * Endorsement options with the built-in policy as default.
 *
 * @module
 */
import { type EndorsementOptions, type EndorsementOptionsSettings, endorsementOptionsUnder } from '../documents/endorsements/endorsement-options.js';
import type { EndorsementRequest } from '../documents/endorsements/request.js';
import { readSettings } from './settings.js';

/**
 * The endorsement options for a request under a policy: options that may be granted (validity
 * end capped by the permit, entries, stay, the rules behind them) and, for every option or type
 * refused, the reasons.
 *
 * @throws `ValidationError` listing every problem (in `settings.locale`) when the request does
 * not match `endorsementRequestSchema` or the settings are not `{ policy?, beyondVerified?,
 * locale? }` with a valid policy; `UnverifiedDateError` when the date is past a table's
 * `verifiedThrough` and `beyondVerified` is not `'flag'`; `UnknownTableError` when the policy
 * lacks the endorsement tables.
 * @example
 * ```ts
 * const r = endorsementOptions(
 *   {
 *     applicant: { hukou: '440106', residencePermit: { division: '440304', validFrom: '2024-01-01', validTo: '2026-12-31' } },
 *     permit: { type: 'hkmo', form: 'card', expiry: '2033-01-01' },
 *     destination: 'hong-kong', type: 'G', date: '2024-12-01', division: '440304',
 *   },
 *   { policy },
 * );
 * r.status === 'available' && r.options.some((o) => o.regime === 'shenzhen.multi'); // true
 * ```
 */
export function endorsementOptions(request: EndorsementRequest, settings?: EndorsementOptionsSettings): EndorsementOptions {
  const s = readSettings(settings, ['settings']);
  return endorsementOptionsUnder(s.policy, request, { beyondVerified: s.beyondVerified, locale: s.locale }, s.issues);
}
