/**
 * A small hand-written policy for testing the policy core's mechanics. Figures follow the
 * national passport fee history (200 → 160 → 120 yuan, in fen) and the individual-visit cities
 * of FACTS-style data, but the point here is the machinery, not the figures.
 */
import { z } from 'zod';
import type { Citation } from '../../src/rules/citation.js';
import type { Policy } from '../../src/rules/policy.js';
import { defineSetTable, defineValueTable, type TableSpec } from '../../src/rules/table.js';

export const cite = (title: string): Citation => ({ issuer: 'test', title });

export const FEE = defineValueTable({ id: 'test.fee', label: { 'zh-CN': '费用', en: 'fee' }, value: z.number().int().nonnegative(), continuous: true, local: true });
export const STAY = defineValueTable({ id: 'test.stay', label: { 'zh-CN': '停留', en: 'stay' }, value: z.number().int().positive() });
export const CITIES = defineSetTable({ id: 'test.cities', label: { 'zh-CN': '城市', en: 'cities' }, member: z.string().regex(/^\d{6}$/), local: true });
export const SPECS: readonly TableSpec[] = [FEE, STAY, CITIES];

export const POLICY: Policy = {
  schema: 'churujing.policy/1',
  id: 'fixture',
  national: {
    'test.fee': {
      kind: 'value',
      verifiedThrough: '2025-11-30',
      entries: [
        { from: '2005-01-01', to: '2017-06-30', value: 20000, cite: cite('A') },
        { from: '2017-07-01', to: '2019-06-30', value: 16000, cite: cite('B') },
        { from: '2019-07-01', value: 12000, cite: cite('C') },
      ],
    },
    'test.stay': {
      kind: 'value',
      verifiedThrough: '2025-11-30',
      entries: [
        { from: '2010-01-01', to: '2024-05-05', value: 7, cite: cite('S7') },
        { from: '2024-05-06', to: '2024-12-31', value: 14, cite: cite('S14') },
        { from: '2025-01-01', value: null, cite: cite('ended') },
      ],
    },
    'test.cities': {
      kind: 'set',
      verifiedThrough: '2025-11-30',
      members: [
        { member: '440300', from: '2003-08-20', cite: cite('Shenzhen') },
        { member: '610100', from: '2024-03-06', cite: cite("Xi'an") },
        { member: '230100', from: '2024-05-27', cite: cite('Harbin') },
      ],
    },
  },
  local: {
    '230100': {
      label: { 'zh-CN': '哈尔滨市', en: 'Harbin' },
      tables: {
        'test.fee': { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2014-04-01', to: '2014-12-31', value: 0, cite: cite('Harbin free') }] },
        'test.cities': { kind: 'set', verifiedThrough: '2025-11-30', members: [{ member: '230100', from: '2020-01-01', to: '2020-12-31', cite: cite('Harbin local pilot') }] },
      },
    },
  },
  changes: [],
};
