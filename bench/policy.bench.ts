/**
 * Policy lookups and fee quotes: throughput on random dates (seeded). Run with `npm run bench`.
 * There is no peer library for these; the figures are absolute and compared across commits.
 */
import { bench, describe } from 'vitest';
import { FEE_ITEM_TABLES } from '../src/fees/fee-tables.js';
import { defaultPolicy, endorsementOptions, policyAt, quoteFees } from '../src/index.js';

const SIZE = 1024;
const DAY_MS = 86_400_000;
let seed = 20190701;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const first = Date.UTC(2005, 0, 1) / DAY_MS;
const last = Date.UTC(2025, 10, 30) / DAY_MS;
const dates = Array.from({ length: SIZE }, () => new Date((first + Math.floor(rand() * (last - first))) * DAY_MS).toISOString().slice(0, 10));
const divisions = ['110100', '510100', '230100', '440300'];
const policy = defaultPolicy();
const passport = FEE_ITEM_TABLES.get('passport.issue')!;
let sink: unknown;
let i = 0;

describe('policy', () => {
  bench('policyAt + one value lookup', () => {
    const k = i++ & (SIZE - 1);
    sink = policyAt(policy, dates[k]!, { division: divisions[k & 3]! }).value(passport);
  });

  bench('endorsementOptions (Shenzhen residence-permit holder, G to Hong Kong)', () => {
    const k = i++ & (SIZE - 1);
    const date = dates[k]! < '2016-04-01' ? '2024-12-01' : dates[k]!;
    sink = endorsementOptions({
      applicant: { hukou: '610112', residencePermit: { division: '440304', validFrom: '2016-04-01', validTo: '2026-12-31' } },
      permit: { type: 'hkmo', form: 'card', expiry: '2030-05-01' },
      destination: 'hong-kong',
      type: 'G',
      date,
      division: '440300',
    });
  });

  bench('quoteFees (passport + HK/Macau permit + endorsement, postage)', () => {
    const k = i++ & (SIZE - 1);
    sink = quoteFees({
      items: [{ item: 'passport.issue' }, { item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'single' }],
      acceptedOn: dates[k]! < '2018-05-01' ? '2019-07-01' : dates[k]!,
      division: '510100',
      delivery: 'post',
    });
  });
});

export { sink };
