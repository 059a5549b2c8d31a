/**
 * Opening hours of exit-entry offices and their kiosks, as dated local measures.
 *
 * `office.hours` (value; national: no entries — nothing is known nationally, and churujing never
 * assumes 9 to 5): for the city's own office (`centre`: the office keyed by the city's GB/T 2260
 * code, e.g. the Chengdu reception centre 510100) and for the district and county halls
 * (`districts`: an office keyed by a county code, e.g. 成华 510108; `halls` for a hall with hours of
 * its own), the sessions of a working
 * day, a Saturday, a Sunday and a statutory holiday (a make-up Saturday is a working day), what is
 * known of lunch and late service, and when the kiosks accept and issue.
 *
 * A day kind that is absent is *unknown*; `[]` is *closed*. A session's period bounds it
 * (morning: before 12:00; afternoon: from 12:00; day: the whole day); `from`/`to`, when known,
 * narrow it. Whatever the reports do not say stays unknown (see `office-hours.ts` for how an
 * instant is answered).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import { cite, verbatim, LOCAL_CHENGDU_2018, LOCAL_HARBIN_2014, PRESS_CHENGDU_2017_08_05, PRESS_GUANGZHOU_2006 } from '../rules/instruments/index.js';
import { type ValueEntry, type ValueTableData, valueTableHead } from '../rules/table.js';
import { PLACE_VERIFIED_THROUGH } from './place-tables.js';

/**
 * One opening session: its part of the day, the first and the last minute (`HH:mm`, end
 * exclusive) where known, and `enquiries` for a desk that only answers questions and hands out
 * forms.
 *
 * @example
 * ```ts
 * const s: Session = { period: 'morning', from: '08:00' }; // acceptance from 08:00, end of the morning not known
 * ```
 */
export interface Session {
  readonly period: 'morning' | 'afternoon' | 'day';
  readonly from?: string;
  readonly to?: string;
  readonly serves?: 'enquiries';
}

/**
 * When an office's kiosks take applications and when they print endorsements on the spot:
 * `round-the-clock` (a 24-hour self-service area) or `working-hours` (while the hall is open on a
 * working day). Absent: not known.
 *
 * @example
 * ```ts
 * const k: KioskHours = { accepts: 'round-the-clock', issues: 'round-the-clock' };
 * ```
 */
export interface KioskHours {
  readonly accepts?: 'round-the-clock' | 'working-hours';
  readonly issues?: 'round-the-clock' | 'working-hours';
}

/**
 * The hours of one kind of office. Day kinds: `workingDay` (a working day of the State Council
 * calendar, make-up days included), `saturday`, `sunday` (not working), `holiday` (a statutory
 * holiday's days off, weekends inside the break included); absent is unknown, `[]` closed.
 * `lunch`: the windows serve through lunch; `late`: the windows stay open until everyone in the
 * hall is served (`until-served`) or later at peak times (`at-peak`).
 *
 * @example
 * ```ts
 * const h: OfficeHours = { saturday: [{ period: 'morning' }], sunday: [] };
 * ```
 */
export interface OfficeHours {
  readonly workingDay?: readonly Session[];
  readonly saturday?: readonly Session[];
  readonly sunday?: readonly Session[];
  readonly holiday?: readonly Session[];
  readonly lunch?: 'open';
  readonly late?: 'until-served' | 'at-peak';
  readonly kiosk?: KioskHours;
}

/**
 * The value of `office.hours`: the city's own office and the district and county halls.
 *
 * @example
 * ```ts
 * const r: OfficeHoursRule = { centre: { saturday: [{ period: 'day' }] }, districts: { saturday: [{ period: 'morning' }] } };
 * ```
 */
export interface OfficeHoursRule {
  readonly centre?: OfficeHours;
  readonly districts?: OfficeHours;
  /** Halls with hours of their own (a county code each): what they say replaces `districts` for them. */
  readonly halls?: readonly { readonly division: string; readonly hours: OfficeHours }[];
}

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const sessionSchema = /* @__PURE__ */ z.strictObject({ period: /* @__PURE__ */ z.enum(['morning', 'afternoon', 'day']), from: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(HHMM))), to: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(HHMM))), serves: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal('enquiries')) }).check(/* @__PURE__ */ z.refine((s) => s.from === undefined || s.to === undefined || s.from < s.to, 'from must be before to'));
const mode = /* @__PURE__ */ z.enum(['round-the-clock', 'working-hours']);
const hoursSchema = /* @__PURE__ */ z.strictObject({
  workingDay: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(sessionSchema)),
  saturday: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(sessionSchema)),
  sunday: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(sessionSchema)),
  holiday: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(sessionSchema)),
  lunch: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal('open')),
  late: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['until-served', 'at-peak'])),
  kiosk: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ accepts: /* @__PURE__ */ z.optional(mode), issues: /* @__PURE__ */ z.optional(mode) })),
});

