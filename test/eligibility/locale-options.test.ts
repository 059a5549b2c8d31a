/**
 * Errors for people: every eligibility check takes a `locale` option (zh-CN or en) for its
 * error's message and issues, keeps both locales in each issue's `messages`, and refuses an
 * unknown locale or an unknown option with a ValidationError (never a silent English answer).
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { acceptanceDecision } from '../../src/eligibility/deferred-acceptance.js';
import { applicationPlace } from '../../src/eligibility/application-place.js';
import { channelAllowed } from '../../src/eligibility/channels.js';
import { materialsChecklist } from '../../src/eligibility/checklist.js';
import { canSelfServe } from '../../src/eligibility/self-service.js';
import { ChurujingError, ValidationError } from '../../src/rules/errors.js';
import { policyAt } from '../../src/rules/policy-at.js';

const view = policyAt(defaultPolicy(), '2024-06-03', { division: '510104' });
const passport = { kind: 'document', document: 'passport', action: 'renewal' } as const;

function thrown(f: () => unknown): ChurujingError {
  try {
    f();
  } catch (e) {
    if (e instanceof ChurujingError) return e;
    throw e;
  }
  throw new Error('no error');
}

/** Each check called with one bad input and the options given. */
const CALLS: Record<string, (options: unknown) => unknown> = {
  canSelfServe: (o) => canSelfServe(view, { kiosk: '510104', applicant: { hukou: '51010' }, permit: { form: 'card' }, service: { kind: 'endorsement', endorsement: { destination: 'macau', type: 'G' } } }, o as never),
  channelAllowed: (o) => channelAllowed({ view, channel: 'fax', service: passport, applicant: { hukou: '510104' } } as never, o as never),
  applicationPlace: (o) => applicationPlace({ view, applicant: { hukou: '510104' }, service: passport, office: 'x' } as never, o as never),
  materialsChecklist: (o) => materialsChecklist({ view, services: [passport], applicant: { ageOnAcceptance: 30, route: 'hukou-place' }, presented: ['photo'] }, o as never),
  acceptanceDecision: (o) => acceptanceDecision({ view, checklist: {} as never, optIn: true }, o as never),
};

describe('the locale option of the eligibility checks', () => {
  for (const [name, call] of Object.entries(CALLS)) {
    it(`${name}: zh-CN title and issues; both locales kept; en by default; an unknown locale or option is an error`, () => {
      const zh = thrown(() => call({ locale: 'zh-CN' }));
      expect(zh).toBeInstanceOf(ValidationError);
      expect(zh.locale).toBe('zh-CN');
      expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
      for (const i of zh.issues) {
        expect(i.messages?.['zh-CN']).toBe(i.message);
        expect(i.messages?.en).toBeTruthy();
      }
      const en = thrown(() => call(undefined));
      expect(en.locale).toBe('en');
      expect(en.message).not.toMatch(/[\u4e00-\u9fff]{4}/);
      expect(en.issues.map((i) => i.path)).toEqual(zh.issues.map((i) => i.path));
      expect(thrown(() => call({ locale: 'fr' }))).toBeInstanceOf(ValidationError);
      expect(thrown(() => call({ locale: 'zh-CN', colour: 'red' })).issues.map((i) => i.path.join('.'))).toContain('options.colour');
    });
  }

  it('materialsChecklist names the nearest material id ("photo" → photo-capture)', () => {
    const e = thrown(() => CALLS['materialsChecklist']?.({ locale: 'zh-CN' }));
    expect(e.issues[0]).toMatchObject({ path: ['presented', 0], code: 'unknown-material', message: '未知的材料编号"photo"，是否为"photo-capture"？' });
  });
});
