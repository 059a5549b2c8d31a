/**
 * The kiosk self-service check: throughput of the unchecked core (a pre-resolved view, plain
 * input, no schema parsing; the kiosk rules and then the endorsement rules), of resolving the
 * view per call, and of the checking canSelfServe; and of applicationPlace for comparison. Run with `npm run bench` (or `npx vitest bench --run
 * --project Asia/Shanghai bench/self-service.bench.ts`).
 */
import { bench, describe } from 'vitest';
import { ENDORSEMENT_LOCAL, ENDORSEMENT_NATIONAL, ENDORSEMENT_TABLES } from '../src/documents/endorsements/index.js';
import { PLACE_LOCAL, PLACE_NATIONAL, PLACE_TABLES, applicationPlace } from '../src/eligibility/application-place.js';
import { type SelfServeInput, canSelfServe, canSelfServeTrusted } from '../src/eligibility/self-service.js';
import { policyAt } from '../src/rules/policy-at.js';
import type { TableData } from '../src/rules/table.js';
import { parsePolicy } from '../src/rules/validate-policy.js';

const local: Record<string, { tables: Record<string, TableData> }> = {};
for (const g of [PLACE_LOCAL, ENDORSEMENT_LOCAL]) for (const [c, t] of Object.entries(g)) Object.assign((local[c] ??= { tables: {} }).tables, t);
const policy = parsePolicy({ schema: 'churujing.policy/1', id: 'bench', national: { ...PLACE_NATIONAL, ...ENDORSEMENT_NATIONAL }, local, changes: [] }, [...PLACE_TABLES, ...ENDORSEMENT_TABLES]);

const inputs: SelfServeInput[] = [
  { kiosk: '440304', applicant: { hukou: '610112', residencePermit: { division: '440304', validFrom: '2023-01-01', validTo: '2026-12-31' } }, permit: { form: 'card', expiry: '2030-06-30' }, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', regime: 'shenzhen.multi' } } },
  { kiosk: '440304', applicant: { hukou: '440305' }, permit: { form: 'card', expiry: '2030-06-30' }, service: { kind: 'endorsement', endorsement: { destination: 'macau', type: 'G' } } },
  { kiosk: '440304', applicant: { hukou: '510104' }, permit: { form: 'card', expiry: '2030-06-30' }, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'L' } } },
  { kiosk: '440304', applicant: { hukou: '420102', filedEnterpriseStaff: true }, permit: { form: 'card', expiry: '2030-06-30' }, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'S', entries: 'multi' } }, endorsementApplicant: { hukou: '420102', business: { kind: 'filed-employer', filingDivision: '440304' } } },
];
const view = policyAt(policy, '2025-01-24', { division: '440304' });
let sink: unknown;
let i = 0;

describe('self-service kiosk check', () => {
  bench('canSelfServeTrusted (pre-resolved view, plain input)', () => {
    sink = canSelfServeTrusted(view, inputs[i++ & 3]!);
  });

  bench('policyAt + canSelfServeTrusted', () => {
    sink = canSelfServeTrusted(policyAt(policy, '2025-01-24', { division: '440304' }), inputs[i++ & 3]!);
  });

  bench('canSelfServe (the view and the input checked)', () => {
    sink = canSelfServe(view, inputs[i++ & 3]!);
  });

  bench('applicationPlace (validated, every route)', () => {
    const x = inputs[i++ & 3]!;
    sink = applicationPlace({ view, applicant: x.applicant, service: x.service, office: x.kiosk });
  });
});

export { sink };
