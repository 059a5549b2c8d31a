/**
 * The portal-server example (examples/portal-server, docs/portal.md) answers real HTTP requests:
 * the server listens on an ephemeral port and each request goes over a socket with fetch. Each
 * answer is checked against the library called directly with the same input (the server must add
 * nothing and drop nothing), and each 400 against the issues the library itself lists.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../examples/portal-server/server.js';
import { jsonSchemaOf } from '../src/cli/json-schemas.js';
import { ChurujingError, SAMPLE_APPLICATION, addWorkingDays, provisionalYears, computeDeadline, describeDay, evaluate, instruments, quoteFees } from '../src/index.js';

let app: FastifyInstance;
let base = '';

beforeAll(async () => {
  app = await buildServer();
  base = await app.listen({ port: 0, host: '127.0.0.1' });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

async function call(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, json: JSON.parse(text) as any };
}

/** What the library throws for `f()`, as the server should render it in `locale`. */
function thrown(f: () => unknown, locale: 'zh-CN' | 'en') {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ChurujingError)) throw e;
    return { error: e.code, message: e.messageIn(locale), issues: e.issues.map((i) => ({ path: i.path, code: i.code, message: i.messages?.[locale] ?? i.message })) };
  }
  throw new Error('expected the library to throw');
}

const json = (x: unknown) => JSON.parse(JSON.stringify(x));
const BAD_ID = '510104199003151238'; // check character should be 7

describe('portal server: evaluate', () => {
  it('answers an application with exactly what evaluate gives', async () => {
    const r = await call('POST', '/evaluate', SAMPLE_APPLICATION);
    expect(r.status).toBe(200);
    expect(r.json).toEqual(json(evaluate(SAMPLE_APPLICATION)));
    expect(r.json.status).toBe('accepted');
  });

  it('passes beyondCalendar=provisional through to evaluate', async () => {
    const late = { ...SAMPLE_APPLICATION, acceptedAt: '2026-12-28T10:00:00+08:00' };
    const plain = await call('POST', '/evaluate', late);
    const provisional = await call('POST', '/evaluate?beyondCalendar=provisional', late);
    expect(plain.json).toEqual(json(evaluate(late)));
    expect(provisional.json).toEqual(json(evaluate(late, { beyondCalendar: 'provisional' })));
    expect(plain.json.services[0].processing.kind).toBe('unknown');
    expect(provisional.json.services[0].processing.kind).toBe('due');
  });

  it('answers invalid input with 400 and every issue, in zh-CN by default, in en on request', async () => {
    const bad = { ...SAMPLE_APPLICATION, applicant: { residentId: BAD_ID, hukou: '510104' }, materials: ['photo'], office: { division: '510199' }, extra: 1 };
    const zh = await call('POST', '/evaluate', bad);
    expect(zh.status).toBe(400);
    expect(zh.json).toEqual(json(thrown(() => evaluate(bad as never, { locale: 'zh-CN' }), 'zh-CN')));
    expect(zh.json.issues.map((i: { path: unknown[] }) => i.path.join('.')).sort()).toEqual(['', 'applicant.residentId', 'materials.0', 'office.division'].sort());
    expect(zh.json.message).toMatch(/^申请信息有误/);

    const en = await call('POST', '/evaluate', bad, { 'accept-language': 'en-GB,en;q=0.9,zh-CN;q=0.5' });
    expect(en.json).toEqual(json(thrown(() => evaluate(bad as never, { locale: 'en' }), 'en')));
    expect(en.json.message).toMatch(/^Invalid application/);

    const query = await call('POST', '/evaluate?lang=en', bad, { 'accept-language': 'zh-CN' });
    expect(query.json.message).toBe(en.json.message);
    // the identity number never appears whole
    expect(zh.text + en.text).not.toContain(BAD_ID);
  });

  it('reads Accept-Language by q-value; anything else is zh-CN', async () => {
    const bad = { ...SAMPLE_APPLICATION, materials: ['photo'] };
    const lang = async (h?: string) => (await call('POST', '/evaluate', bad, h === undefined ? {} : { 'accept-language': h })).json.message as string;
    expect(await lang('fr-FR, en;q=0.5')).toMatch(/^Invalid/);
    expect(await lang('en;q=0.4, zh-TW;q=0.8')).toMatch(/^申请/);
    expect(await lang('de')).toMatch(/^申请/);
    expect(await lang()).toMatch(/^申请/);
  });

  it('refuses a body that is not an object, with churujing’s issue', async () => {
    const r = await call('POST', '/evaluate?lang=en', [1, 2]);
    expect(r.status).toBe(400);
    expect(r.json.issues.length).toBeGreaterThan(0);
  });
});

