/**
 * Opening hours and kiosk hours of the seed reports, each expectation from the report's own words:
 * - 「哈市公安局出入境管理工作受到群众好评」 (黑龙江, 2014-10-27): the bureau open Saturdays and
 *   Sundays all day (half days for "more than four years" before), district halls Saturday
 *   mornings, statutory holidays, enquiries from 07:30, acceptance from 08:00, afternoons from 13:00;
 * - 「成都公安出入境周末服务再延时 港澳台签注立等可取」 (四川新闻网, 2017-08-05): Saturdays 09:00–17:00
 *   without a lunch break from 2017-08-05, an hour later than before;
 * - 「輕鬆辦理，立等可取，蓉公安出入境管理局為遊客減負增效」 (亞洲文旅網, 2018-05-16): 24-hour
 *   self-service areas at the centre, 成华 and 新都; district kiosks issue in working hours.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError, canSelfServe, defaultPolicy, officeOpenAt, policyAt } from '../../src/index.js';

describe('Harbin (230100): the bureau and its district halls', () => {
  it('on a working day the enquiry desk opens at 07:30 and acceptance at 08:00 (咨询台…7:30时准时开始接待…8:00时开始…受理)', () => {
    // 2014-11-03 is a Monday
    const early = officeOpenAt('230100', '2014-11-03T07:00:00+08:00');
    expect(early.status).toBe('closed');
    expect(early.nextOpening).toEqual({ date: '2014-11-03', time: '08:00' });
    expect(officeOpenAt('230100', '2014-11-03T07:45:00+08:00').status).toBe('enquiries-only');
    expect(officeOpenAt('230100', '2014-11-03T08:00:00+08:00').status).toBe('unknown'); // open from 08:00, closing time not reported
    expect(officeOpenAt('230100', '2014-11-03T07:45:00+08:00').cite?.instrument).toBe('local.harbin-2014');
  });

  it('windows stay open at busy times until everyone is served (申请人较多时延长办公时间)', () => {
    expect(officeOpenAt('230100', '2014-11-03T10:00:00+08:00').reasons.map((r) => r.code)).toContain('office.late-until-served');
  });

  it('Saturday afternoons: the bureau opens all day from 2014, district halls only in the morning (市区各分局…周六上午对外办公)', () => {
    // 2014-11-01 is a Saturday
    expect(officeOpenAt('230102', '2014-11-01T15:00:00+08:00').status).toBe('closed');
    expect(officeOpenAt('230100', '2014-11-01T15:00:00+08:00').status).toBe('unknown'); // all day, hours not reported
    // before 2014: Saturday and Sunday mornings only at the bureau (周六、周日上午对外办公已4年有余)
    expect(officeOpenAt('230100', '2012-06-02T15:00:00+08:00').status).toBe('closed');
    expect(officeOpenAt('230100', '2012-06-02T10:00:00+08:00').status).toBe('unknown');
  });

  it('statutory holidays: bureau and district halls serve (在每个国家法定假日期间…为申请人办理证照)', () => {
    // 2014-10-03 is a day off of the National Day holiday
    expect(officeOpenAt('230102', '2014-10-03T10:00:00+08:00').day).toBe('holiday');
    expect(officeOpenAt('230102', '2014-10-03T10:00:00+08:00').status).not.toBe('closed');
  });
});

describe('Chengdu (510100)', () => {
  it('Saturdays 09:00–17:00 at the centre from 2017-08-05; until then closing an hour earlier (下午推迟一小时下班)', () => {
    // 2017-08-12 and 2017-07-29 are Saturdays
    expect(officeOpenAt('510100', '2017-08-12T16:30:00+08:00').status).toBe('open');
    expect(officeOpenAt('510100', '2017-08-12T12:30:00+08:00').status).toBe('open'); // 中午不休息
    expect(officeOpenAt('510100', '2017-08-12T17:00:00+08:00').status).toBe('closed');
    expect(officeOpenAt('510100', '2017-07-29T16:30:00+08:00').status).toBe('closed');
  });

  it('no Saturday service is known before 2013-12 (从2013年12月便推出了周六延时服务)', () => {
    expect(officeOpenAt('510100', '2013-11-30T10:00:00+08:00').status).toBe('unknown');
    expect(officeOpenAt('510100', '2013-11-30T10:00:00+08:00').cite).toBeUndefined();
  });

  it('kiosks: the centre, 成华 and 新都 print at any hour; other district halls only in working hours', () => {
    // 2018-06-02 is a Saturday
    expect(officeOpenAt('510100', '2018-06-02T22:00:00+08:00').kiosk.issues).toBe('yes');
    expect(officeOpenAt('510108', '2018-06-02T22:00:00+08:00').kiosk.issues).toBe('yes');
    expect(officeOpenAt('510114', '2018-06-02T22:00:00+08:00').kiosk.issues).toBe('yes');
    expect(officeOpenAt('510104', '2018-06-02T22:00:00+08:00').kiosk.issues).toBe('no');
    // a working day with hours not reported: unknown, not a guess
    expect(officeOpenAt('510104', '2018-06-04T10:00:00+08:00').kiosk.issues).toBe('unknown');
  });

  const tourist = (kiosk: string, at?: string) => ({
    kiosk,
    applicant: { hukou: '510104' },
    permit: { form: 'card' as const, expiry: '2028-01-01' },
    service: { kind: 'endorsement' as const, endorsement: { destination: 'hong-kong' as const, type: 'L' as const } },
    ...(at === undefined ? {} : { at }),
  });

  it('canSelfServe: on a Saturday at 22:00 a district kiosk takes the application but does not print it; 成华 prints it', () => {
    const view = policyAt(defaultPolicy(), '2018-06-02', { division: '510104' });
    const night = canSelfServe(view, tourist('510104', '2018-06-02T22:00:00+08:00'));
    expect(night.ok && night.immediate).toBe(false);
    expect(night.reasons.map((r) => r.code)).toContain('kiosk.outside-issuing-hours');
    const chenghua = canSelfServe(policyAt(defaultPolicy(), '2018-06-02', { division: '510108' }), tourist('510108', '2018-06-02T22:00:00+08:00'));
    expect(chenghua.ok && chenghua.immediate).toBe(true);
    expect(chenghua.reasons.map((r) => r.code)).toContain('kiosk.issues-round-the-clock');
  });

  it('canSelfServe without an instant: immediate, but conditional on the hours', () => {
    const r = canSelfServe(policyAt(defaultPolicy(), '2018-06-02', { division: '510104' }), tourist('510104'));
    expect(r.ok && r.immediate).toBe(true);
    expect(r.reasons.map((x) => x.code)).toContain('kiosk.immediate-in-working-hours');
  });

  it('canSelfServe rejects an instant that is not on the view’s date', () => {
    expect(() => canSelfServe(policyAt(defaultPolicy(), '2018-06-02', { division: '510104' }), tourist('510104', '2018-06-03T10:00:00+08:00'))).toThrow(ValidationError);
    expect(() => canSelfServe(policyAt(defaultPolicy(), '2018-06-02', { division: '510104' }), tourist('510104', '2018-06-02 22:00'))).toThrow(ValidationError);
  });
});

describe('Guangzhou (440100) and elsewhere', () => {
  it('Saturday reception (周六对外接待) and 24-hour kiosk applications (全天候受理) from the 2006 account', () => {
    const sat = officeOpenAt('440103', '2006-06-03T10:00:00+08:00');
    expect(sat.status).toBe('unknown'); // open on Saturdays; the hours are not reported
    expect(sat.kiosk.accepts).toBe('yes');
    expect(officeOpenAt('440103', '2006-06-04T10:00:00+08:00').status).toBe('unknown'); // Sundays: nothing reported
  });

  it('where nothing local is known, the hours are unknown — never 9 to 5', () => {
    const r = officeOpenAt('420100', '2025-03-04T10:00:00+08:00');
    expect(r.status).toBe('unknown');
    expect(r.nextOpening).toBe('unknown');
    expect(r.kiosk).toEqual({ accepts: 'unknown', issues: 'unknown' });
    expect(officeOpenAt('420100', '2025-03-04T03:00:00+08:00').status).toBe('unknown');
  });

  it('checks its arguments, every problem at once', () => {
    try {
      officeOpenAt('12345', 'tomorrow');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path.join('.')).sort()).toEqual(['at', 'office']);
    }
  });
});
