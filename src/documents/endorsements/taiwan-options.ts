/**
 * Options of the Taiwan endorsements (前往台湾签注), one table per type.
 *
 * Two generations of the list exist (FACTS §2.4): the older one (with J 居留, L 3-month single,
 * Q 6-month single, C 1-year multiple) and the later one of provincial guides after about 2016
 * (nine types, no J; L 6-month single; Q 6-month single or 1-year multiple; C 1/2/3-year
 * multiple; Y and F add 6-month multiple). When the list changed is not documented: the switch is
 * placed on 2017-04-24, the day card permits (and the guides describing them) came to most
 * provinces — flagged `uncertain`. The older reading is expressible as a what-if `set` on the
 * tables concerned (J: `set` re-opens it).
 *
 * - L from 2008-07-04 (group tours opened); tour leaders' multiple-entry L is not modelled.
 * - G from 2011-06-28: 6-month single (温州 police, 2014); `null` from 2019-08-01 — the pilot was
 *   suspended for all 47 cities, so the rule ends rather than the cities' membership: resuming it
 *   is one `set` change, and the city list keeps its history.
 * - T, Y, F, Q multiple options follow the Taiwan side's permission (入台许可 / 台办批件):
 *   condition `taiwanMultiple`.
 * - X: multiple entry for the study period; D: 6-month single (hukou place only); C from
 *   2008-12-15 (direct cross-strait transport; general knowledge).
 *
 * Ten legal quantities in ten tables, kept in one module because they share one source.
 *
 * @module
 */
import { type ValueTableData, type ValueTableHead, valueTableHead } from '../../rules/table.js';
import type { TaiwanEndorsementType } from './catalogue.js';
import {
  cite,
  verbatim,
  GUIDE_TAIWAN_ENDORSEMENTS_LATER,
  GUIDE_TAIWAN_ENDORSEMENTS_OLDER,
  TAIWAN_GROUP_2008,
  TAIWAN_INDIVIDUAL_SUSPENSION_2019,
} from '../../rules/instruments/index.js';
import { type OptionRule, type OptionSets, opt, optionSetsSchema } from './option.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

// G and J end with `null` and may be re-opened by a what-if: they are not `continuous` (a
// continuous table may end only with its last entry).
const spec = /* @__NO_SIDE_EFFECTS__ */ (type: TaiwanEndorsementType, zh: string, en: string, continuous = true): ValueTableHead<OptionSets> =>
  valueTableHead<OptionSets>({ id: `endorsement.taiwan.${type}.options`, label: { 'zh-CN': `赴台${zh}签注种类`, en: `Taiwan ${en} (${type}) endorsement options` }, continuous });

/**
 * Heads of the Taiwan option tables, by type (their values: {@link TAIWAN_OPTIONS_VALUE}).
 *
 * @example
 * ```ts
 * policyAt(policy, '2019-08-01').value(TAIWAN_OPTIONS.G); // inForce: false, reason: 'ended'
 * ```
 */
export const TAIWAN_OPTIONS: Readonly<Record<TaiwanEndorsementType, ValueTableHead<OptionSets>>> = {
  L: spec('L', '团队旅游', 'group tour'),
  G: spec('G', '个人旅游', 'individual travel', false),
  T: spec('T', '探亲', 'family visit'),
  D: spec('D', '定居', 'settlement'),
  J: spec('J', '居留', 'residence', false),
  Y: spec('Y', '应邀', 'invited exchange'),
  F: spec('F', '商务', 'business'),
  X: spec('X', '学习', 'study'),
  C: spec('C', '乘务', 'crew'),
  Q: spec('Q', '其他', 'other'),
};

/** The schema of the values of every Taiwan option table (validation reads it; a reader needs only the heads). */
export const TAIWAN_OPTIONS_VALUE = optionSetsSchema;


const SWITCH_NOTE = 'Switch between the older and the later list placed on 2017-04-24 (card permits in most provinces); the real date is not documented.';
const SWITCH = '2017-04-24';
const BEFORE_SWITCH = '2017-04-23';
const perm = { stay: { kind: 'per-permission' } } as const;
const multi = /* @__NO_SIDE_EFFECTS__ */ (id: string, years: number): OptionRule => opt(id, { years }, 'multi', { ...perm, when: { taiwanMultiple: true } });
const single6 = opt('6m.single', { months: 6 }, 'single', perm);
const tw = /* @__NO_SIDE_EFFECTS__ */ (rules: OptionRule[]): OptionSets => ({ taiwan: rules });
// Verified through the review of 2026 (rules/instruments/y2026.ts), except group and individual
// travel (L, G): Fujian residents' L and G to Kinmen and Matsu (2024) are not in these tables, and
// group tours to the island had not resumed on 2026-01-28 — they keep the earlier date.
const UNREVIEWED = '2025-11-30';
const table = /* @__NO_SIDE_EFFECTS__ */ (entries: ValueTableData<OptionSets>['entries'], verifiedThrough: string = REVIEW_2026.through): ValueTableData<OptionSets> => ({ kind: 'value', verifiedThrough, entries });

