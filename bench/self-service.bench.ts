/**
 * The kiosk self-service check: throughput of the fast path (a pre-resolved view, plain input,
 * no schema parsing), of resolving the view per call, and of the validating wrapper; and of
 * applicationPlace for comparison. Run with `npm run bench` (or `npx vitest bench --run
 * --project Asia/Shanghai bench/self-service.bench.ts`).
 */
import { bench, describe } from 'vitest';
import { ENDORSEMENT_LOCAL, ENDORSEMENT_NATIONAL, ENDORSEMENT_TABLES } from '../src/documents/endorsements/index.js';
import { PLACE_LOCAL, PLACE_NATIONAL, PLACE_TABLES, applicationPlace } from '../src/eligibility/application-place.js';
import { type SelfServeInput, canSelfServe, canSelfServeValidated } from '../src/eligibility/self-service.js';
import { policyAt } from '../src/rules/policy-at.js';
import type { TableData } from '../src/rules/table.js';
import { parsePolicy } from '../src/rules/validate-policy.js';

const local: Record<string, { tables: Record<string, TableData> }> = {};
for (const g of [PLACE_LOCAL, ENDORSEMENT_LOCAL]) for (const [c, t] of Object.entries(g)) Object.assign((local[c] ??= { tables: {} }).tables, t);
const policy = parsePolicy({ schema: 'churujing.policy/1', id: 'bench', national: { ...PLACE_NATIONAL, ...ENDORSEMENT_NATIONAL }, local, changes: [] }, [...PLACE_TABLES, ...ENDORSEMENT_TABLES]);

const inputs: SelfServeInput[] = [
  { kiosk: '440304', applicant: { hukou: '610112', residencePermit: { division: '440304', validFrom: '2023-01-01', validTo: '2026-12-31' } }, permit: { form: 'card' }, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', regime: 'shenzhen.multi' } } },
  { kiosk: '440304', applicant: { hukou: '440305' }, permit: { form: 'card' }, service: { kind: 'endorsement', endorsement: { destination: 'macau', type: 'G' } } },
  { kiosk: '440304', applicant: { hukou: '510104' }, permit: { form: 'card' }, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'L' } } },
  { kiosk: '440304', applicant: { hukou: '420102', filedEnterpriseStaff: true }, permit: { form: 'card' }, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'S', entries: 'multi' } } },
];
const view = policyAt(policy, '2025-01-24', { division: '440304' });
let sink: unknown;
let i = 0;

describe('self-service kiosk check', () => {
  bench('canSelfServe (pre-resolved view, plain input)', () => {
    sink = canSelfServe(view, inputs[i++ & 3]!);
  });

  bench('policyAt + canSelfServe', () => {
    sink = canSelfServe(policyAt(policy, '2025-01-24', { division: '440304' }), inputs[i++ & 3]!);
  });

  bench('canSelfServeValidated (zod on the input)', () => {
    sink = canSelfServeValidated(view, inputs[i++ & 3]!);
  });

  bench('applicationPlace (validated, every route)', () => {
    const x = inputs[i++ & 3]!;
    sink = applicationPlace({ view, applicant: x.applicant, service: x.service, office: x.kiosk });
  });
});

export { sink };
