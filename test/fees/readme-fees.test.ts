/**
 * The fee examples of docs/getting-started.md are true: the code block under "### Fees" is run as written, and
 * every line ending in `// <literal>` (a number, a quoted string, true or false, before any
 * explanation) must give that literal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quoteFees } from '../../src/builtin/quote-fees.js';
import { fen, formatCny, sumFen, yuan } from '../../src/fees/money.js';

/** What the block imports from 'churujing' (the fee functions, as the root entry exports them). */
const churujing = { quoteFees, formatCny, fen, sumFen, yuan };

function feesBlock(): string {
  const readme = readFileSync(new URL('../../docs/getting-started.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Fees'));
  const start = section.indexOf('```ts\n') + 6;
  return section.slice(start, section.indexOf('```', start));
}

const LITERAL = /^('(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false)/;

describe('getting started: fees', () => {
  it('every example gives what its comment says', () => {
    const checks: { line: string; literal: string }[] = [];
    const body = feesBlock()
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
    expect(checks.length).toBeGreaterThan(4);
    checks.forEach((c, i) => expect(seen[i], c.line).toEqual(new Function(`return ${c.literal};`)()));
  });
});
