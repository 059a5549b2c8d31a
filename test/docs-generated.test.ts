/**
 * The generated pages of docs/ are up to date: docs/catalogues.md, docs/coverage.md and
 * docs/coverage-timeline.svg must be what `npm run docs:generate` writes from the code today
 * (a changed table, label or instrument fails here until the pages are generated again), and they
 * list what the code holds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_DOCS } from '../scripts/gen-docs/pages.js';
import { defaultPolicy } from '../src/builtin/builtin-policy.js';
import { CHANNELS, GROUND_CODES, MATERIAL_IDS, instruments } from '../src/index.js';

const PAGES = GENERATED_DOCS();

describe('docs: generated pages', () => {
  for (const [path, text] of Object.entries(PAGES)) {
    it(`${path} is what the generator writes (run npm run docs:generate)`, () => {
      expect(readFileSync(path, 'utf8') === text, `${path} is stale: run npm run docs:generate`).toBe(true);
    });
  }

  it('the catalogues list every material, ground and channel once, with both names', () => {
    const page = PAGES['docs/catalogues.md'] as string;
    for (const id of [...MATERIAL_IDS, ...GROUND_CODES, ...CHANNELS]) {
      const rows = page.split('\n').filter((l) => l.startsWith(`| \`${id}\` |`));
      expect(rows.length, id).toBe(1);
      expect((rows[0] as string).split(' | ').filter((c) => c.trim() !== '').length, id).toBeGreaterThanOrEqual(3);
    }
  });

  it('the coverage report has a row for every national table, local division and instrument', () => {
    const page = PAGES['docs/coverage.md'] as string;
    const p = defaultPolicy();
    for (const id of Object.keys(p.national)) expect(page, id).toContain(`| \`${id}\` |`);
    for (const d of Object.keys(p.local)) expect(page, d).toContain(`| \`${d}\` |`);
    for (const i of instruments()) expect(page, i.id).toContain(`| \`${i.id}\` |`);
  });

  it('the timeline is a well-formed SVG with one circle per month of change', () => {
    const svg = PAGES['docs/coverage-timeline.svg'] as string;
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect((svg.match(/<circle /g) ?? []).length).toBeGreaterThan(50);
    expect(svg).not.toMatch(/NaN|undefined/);
  });
});