/** Data of the Taiwan option tables, by type. */
export const TAIWAN_OPTIONS_DATA: Readonly<Record<TaiwanEndorsementType, ValueTableData<OptionSets>>> = {
  L: table([
    { from: '2008-07-04', to: BEFORE_SWITCH, value: tw([opt('3m.single', { months: 3 }, 'single', perm)]), cite: cite(TAIWAN_GROUP_2008), uncertain: `Older list: 3-month single. Provinces opened in stages until 2010-07. ${SWITCH_NOTE}` },
    { from: SWITCH, value: tw([single6]), cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER), uncertain: SWITCH_NOTE },
  ], UNREVIEWED),
  G: table([
    { from: '2011-06-28', to: '2019-07-31', value: tw([opt('6m.single', { months: 6 }, 'single')]), cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER, { quote: verbatim('G签注:个人旅游,6个月一次有效') }), uncertain: 'Every guide seen (Wenzhou police 2014, the provincial guides) gives 6 months; the 3 months of some pages is the group-tour term (瑞安本地宝: 「团签有限期3个月，个签延长至6个月」). That it held from the pilot’s start in 2011 is assumed.' },
    { from: '2019-08-01', value: null, cite: cite(TAIWAN_INDIVIDUAL_SUSPENSION_2019) },
  ], UNREVIEWED),
  T: table([
    { from: '1992-05-01', value: tw([single6, multi('1y.multi', 1), multi('2y.multi', 2), multi('3y.multi', 3)]), cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER), uncertain: 'Same in both lists; earlier sets not verified.' },
  ]),
  D: table([{ from: '1992-05-01', value: tw([single6]), cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER), uncertain: 'Same in both lists; earlier sets not verified.' }]),
  J: table([
    { from: '1992-05-01', to: BEFORE_SWITCH, value: tw([opt('3y.multi', { years: 3 }, 'multi', perm)]), cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_OLDER), uncertain: `Older list only. ${SWITCH_NOTE}` },
    { from: SWITCH, value: null, cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER), uncertain: `The later list has no J; whether J is still issued is not confirmed. ${SWITCH_NOTE}` },
  ]),
  Y: table([
    { from: '1992-05-01', to: BEFORE_SWITCH, value: tw([single6, multi('1y.multi', 1), multi('2y.multi', 2), multi('3y.multi', 3)]), cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_OLDER), uncertain: SWITCH_NOTE },
    {
      from: SWITCH,
      value: tw([single6, opt('6m.multi', { months: 6 }, 'multi', { ...perm, when: { taiwanMultiple: true } }), multi('1y.multi', 1), multi('2y.multi', 2), multi('3y.multi', 3)]),
      cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER),
      uncertain: SWITCH_NOTE,
    },
  ]),
  F: table([
    { from: '1992-05-01', to: BEFORE_SWITCH, value: tw([single6, multi('1y.multi', 1), multi('2y.multi', 2), multi('3y.multi', 3)]), cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_OLDER), uncertain: SWITCH_NOTE },
    {
      from: SWITCH,
      value: tw([single6, opt('6m.multi', { months: 6 }, 'multi', { ...perm, when: { taiwanMultiple: true } }), multi('1y.multi', 1), multi('2y.multi', 2), multi('3y.multi', 3)]),
      cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER),
      uncertain: SWITCH_NOTE,
    },
  ]),
  X: table([{ from: '1992-05-01', value: tw([opt('study.multi', { per: 'admission' }, 'multi', perm)]), cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER), uncertain: 'Same in both lists; earlier sets not verified.' }]),
  C: table([
    { from: '2008-12-15', to: BEFORE_SWITCH, value: tw([opt('1y.multi', { years: 1 }, 'multi', perm)]), cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_OLDER), uncertain: `Start: direct cross-strait transport (2008-12-15, general knowledge). ${SWITCH_NOTE}` },
    { from: SWITCH, value: tw([opt('1y.multi', { years: 1 }, 'multi', perm), multi('2y.multi', 2), multi('3y.multi', 3)]), cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER), uncertain: SWITCH_NOTE },
  ]),
  Q: table([
    { from: '1992-05-01', to: BEFORE_SWITCH, value: tw([single6]), cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_OLDER), uncertain: SWITCH_NOTE },
    { from: SWITCH, value: tw([single6, multi('1y.multi', 1)]), cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER), uncertain: SWITCH_NOTE },
  ]),
};
