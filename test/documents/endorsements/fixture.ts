/**
 * The endorsement policy as the maintainer will assemble it, and request builders for tests.
 * Expectations in the tests cite the instrument they come from; nothing here reads the shared domain notes.
 */
import { parsePolicy } from '../../../src/rules/validate-policy.js';
import type { Change, Policy } from '../../../src/rules/policy.js';
import { ENDORSEMENT_LOCAL, ENDORSEMENT_NATIONAL, ENDORSEMENT_TABLES } from '../../../src/documents/endorsements/tables.js';
import { type EndorsementOptions } from '../../../src/documents/endorsements/endorsement-options.js';
import { endorsementOptions } from '../../../src/builtin/endorsement-options.js';
import type { Applicant, EndorsementRequest } from '../../../src/documents/endorsements/request.js';

export function buildPolicy(changes: readonly Change[] = []): Policy {
  return parsePolicy(
    {
      schema: 'churujing.policy/1',
      id: 'endorsements-test',
      national: ENDORSEMENT_NATIONAL,
      local: Object.fromEntries(Object.entries(ENDORSEMENT_LOCAL).map(([c, t]) => [c, { tables: t }])),
      changes,
    },
    ENDORSEMENT_TABLES,
  );
}

export const POLICY = buildPolicy();

export const HKMO_CARD = { type: 'hkmo', form: 'card', expiry: '2040-01-01' } as const;
export const TAIWAN_CARD = { type: 'taiwan', form: 'card', expiry: '2040-01-01' } as const;

/** A request with defaults: an HK/Macau card valid to 2040, the office at the hukou. */
export function request(r: Partial<EndorsementRequest> & { applicant: Applicant; type: EndorsementRequest['type']; date: string }): EndorsementRequest {
  const destination = r.destination ?? 'hong-kong';
  return {
    permit: destination === 'taiwan' ? TAIWAN_CARD : HKMO_CARD,
    destination,
    division: r.applicant.hukou,
    ...r,
  };
}

export function run(r: Parameters<typeof request>[0], policy: Policy = POLICY, flag = false): EndorsementOptions {
  return endorsementOptions(request(r), flag ? { policy, beyondVerified: 'flag' } : { policy });
}

/** Ids of the granted options (empty when refused). */
export const granted = (r: EndorsementOptions): string[] => (r.status === 'available' ? r.options.map((o) => o.id) : []);

/** Codes of the type-level reasons (empty when available). */
export const reasonCodes = (r: EndorsementOptions): string[] => (r.status === 'refused' ? r.reasons.map((x) => x.code) : []);

/** Codes of the reasons an option was refused. */
export const refusedCodes = (r: EndorsementOptions, id: string): string[] => r.refused.find((x) => x.id === id)?.reasons.map((x) => x.code) ?? [];
