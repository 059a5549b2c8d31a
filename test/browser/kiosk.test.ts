/**
 * The kiosk example (examples/kiosk) in a real headless Chromium (Debian's, driven by
 * playwright-core), on the browser build (dist/browser/churujing.js): what the screen shows a
 * person, under two browser time zones, with the browser's clock set.
 *
 * The day is Beijing's whatever the machine's zone: at 2019-03-31T16:30Z it is already
 * 2019-04-01 in Beijing, the day group tours (L) could first be taken at any kiosk in the country
 * (NIA, 全国通办); in Los Angeles it is still the morning of 2019-03-31. Figures are checked
 * against the official ones (the single HK/Macau endorsement fee is 15 yuan since 2017-07-01)
 * and against the library run in Node on the same application.
 *
 * A screenshot of each zone is saved in test/browser/artifacts/ (not committed).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, formatCny, reasonMessage } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
/** The flags the machine notes give for Chromium as root on a closed network. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ZONES = ['Asia/Shanghai', 'America/Los_Angeles'] as const;

const SHENZHEN_ID = '440304199001011233'; // Futian, Shenzhen; born 1990-01-01 (check character verified by GB 11643)
const CHENGDU_ID = '510104199003151237'; // Jinjiang, Chengdu; born 1990-03-15

let server: ChildProcess;
let base = '';
let browser: Browser;

beforeAll(async () => {
  server = spawn(process.execPath, ['examples/kiosk/serve.mjs', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(server.stdout!, 'data')) as [Buffer];
  base = /http:\/\/127\.0\.0\.1:\d+/.exec(line.toString())?.[0] ?? '';
  expect(base).not.toBe('');
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

interface Ask {
  readonly at: string;
  readonly zone: string;
  readonly residentId: string;
  readonly permit?: 'hkmo-card' | 'hkmo-booklet';
  readonly kiosk?: string;
}

/** Opens the page in a fresh context (zone, clock), fills the form and asks. */
async function ask(a: Ask): Promise<Page> {
  const context = await browser.newContext({ timezoneId: a.zone, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.setFixedTime(new Date(a.at));
  await page.goto(`${base}/examples/kiosk/?kiosk=${a.kiosk ?? '440304'}`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill('#resident-id', a.residentId);
  await page.selectOption('#permit', a.permit ?? 'hkmo-card');
  await page.fill('#permit-issued', '2020-03-01');
  await page.fill('#permit-expires', '2030-02-28');
  await page.selectOption('#destination', 'hong-kong');
  await page.selectOption('#type', 'L');
  await page.selectOption('#option', '3:single');
  await page.click('#check');
  await page.waitForSelector('#answer:not([hidden]), #problem:not([hidden])');
  expect(errors).toEqual([]);
  return page;
}

const text = (page: Page, selector: string): Promise<string> => page.locator(selector).innerText();

/** The application the page builds, evaluated by the library in Node. */
function inNode(residentId: string, hukou: string, acceptedAt: string) {
  return evaluate({
    applicant: { residentId, hukou },
    services: [{ kind: 'endorsement', destination: 'hong-kong', type: 'L', option: { validityMonths: 3, entries: 'single' } }],
    existingDocuments: [{ type: 'hkmo-permit', form: 'card', issued: '2020-03-01', expires: '2030-02-28' }],
    channel: 'kiosk',
    office: { division: '440304' },
    materials: ['application-form', 'valid-permit', 'resident-id-card', 'applicant-presence'],
    delivery: 'collect',
    acceptedAt,
  });
}

describe.each(ZONES)('the kiosk page in headless Chromium, browser time zone %s', (zone) => {
  it('a Shenzhen resident with a card permit: served now, 15 yuan, printed on the spot', async () => {
    const at = '2025-01-23T17:30:00Z'; // 01:30 on 2025-01-24 in Beijing; 09:30 on the 23rd in Los Angeles
    const page = await ask({ at, zone, residentId: SHENZHEN_ID });
    expect(await text(page, '#today')).toBe('2025-01-24');
    expect(await text(page, '#kiosk-place')).toBe('深圳市 / Shenzhen');
    expect(await text(page, '#verdict')).toBe('可以在本机办理');
    expect(await text(page, '#verdict-en')).toBe('You can apply at this kiosk now');
    expect(await text(page, '#hukou')).toBe('深圳市 / Shenzhen');
    // the official figure (single HK/Macau endorsement, 15 yuan since the 2017-07-01 cut) and the library's in Node
    expect(await text(page, '#fee')).toBe('15元 / ¥15.00');
    const node = inNode(SHENZHEN_ID, '440304', at);
    expect(node.fees?.totalFen).toBe(1500);
    expect(await text(page, '#fee')).toBe(`${formatCny(node.fees!.totalFen, 'zh-CN')} / ${formatCny(node.fees!.totalFen, 'en', { symbol: true })}`);
    expect(await text(page, '#ready')).toContain('立等可取');
    expect(await text(page, '#ready')).toContain('wait and take it');
    const reasons = await text(page, '#reasons');
    expect(reasons).toContain(reasonMessage({ code: 'kiosk.immediate', params: {} }, 'zh-CN'));
    expect(reasons).toContain(reasonMessage({ code: 'kiosk.immediate', params: {} }, 'en'));
    await page.screenshot({ path: `${ARTIFACTS}kiosk-${zone.replace('/', '-')}.png`, fullPage: true });
    await page.context().close();
  });

  it('a booklet permit: not at this kiosk, with the reason in zh-CN and en', async () => {
    const page = await ask({ at: '2025-01-23T17:30:00Z', zone, residentId: SHENZHEN_ID, permit: 'hkmo-booklet' });
    expect(await text(page, '#verdict')).toBe('本机不能为您办理，请到人工窗口');
    expect(await text(page, '#verdict-en')).toBe('This kiosk cannot serve you: please go to a staffed window');
    const reasons = await text(page, '#reasons');
    expect(reasons).toContain(reasonMessage({ code: 'kiosk.card-required', params: {} }, 'zh-CN'));
    expect(reasons).toContain(reasonMessage({ code: 'kiosk.card-required', params: {} }, 'en'));
    expect(await text(page, '#ready')).toBe('—');
    await page.context().close();
  });

  it('the day is Beijing\'s: group tours at a kiosk outside the hukou province from 2019-04-01 00:00 Beijing time', async () => {
    // 23:30 on 2019-03-31 in Beijing: a Chengdu hukou at a Shenzhen kiosk is outside the hukou province
    const before = await ask({ at: '2019-03-31T15:30:00Z', zone, residentId: CHENGDU_ID });
    expect(await text(before, '#today')).toBe('2019-03-31');
    expect(await text(before, '#verdict')).toBe('本机不能为您办理，请到人工窗口');
    expect(await text(before, '#reasons')).toContain(reasonMessage({ code: 'kiosk.outside-hukou-province', params: { province: '510000' } }, 'en'));
    await before.context().close();
    // 00:30 on 2019-04-01 in Beijing (still the 31st in Los Angeles): served, on the spot
    const after = await ask({ at: '2019-03-31T16:30:00Z', zone, residentId: CHENGDU_ID });
    expect(await text(after, '#today')).toBe('2019-04-01');
    expect(await text(after, '#hukou')).toBe('成都市 / Chengdu');
    expect(await text(after, '#verdict')).toBe('可以在本机办理');
    expect(await text(after, '#ready')).toContain('立等可取');
    await after.context().close();
  });

  it('a mistyped identity number: the problem is shown in both languages, never the whole number', async () => {
    const wrong = `${SHENZHEN_ID.slice(0, 17)}4`;
    const page = await ask({ at: '2025-01-23T17:30:00Z', zone, residentId: wrong });
    expect(await page.locator('#answer').isHidden()).toBe(true);
    const zh = await text(page, '#problem-zh');
    const en = await text(page, '#problem-en');
    expect(en).toMatch(/check character/i);
    expect(zh.length).toBeGreaterThan(0);
    expect(zh + en).not.toContain(wrong);
    await page.context().close();
  });
});
