/**
 * The application input. Expectations come from:
 * - GB 11643-1999 (the identity number; see resident-id.test.ts) — the birth date and sex are
 *   derived from it;
 * - 护照法 art. 7 / 民法典 drafting: age in whole years (周岁) on the acceptance date;
 * - 中国公民因私事往来香港地区或者澳门地区的暂行管理办法 (1986) art. 22: HK/Macau endorsements go on the
 *   往来港澳通行证 — an endorsement service needs that permit, held or applied for;
 * - 护照法 art. 11: renewal and replacement have grounds, a first issue none;
 * - FACTS §2.1–2.2 as encoded by src/documents/endorsements (Chengdu a G city since 2005-11; HK G
 *   options 3 months/1 year × single/double) for the sample's G endorsement;
 * - FACTS §4.3 for the urgent grounds.
 */
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_LOCAL,
  APPLICATION_NATIONAL,
  APPLICATION_REASONS,
  APPLICATION_TABLES,
  type Application,
  SAMPLE_APPLICATION,
  URGENT_GROUNDS,
  applicationJsonSchema,
  applicationSchema,
  parseApplication,
  toEndorsementApplicant,
} from '../../src/eligibility/application.js';
import { endorsementOptions } from '../../src/builtin/endorsement-options.js';
import { ENDORSEMENT_LOCAL, ENDORSEMENT_NATIONAL, ENDORSEMENT_TABLES } from '../../src/documents/endorsements/tables.js';
import { applicantSchema as endorsementApplicantSchema } from '../../src/documents/endorsements/request.js';
import { InvalidDateError, type Issue, ValidationError } from '../../src/rules/errors.js';
import { catalogueProblems, renderReason } from '../../src/rules/reasons.js';
import { parsePolicy } from '../../src/rules/validate-policy.js';

/** The sample with some parts replaced (a deep copy, so the frozen sample is never touched). */
function sample(patch: (a: Record<string, any>) => void = () => {}): Record<string, any> {
  const copy = JSON.parse(JSON.stringify(SAMPLE_APPLICATION)) as Record<string, any>;
  patch(copy);
  return copy;
}

function issuesOf(input: unknown, asOf?: string): Issue[] {
  try {
    parseApplication(input, asOf === undefined ? {} : { asOf });
  } catch (e) {
    if (e instanceof ValidationError) return [...e.issues];
    throw e;
  }
  return [];
}

const brief = (issues: readonly Issue[]) => issues.map((i) => `${i.path.join('.')}:${i.code}`);

describe('the sample application (Chengdu, 2025-01-24)', () => {
  it('parses and derives birth date, sex, age and the Shanghai acceptance date and time', () => {
    const { application, derived } = parseApplication(SAMPLE_APPLICATION);
    expect(application).toEqual(SAMPLE_APPLICATION);
    expect(derived).toMatchObject({ birthDate: '1990-03-15', sex: 'male', ageOnAcceptance: 34, acceptedOn: '2025-01-24', acceptedTime: '10:00' });
    expect(derived.residentId).toMatchObject({ addressCode: '510104', provinceCode: '510000', checkCharacter: '7' });
  });

  it('passes the applicant to endorsementOptions unchanged: Chengdu hukou → HK G, incl. 1 year single', () => {
    const parsed = parseApplication(SAMPLE_APPLICATION);
    const applicant = toEndorsementApplicant(parsed);
    expect(endorsementApplicantSchema.parse(applicant)).toEqual({ hukou: '510104', birthDate: '1990-03-15' });
    const policy = parsePolicy(
      {
        schema: 'churujing.policy/1',
        id: 'test',
        national: ENDORSEMENT_NATIONAL,
        local: Object.fromEntries(Object.entries(ENDORSEMENT_LOCAL).map(([c, t]) => [c, { tables: t }])),
        changes: [],
      },
      ENDORSEMENT_TABLES,
    );
    const service = parsed.application.services[1];
    if (service?.kind !== 'endorsement') throw new Error('the sample’s second service is the endorsement');
    const r = endorsementOptions(
      {
        applicant,
        permit: { type: 'hkmo', form: 'card', expiry: '2035-01-23' },
        destination: service.destination,
        type: service.type,
        date: parsed.derived.acceptedOn,
        division: parsed.application.office.division,
      },
      { policy },
    );
    expect(r.status).toBe('available');
    if (r.status === 'available') {
      expect(r.options.some((o) => 'years' in o.validity && o.validity.years === 1 && o.entries === service.option?.entries)).toBe(true);
    }
  });

  it('is valid under the exported schema and the JSON Schema describes it', () => {
    expect(applicationSchema.safeParse(SAMPLE_APPLICATION).success).toBe(true);
    const js = applicationJsonSchema() as { properties: Record<string, any>; required: string[] };
    expect(js.required).toEqual(expect.arrayContaining(['applicant', 'services', 'existingDocuments', 'channel', 'office', 'materials', 'delivery', 'acceptedAt']));
    expect(js.properties['applicant'].properties.residentId).toMatchObject({ type: 'string', pattern: '^[0-9]{17}[0-9Xx]$' });
    expect(js.properties['urgent'].properties.ground.enum).toEqual([...URGENT_GROUNDS]);
    expect(js.properties['services'].minItems).toBe(1);
  });
});