describe('portal server: fees and deadlines', () => {
  const quote: Parameters<typeof quoteFees>[0] = { items: [{ item: 'passport.issue' }], acceptedOn: '2019-07-01', division: '110100', delivery: 'post' };

  it('quotes fees as quoteFees does, unpriced lines included', async () => {
    const r = await call('POST', '/fees/quote', quote);
    expect(r.status).toBe(200);
    expect(r.json).toEqual(json(quoteFees(quote)));
    expect(r.json.complete).toBe(false);
  });

  it('refuses a bad quote with every issue', async () => {
    const bad = { items: [{ item: 'passport.isue' }], acceptedOn: '2019-02-30', division: '110100' };
    const r = await call('POST', '/fees/quote?lang=en', bad);
    expect(r.status).toBe(400);
    expect(r.json).toEqual(json(thrown(() => quoteFees(bad as never, { locale: 'en' }), 'en')));
    expect(r.json.issues.length).toBeGreaterThanOrEqual(2);
  });

  it('computes a deadline as computeDeadline does', async () => {
    const input = { start: '2025-01-24T16:45:00+08:00', rule: { unit: 'working-days', count: 7, cutoff: '17:00' } } as const;
    const r = await call('POST', '/deadline', input);
    expect(r.status).toBe(200);
    expect(r.json).toEqual(json(computeDeadline(input)));
    expect(r.json.due).toBe('2025-02-10');
  });

  it('refuses a deadline without an offset or a unit', async () => {
    const bad = { start: '2025-01-24T16:45:00', rule: { count: 7 } };
    const r = await call('POST', '/deadline', bad);
    expect(r.status).toBe(400);
    expect(r.json).toEqual(json(thrown(() => computeDeadline({ ...(bad as object), locale: 'zh-CN' } as never), 'zh-CN')));
  });
});

describe('portal server: calendar', () => {
  it('describes a day as describeDay does (the response schema drops nothing)', async () => {
    for (const date of ['2025-01-26', '2025-10-06', '2025-03-03']) {
      const r = await call('GET', `/calendar/${date}`);
      expect(r.status).toBe(200);
      expect(r.json).toEqual(json(describeDay(date)));
    }
    const p = await call('GET', '/calendar/2027-02-09?beyondCalendar=provisional');
    expect(p.json).toEqual(json(describeDay('2027-02-09', { beyondCalendar: provisionalYears })));
    expect(p.json.provisional).toBe(true);
  });

  it('adds working days as addWorkingDays does', async () => {
    const r = await call('GET', '/calendar/2025-01-24/plus/7');
    expect(r.json).toEqual({ date: '2025-01-24', days: 7, result: addWorkingDays('2025-01-24', 7), provisional: false });
    const back = await call('GET', '/calendar/2025-02-10/plus/-7');
    expect(back.json.result).toBe(addWorkingDays('2025-02-10', -7));
  });

  it('400 for a date that does not exist or a count that is not a number; 422 past the calendar', async () => {
    const invalid = await call('GET', '/calendar/2025-02-30?lang=en');
    expect(invalid.status).toBe(400);
    expect(invalid.json).toEqual(json(thrown(() => describeDay('2025-02-30', { locale: 'en' }), 'en')));
    const notADate = await call('GET', '/calendar/tomorrow');
    expect(notADate.status).toBe(400);
    expect(notADate.json).toEqual(json(thrown(() => describeDay('tomorrow', { locale: 'zh-CN' }), 'zh-CN')));
    const count = await call('GET', '/calendar/2025-01-24/plus/seven');
    expect(count.status).toBe(400);
    const beyond = await call('GET', '/calendar/2031-01-02');
    expect(beyond.status).toBe(422);
    expect(beyond.json).toEqual(json(thrown(() => describeDay('2031-01-02', { locale: 'zh-CN' }), 'zh-CN')));
  });
});

describe('portal server: schemas and instruments', () => {
  it('serves the JSON Schemas of the inputs', async () => {
    const list = await call('GET', '/schemas');
    expect(list.json.map((x: { name: string }) => x.name)).toEqual(['application', 'policy', 'change-set', 'scenario', 'fee-quote', 'deadline']);
    for (const name of ['application', 'fee-quote', 'deadline'] as const) {
      const r = await call('GET', `/schemas/${name}`);
      expect(r.status).toBe(200);
      expect(r.type).toMatch(/^application\/schema\+json/);
      expect(r.json).toEqual(json(jsonSchemaOf(name)));
    }
    expect((await call('GET', '/schemas/nothing')).status).toBe(400);
  });

  it('serves an instrument of the registry, 404 for an unknown one', async () => {
    const r = await call('GET', '/instruments/fee.2000-293');
    expect(r.json).toEqual(json(instruments().find((i) => i.id === 'fee.2000-293')));
    expect(r.json.number).toBe('计价格〔2000〕293号');
    const none = await call('GET', '/instruments/__proto__');
    expect(none.status).toBe(404);
  });
});
