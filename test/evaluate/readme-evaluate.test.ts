/**
 * The README's evaluate example and the kiosk guide's check are true: the code blocks under the
 * README's "## A first evaluate" and docs/kiosk.md's "### The kiosk check" are run as written, and every line ending in `// <literal>` (a number, a
 * quoted string, true or false, before any explanation) must give that literal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as churujing from '../../src/index.js';

const PAGES = { README: readFileSync(new URL('../../README.md', import.meta.url), 'utf8'), KIOSK: readFileSync(new URL('../../docs/kiosk.md', import.meta.url), 'utf8') };

function block(heading: string): string {
  const page = heading === 'A first evaluate' ? PAGES.README : PAGES.KIOSK;
  const section = page.slice(page.indexOf(`${heading === 'A first evaluate' ? '##' : '###'} ${heading}\n`));
  const start = section.indexOf('```ts\n') + 6;
  return section.slice(start, section.indexOf('```', start));
}

const LITERAL = /^('(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false)/;

/** Runs a block; returns each checked line with its literal and what it gave. */
function run(code: string): { line: string; literal: string; seen: unknown }[] {
  const checks: { line: string; literal: string }[] = [];
  const body = code
    .split('\n')
    .map((line) => {
      if (line.startsWith('import ')) return `const { ${/\{([^}]*)\}/.exec(line)?.[1]} } = lib;`;
      const m = /^(.*?);\s*\/\/\s*(.*)$/.exec(line);
      const literal = m ? LITERAL.exec(m[2] as string)?.[1] : undefined;
      if (!m || literal === undefined) return line.replace(/\s\/\/.*$/, '');
      checks.push({ line, literal });
      return `check(${checks.length - 1}, ${m[1]});`;
    })
    .join('\n');
  const seen: unknown[] = [];
  new Function('lib', 'check', body)(churujing, (i: number, v: unknown) => (seen[i] = v));
  return checks.map((c, i) => ({ ...c, seen: seen[i] }));
}

describe('README and kiosk guide: evaluate and the kiosk check', () => {
  for (const [heading, least] of [['A first evaluate', 7], ['The kiosk check', 3]] as const) {
    it(`${heading}: every example gives what its comment says`, () => {
      const checks = run(block(heading));
      expect(checks.length).toBeGreaterThanOrEqual(least);
      for (const c of checks) expect(c.seen, c.line).toEqual(new Function(`return ${c.literal};`)());
    });
  }
});