describe('acceptedAt', () => {
  it('converts an instant in another offset to the Shanghai date and time', () => {
    const { derived } = parseApplication(sample((a) => (a['acceptedAt'] = '2025-01-24T20:30:00Z')));
    expect(derived).toMatchObject({ acceptedOn: '2025-01-25', acceptedTime: '04:30' });
  });

  it('allows a civil date alone, without a time', () => {
    const { derived } = parseApplication(sample((a) => (a['acceptedAt'] = '2025-01-24')));
    expect(derived.acceptedOn).toBe('2025-01-24');
    expect('acceptedTime' in derived).toBe(false);
  });

  it('rejects an instant without an offset, with the code of InvalidDateError', () => {
    expect(brief(issuesOf(sample((a) => (a['acceptedAt'] = '2025-01-24T10:00:00'))))).toEqual(['acceptedAt:invalid-instant']);
  });

  it('computes the age on the acceptance date (birthday counts)', () => {
    expect(parseApplication(sample((a) => (a['acceptedAt'] = '2025-03-14'))).derived.ageOnAcceptance).toBe(34);
    expect(parseApplication(sample((a) => (a['acceptedAt'] = '2025-03-15'))).derived.ageOnAcceptance).toBe(35);
  });
});

describe('every problem at once, with paths', () => {
  it('schema issues, identity-number issues (own codes) and cross-field issues together', () => {
    const issues = issuesOf(
      sample((a) => {
        a['applicant']['residentId'] = '510104199003151231'; // check should be 7
        a['applicant']['statedBirthDate'] = '1990-03-16';
        a['applicant']['hukou'] = '999999';
        a['channel'] = 'fax';
        a['services'].push({ kind: 'endorsement', destination: 'taiwan', type: 'G' });
      }),
    );
    expect(brief(issues)).toEqual([
      'applicant.residentId:check-character-mismatch',
      'applicant.hukou:unknown-division',
      'channel:invalid_value',
      'applicant.statedBirthDate:birth-date-mismatch',
      'services.2:endorsement-without-permit',
    ]);
    expect(issues[0]?.message).toBe('The check character (18th) should be 7, not 1 (ISO 7064 MOD 11-2)');
  });

  it('a 15-digit number keeps its own code inside the application', () => {
    expect(brief(issuesOf(sample((a) => (a['applicant']['residentId'] = '510104900315123'))))).toEqual(['applicant.residentId:first-generation-id']);
  });

  it('rejects anything that is not an application with ValidationError only', () => {
    for (const input of [undefined, null, 42, 'application', [], {}, { applicant: null }, { services: 'x', existingDocuments: [1] }]) {
      expect(() => parseApplication(input)).toThrow(ValidationError);
    }
    expect(brief(issuesOf({})).length).toBeGreaterThanOrEqual(8);
  });

  it('needs at least one service and a ground when urgent', () => {
    expect(brief(issuesOf(sample((a) => (a['services'] = [])))).map((s) => s.split(':')[0])).toEqual(['services']);
    expect(brief(issuesOf(sample((a) => (a['urgent'] = { evidence: true }))))).toEqual(['urgent.ground:invalid_value']);
    expect(issuesOf(sample((a) => (a['urgent'] = { ground: 'funeral', evidence: false })))).toEqual([]);
  });

  it('invalid options are problems of the call, listed with the application’s', () => {
    expect(() => parseApplication(SAMPLE_APPLICATION, { asOf: 'today' })).toThrow(ValidationError);
    expect(brief(issuesOf(SAMPLE_APPLICATION, ''))).toEqual(['options.asOf:invalid-date']);
    expect(brief(issuesOf(sample((a) => (a['channel'] = 'fax')), '2025-1-1'))).toEqual(['options.asOf:invalid-date', 'channel:invalid_value']);
    for (const options of [null, 5, 'en', []]) expect(() => parseApplication(SAMPLE_APPLICATION, options as never)).toThrow(ValidationError);
    expect(() => parseApplication(SAMPLE_APPLICATION, { asof: '2025-01-31' } as never)).toThrow(/unknown option "asof"/);
  });
});