/**
 * The office-hours table spec.
 *
 * @example
 * ```ts
 * policyAt(defaultPolicy(), '2018-06-02', { division: '510100' }).value(OFFICE_HOURS).inForce; // true
 * ```
 */
export const OFFICE_HOURS = /* @__PURE__ */ valueTableHead<OfficeHoursRule>({
  id: 'office.hours',
  label: { 'zh-CN': '出入境办证大厅及自助设备办公时间', en: 'Opening hours of exit-entry halls and their kiosks' },
  local: true,
});

/** The schema of the values of {@link OFFICE_HOURS} (validation reads it; a reader needs only the head). */
export const OFFICE_HOURS_VALUE: z.ZodMiniType<OfficeHoursRule> = /* @__PURE__ */ z.strictObject({
    centre: /* @__PURE__ */ z.optional(hoursSchema),
    districts: /* @__PURE__ */ z.optional(hoursSchema),
    halls: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.strictObject({ division: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{4}(?!00)\d{2}$/, 'expected a county-level GB/T 2260 code')), hours: hoursSchema }))),
  }) as z.ZodMiniType<OfficeHoursRule>;

const table = /* @__NO_SIDE_EFFECTS__ */ (entries: readonly ValueEntry<OfficeHoursRule>[]): ValueTableData<OfficeHoursRule> => ({ kind: 'value', verifiedThrough: PLACE_VERIFIED_THROUGH, entries });

// Harbin (230100): 「哈市公安局出入境管理工作受到群众好评」 (黑龙江, 2014-10-27)
const HARBIN_HALF_DAYS: Citation = /* @__PURE__ */ cite(LOCAL_HARBIN_2014, { quote: verbatim('出入境管理局实行周六、周日上午对外办公已4年有余') });
const HARBIN_HOURS: Citation = /* @__PURE__ */ cite(LOCAL_HARBIN_2014, {
  quote: verbatim('将周六、周日半天办公改为全天对外办公……市区各分局出入境接待大厅周六上午对外办公……在每个国家法定假日期间放弃休息……咨询台提前1个小时到岗，7:30时准时开始接待……8:00时开始免费照相和受理、发证等服务……13:00时开始接待申请人……申请人较多时延长办公时间'),
});
const HARBIN_SINCE = 'The report (2014-10-27) dates its measures “年初以来” (since the start of the year): 2014-01-01 is derived from its publication date; the day each measure began is not known.';
const HARBIN_DAY: readonly Session[] = [{ period: 'day' }];

// Chengdu (510100)
const CHENGDU_2017: Citation = /* @__PURE__ */ cite(PRESS_CHENGDU_2017_08_05, { quote: verbatim('从8月5日起，周六办证时间为早上9点到下午5点，中午不休息，持续办证，下午推迟一小时下班') });
const CHENGDU_2013: Citation = /* @__PURE__ */ cite(PRESS_CHENGDU_2017_08_05, { quote: verbatim('成都市公安局出入境接待中心从2013年12月便推出了周六延时服务') });
const CHENGDU_2018: Citation = /* @__PURE__ */ cite(LOCAL_CHENGDU_2018, {
  quote: verbatim('推出周六非工作日延時、午休非工作時間延時和高峰期特殊延時服務……現全市除市局出入境接待中心外，成華、新都出入境辦證大廳也建成了24小時自助服務區……符合受理條件的卡式通行證旅游簽注申請，工作時間立等可取'),
});
const CHENGDU_SINCE = 'Reported on 2018-05-16 as in place; the start is not known (2018-05-01, the month of the report, as for Chengdu’s other measures).';
const SATURDAY_2017: readonly Session[] = [{ period: 'day', from: '09:00', to: '17:00' }];
const ROUND_THE_CLOCK: KioskHours = { accepts: 'round-the-clock', issues: 'round-the-clock' };

// Guangzhou (440100)
const GUANGZHOU_2006: Citation = /* @__PURE__ */ cite(PRESS_GUANGZHOU_2006, { quote: verbatim('实行急事急办、特事特办、上门服务和周六对外接待等利民措施……做到全天候受理') });