describe('catalogue values: unknown ids are named, with the nearest catalogue values', () => {
  it('material ids (the catalogue of materials-catalogue.ts): "photo" → photo-capture, "id-card" → resident-id-card', () => {
    const issues = issuesOf(sample((a) => (a['materials'] = ['application-form', 'photo', 'id-card', 'fingerprint', 'zzz'])));
    expect(brief(issues)).toEqual(['materials.1:unknown-material', 'materials.2:unknown-material', 'materials.3:unknown-material', 'materials.4:unknown-material']);
    expect(issues.map((i) => i.message)).toEqual([
      'unknown material id "photo": did you mean "photo-capture"?',
      'unknown material id "id-card": did you mean "resident-id-card"?',
      'unknown material id "fingerprint": did you mean "fingerprints"?',
      'unknown material id "zzz"',
    ]);
    expect(issues[0]?.messages?.['zh-CN']).toBe('未知的材料编号"photo"，是否为"photo-capture"？');
  });

  it('renewal and replacement grounds (grounds.ts)', () => {
    const issues = issuesOf(sample((a) => (a['services'] = [{ kind: 'document', document: 'passport', action: 'replacement', ground: 'lost-it' }])));
    expect(brief(issues)).toEqual(['services.0.ground:unknown-ground']);
    expect(issues[0]?.message).toBe('unknown renewal or replacement ground "lost-it": did you mean "lost"?');
  });

  it('the search is bounded: a huge list of unknown ids is reported (each one) without searching every one', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `photo-${i}`);
    const issues = issuesOf(sample((a) => (a['materials'] = many)));
    expect(issues).toHaveLength(2000);
    expect(issues.filter((i) => i.message.includes('did you mean')).length).toBeLessThanOrEqual(20);
  });

  it('division codes that name no division are unknown-division', () => {
    expect(brief(issuesOf(sample((a) => (a['office'] = { division: '999999' }))))).toEqual(['office.division:unknown-division']);
  });

  it('division history (民政部 code tables): an office must exist on the acceptance date; a hukou code need only have existed', () => {
    // 510199 was never a code; 510122 (双流县) became 510116 (双流区) in 2015-2016 (国函〔2015〕207号)
    const office = (division: string, acceptedAt = '2025-01-24T10:00:00+08:00') => issuesOf(sample((a) => ((a['office'] = { division }), (a['acceptedAt'] = acceptedAt))));
    const never = office('510199');
    expect(brief(never)).toEqual(['office.division:unknown-division']);
    expect(never[0]?.message).toMatch(/510199 was never a GB\/T 2260 division code/);
    const retired = office('510122');
    expect(brief(retired)).toEqual(['office.division:office-not-in-force']);
    expect(retired[0]?.message).toContain('510116');
    expect(office('510122', '2010-05-05T10:00:00+08:00')).toEqual([]);
    expect(issuesOf(sample((a) => (a['applicant']['hukou'] = '510122')))).toEqual([]);
    expect(brief(issuesOf(sample((a) => (a['applicant']['work'] = { division: '510199' }))))).toEqual(['applicant.work.division:unknown-division']);
  });
});

describe('messages in the locale asked for', () => {
  it('zh-CN: the title and every issue; both locales stay in messages', () => {
    try {
      parseApplication(sample((a) => (a['channel'] = 'fax')), { locale: 'zh-CN' });
      expect.unreachable();
    } catch (e) {
      const v = e as ValidationError;
      expect(v.message).toBe('申请信息有误（1个问题）：channel: 无效选项：期望以下之一 "hall-window"|"kiosk"|"online"|"post"|"police-station"|"agency"');
      expect(v.issues[0]?.messages?.en).toMatch(/Invalid option/);
      expect(v.messageIn('en').startsWith('Invalid application (1 problem): channel: ')).toBe(true);
    }
  });

  it('a value of the wrong type: both locales say what was received (the input is kept on the issue for its message)', () => {
    try {
      parseApplication(sample((a) => (a['applicant'] = 5)));
      expect.unreachable();
    } catch (e) {
      const issue = (e as ValidationError).issues.find((i) => i.path.join('.') === 'applicant');
      // zod's own texts in its English and zh-CN locales
      expect(issue?.messages).toEqual({ en: 'Invalid input: expected object, received number', 'zh-CN': '无效输入：期望 object，实际接收 数字' });
    }
  });

  it('an unknown locale is a ValidationError', () => {
    expect(() => parseApplication(SAMPLE_APPLICATION, { locale: 'zh' as never })).toThrow(ValidationError);
  });
});

describe('the facts of the routes other than the hukou place', () => {
  it('work, study, residence, a close relative, active military and filed-employer staff parse', () => {
    const { application } = parseApplication(
      sample((a) => {
        a['applicant'] = {
          ...a['applicant'],
          residence: { division: '110105', since: '2020-01-01' },
          work: { division: '110105', socialInsuranceMonths: 14 },
          study: { division: '110108' },
          closeRelative: { hukou: '110105', relationship: 'child' },
          activeMilitary: false,
          filedEnterpriseStaff: true,
        };
      }),
    );
    expect(application.applicant.work).toEqual({ division: '110105', socialInsuranceMonths: 14 });
    expect(brief(issuesOf(sample((a) => (a['applicant']['closeRelative'] = { hukou: '110105', relationship: 'cousin' }))))).toEqual(['applicant.closeRelative.relationship:invalid_value']);
  });
});

describe('cross-field checks', () => {
  it('stated birth date must match the identity number', () => {
    expect(issuesOf(sample((a) => (a['applicant']['statedBirthDate'] = '1990-03-15')))).toEqual([]);
    expect(brief(issuesOf(sample((a) => (a['applicant']['statedBirthDate'] = '1990-05-15'))))).toEqual(['applicant.statedBirthDate:birth-date-mismatch']);
  });

  it('acceptance not before birth; neither after asOf', () => {
    expect(brief(issuesOf(sample((a) => (a['acceptedAt'] = '1990-03-14'))))).toEqual(['acceptedAt:accepted-before-birth']);
    expect(issuesOf(SAMPLE_APPLICATION, '2025-01-24')).toEqual([]);
    expect(brief(issuesOf(SAMPLE_APPLICATION, '2025-01-23'))).toEqual(['acceptedAt:accepted-after-as-of']);
    expect(brief(issuesOf(SAMPLE_APPLICATION, '1990-03-14'))).toEqual(['acceptedAt:accepted-after-as-of', 'applicant.residentId:birth-date-in-future']);
  });

  it('residence permit: validFrom ≤ validTo; Hengqin lies in Zhuhai (440400)', () => {
    const rp = (validFrom: string, validTo: string) => sample((a) => (a['applicant']['residencePermit'] = { division: '440304', validFrom, validTo }));
    expect(issuesOf(rp('2024-01-01', '2024-01-01'))).toEqual([]);
    expect(brief(issuesOf(rp('2024-01-02', '2024-01-01')))).toEqual(['applicant.residencePermit.validTo:residence-permit-inverted']);
    expect(brief(issuesOf(sample((a) => (a['applicant']['zone'] = 'hengqin'))))).toEqual(['applicant.zone:zone-outside-zhuhai']);
    expect(issuesOf(sample((a) => Object.assign(a['applicant'], { zone: 'hengqin', hukou: '440404' })))).toEqual([]);
    expect(brief(issuesOf(sample((a) => (a['applicant']['residencePermit'] = { division: '510104', validFrom: '2024-01-01', zone: 'hengqin' }))))).toEqual([
      'applicant.residencePermit.zone:zone-outside-zhuhai',
    ]);
  });

  it('registered-personnel approval said twice must agree', () => {
    const both = (x: boolean, y: boolean) => sample((a) => Object.assign(a['applicant'], { registeredPersonnel: { approvalLetter: x }, refusalFlags: { registeredPersonnel: { approvalLetter: y } } }));
    expect(issuesOf(both(true, true))).toEqual([]);
    expect(brief(issuesOf(both(true, false)))).toEqual(['applicant.refusalFlags.registeredPersonnel:registered-personnel-conflict']);
  });

  it('no duplicate services; no ground on a first issue', () => {
    expect(brief(issuesOf(sample((a) => a['services'].push({ kind: 'document', document: 'hkmo-permit', action: 'renewal', ground: 'validity-expiring' }))))).toEqual([
      'services.2:duplicate-service',
    ]);
    expect(brief(issuesOf(sample((a) => a['services'].push({ kind: 'endorsement', destination: 'hong-kong', type: 'G' }))))).toEqual(['services.2:duplicate-service']);
    // G for Hong Kong and G for Macau are two services.
    expect(issuesOf(sample((a) => a['services'].push({ kind: 'endorsement', destination: 'macau', type: 'G' })))).toEqual([]);
    expect(brief(issuesOf(sample((a) => (a['services'][0]['ground'] = 'lost'))))).toEqual(['services.0.ground:ground-not-applicable']);
  });

  it('endorsement types must exist for their destination (Taiwan business is F, not S)', () => {
    const withTaiwan = (type: string) =>
      sample((a) => {
        a['services'].push({ kind: 'document', document: 'taiwan-permit', action: 'first-issue' }, { kind: 'endorsement', destination: 'taiwan', type });
      });
    expect(issuesOf(withTaiwan('F'))).toEqual([]);
    expect(brief(issuesOf(withTaiwan('S')))).toEqual(['services.3.type:endorsement-type-not-for-destination']);
    expect(brief(issuesOf(withTaiwan('talent')))).toEqual(['services.3.type:endorsement-type-not-for-destination']);
  });

  it('an endorsement needs the permit, held or applied for in the same application', () => {
    const onlyEndorsement = sample((a) => a['services'].shift());
    expect(brief(issuesOf(onlyEndorsement))).toEqual(['services.0:endorsement-without-permit']);
    // Held (even expired: that is for eligibility to refuse, with its reasons).
    const held = (expires: string) =>
      sample((a) => {
        a['services'].shift();
        a['existingDocuments'] = [{ type: 'hkmo-permit', form: 'card', issued: '2015-01-01', expires }];
      });
    expect(issuesOf(held('2025-12-31'))).toEqual([]);
    expect(issuesOf(held('2024-12-31'))).toEqual([]);
    // Renewed in the same application.
    expect(issuesOf(sample((a) => (a['services'][0]['action'] = 'renewal')))).toEqual([]);
    // A passport is not the permit.
    const passportOnly = sample((a) => {
      a['services'][0] = { kind: 'document', document: 'passport', action: 'first-issue' };
    });
    expect(brief(issuesOf(passportOnly))).toEqual(['services.1:endorsement-without-permit']);
  });

  it('held documents: dates in order, endorsements on the right permit and of a real type', () => {
    const issues = issuesOf(
      sample((a) => {
        a['existingDocuments'] = [
          { type: 'passport', form: 'electronic-booklet', issued: '2016-05-03', expires: '2016-05-02', endorsements: [{ destination: 'macau', type: 'G', issued: '2024-06-01', expires: '2025-05-31', entries: 'single' }] },
          { type: 'taiwan-permit', form: 'card', issued: '2019-01-01', expires: '2028-12-31', endorsements: [{ destination: 'taiwan', type: 'talent', issued: '2024-06-01', expires: '2024-05-31', entries: 'multi' }] },
        ];
      }),
    );
    expect(brief(issues)).toEqual([
      'existingDocuments.0.expires:dates-inverted',
      'existingDocuments.0.endorsements.0.destination:endorsement-on-wrong-document',
      'existingDocuments.1.endorsements.0.type:endorsement-type-not-for-destination',
      'existingDocuments.1.endorsements.0.expires:dates-inverted',
    ]);
  });

  it('the exported schema runs the cross-field checks once the rest is valid', () => {
    const r = applicationSchema.safeParse(sample((a) => (a['applicant']['statedBirthDate'] = '1990-05-15')));
    expect(r.error?.issues.map((i) => [i.path.join('.'), (i as { params?: { code?: string } }).params?.code])).toEqual([['applicant.statedBirthDate', 'birth-date-mismatch']]);
  });

  it('normalises a lower-case x in the identity number', () => {
    const a = sample((x) => (x['applicant']['residentId'] = '11010519491231002x'));
    expect(parseApplication(a).application.applicant.residentId).toBe('11010519491231002X');
  });
});

describe('reasons and tables', () => {
  it('has zh-CN and en for every code, every parameter used', () => {
    expect(catalogueProblems(APPLICATION_REASONS)).toEqual([]);
    expect(renderReason({ code: 'application.endorsement-without-permit', params: { destination: 'hong-kong', permit: 'hkmo-permit' } }, 'zh-CN', APPLICATION_REASONS)).toBe(
      '申请前往hong-kong的签注，但既未持有hkmo-permit，也未在本次申请中申领该证件',
    );
  });

  it('assembles into a valid policy (the module has no dated tables of its own)', () => {
    const policy = parsePolicy(
      {
        schema: 'churujing.policy/1',
        id: 'test',
        national: APPLICATION_NATIONAL,
        local: Object.fromEntries(Object.entries(APPLICATION_LOCAL).map(([c, t]) => [c, { tables: t }])),
        changes: [],
      },
      APPLICATION_TABLES,
    );
    expect(policy.id).toBe('test');
    expect(APPLICATION_TABLES).toEqual([]);
  });

  it('the sample is frozen and typed', () => {
    const a: Application = SAMPLE_APPLICATION;
    expect(Object.isFrozen(a)).toBe(true);
  });
});