/**
 * Local measures of the office-hours table: Harbin (230100), Chengdu (510100, with the 24-hour
 * areas of the halls of 成华 510108 and 新都 510114), Guangzhou (440100).
 *
 * @example
 * ```ts
 * Object.keys(OFFICE_HOURS_LOCAL); // ['230100', '510100', '440100']
 * ```
 */
export const OFFICE_HOURS_LOCAL: Readonly<Record<string, Readonly<Record<string, ValueTableData<OfficeHoursRule>>>>> = /* @__PURE__ */ Object.freeze({
  '230100': {
    'office.hours': table([
      {
        from: '2010-10-01',
        to: '2013-12-31',
        value: { centre: { saturday: [{ period: 'morning' }], sunday: [{ period: 'morning' }] } },
        cite: HARBIN_HALF_DAYS,
        uncertain: 'The bureau had opened on Saturday and Sunday mornings “for more than four years” when the report was published (2014-10-27): 2010-10-01 is derived from that date (it began in 2010-10 at the latest); the hours of other days are not reported.',
      },
      {
        from: '2014-01-01',
        value: {
          centre: {
            workingDay: [{ period: 'morning', from: '07:30', to: '08:00', serves: 'enquiries' }, { period: 'morning', from: '08:00' }, { period: 'afternoon', from: '13:00' }],
            saturday: HARBIN_DAY,
            sunday: HARBIN_DAY,
            holiday: HARBIN_DAY,
            late: 'until-served',
          },
          districts: { saturday: [{ period: 'morning' }], holiday: HARBIN_DAY },
        },
        cite: HARBIN_HOURS,
        uncertain: `${HARBIN_SINCE} When the windows close (at lunch, in the evening) is not reported; the district halls’ working-day hours and their Sundays are not reported.`,
      },
    ]),
  },
  '510100': {
    'office.hours': table([
      {
        from: '2013-12-01',
        to: '2017-08-04',
        value: { centre: { saturday: [{ period: 'morning' }, { period: 'afternoon', to: '16:00' }] } },
        cite: CHENGDU_2013,
        uncertain: 'Saturday service from 2013-12 (the day is not known: 2013-12-01). Before 2017-08-05 the centre closed at lunch and an hour earlier (16:00) on Saturdays, as the 2017 report says; the morning start is not reported.',
      },
      { from: '2017-08-05', to: '2018-04-30', value: { centre: { saturday: SATURDAY_2017 } }, cite: CHENGDU_2017 },
      {
        from: '2018-05-01',
        value: {
          centre: { saturday: SATURDAY_2017, lunch: 'open', late: 'at-peak', kiosk: ROUND_THE_CLOCK },
          districts: { kiosk: { issues: 'working-hours' } },
          // the 24-hour self-service areas of 成华 and 新都
          halls: [
            { division: '510108', hours: { kiosk: ROUND_THE_CLOCK } },
            { division: '510114', hours: { kiosk: ROUND_THE_CLOCK } },
          ],
        },
        cite: CHENGDU_2018,
        uncertain: `${CHENGDU_SINCE} The Saturday hours are those of 2017-08-05 (the 2018 report gives none); working-day hours are not reported.`,
      },
    ]),
  },
  '440100': {
    'office.hours': table([
      {
        from: '2006-01-01',
        value: { centre: { saturday: [{ period: 'day' }], kiosk: { accepts: 'round-the-clock' } }, districts: { saturday: [{ period: 'day' }], kiosk: { accepts: 'round-the-clock' } } },
        cite: GUANGZHOU_2006,
        uncertain:
          'The report (written in 2006) gives neither the start nor the Saturday hours; 2006-01-01 is the year of the report and of the first 办证易 kiosks (24-hour re-endorsement applications at every hall and some police stations, «全天候受理»). Holiday service days were held six times since 2005, not on every holiday: holidays stay unknown.',
      },
    ]),
  },
});

/**
 * National data of the office-hours table: no entries (no national opening hours are known).
 *
 * @example
 * ```ts
 * OFFICE_HOURS_NATIONAL['office.hours']?.entries.length; // 0
 * ```
 */
export const OFFICE_HOURS_NATIONAL: Readonly<Record<string, ValueTableData<OfficeHoursRule>>> = /* @__PURE__ */ Object.freeze({ 'office.hours': table([]) });
