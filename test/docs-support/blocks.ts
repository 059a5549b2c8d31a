/**
 * Reading the examples of a Markdown page: its ```ts blocks, and the literal a result comment
 * states (`e.status; // 'accepted'`).
 */

/** One ```ts block: the page, the line of its first code line (1-based), its code, and whether it is marked `no-run`. */
export interface DocBlock {
  readonly page: string;
  readonly line: number;
  readonly code: string;
  readonly noRun: boolean;
}

/** The ```ts (or ```typescript) blocks of a page, in order; an info string with `no-run` marks one not run. */
export function extractBlocks(page: string, text: string): DocBlock[] {
  const lines = text.split('\n');
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})\s*(\S*)\s*(.*)$/.exec(lines[i] as string);
    if (!open) continue;
    const [, indent, fence, lang, rest] = open as unknown as [string, string, string, string, string];
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^\\s*${fence}\\s*$`).test(lines[j] as string)) j++;
    if (lang === 'ts' || lang === 'typescript') {
      const body = lines.slice(i + 1, j).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l));
      blocks.push({ page, line: i + 2, code: body.length ? `${body.join('\n')}\n` : '', noRun: /(^|\s)no-run(\s|$)/.test(rest) });
    }
    i = j;
  }
  return blocks;
}

/**
 * The literal a comment starts with, when the comment states one: a string, a number, true,
 * false, null, undefined, or an array or object made only of those, followed by nothing or by
 * an explanation (but not by `|` or `or`, which make it a list of possibilities).
 */
export function literalAt(text: string): { value: unknown } | undefined {
  const r = new LiteralReader(text);
  try {
    const value = r.value();
    const rest = text.slice(r.pos);
    if (/^\s*(\||or\b)/.test(rest)) return undefined;
    return { value };
  } catch {
    return undefined;
  }
}

class LiteralReader {
  pos = 0;
  constructor(private readonly text: string) {}

  private ws(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  private fail(): never {
    throw new Error('not a literal');
  }

  value(): unknown {
    this.ws();
    const c = this.text[this.pos];
    if (c === "'" || c === '"') return this.string(c);
    if (c === '[') return this.array();
    if (c === '{') return this.object();
    const num = /^-?\d+(\.\d+)?([eE][-+]?\d+)?(?![\w.-])/.exec(this.text.slice(this.pos));
    if (num) {
      this.pos += num[0].length;
      return Number(num[0]);
    }
    const word = /^(true|false|null|undefined)(?![\w$])/.exec(this.text.slice(this.pos));
    if (word) {
      this.pos += word[0].length;
      return { true: true, false: false, null: null, undefined }[word[1] as 'true'];
    }
    return this.fail();
  }

  private string(quote: string): string {
    let out = '';
    for (this.pos++; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos] as string;
      if (c === quote) {
        this.pos++;
        return out;
      }
      if (c === '\\') {
        const n = this.text[++this.pos] ?? this.fail();
        out += { n: '\n', t: '\t', '\\': '\\', "'": "'", '"': '"' }[n] ?? this.fail();
      } else out += c;
    }
    return this.fail();
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    this.ws();
    if (this.text[this.pos] === ']') return this.pos++, out;
    for (;;) {
      out.push(this.value());
      this.ws();
      const c = this.text[this.pos++];
      if (c === ']') return out;
      if (c !== ',') this.fail();
    }
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.create(null);
    this.pos++;
    this.ws();
    if (this.text[this.pos] === '}') return this.pos++, { ...out };
    for (;;) {
      this.ws();
      const c = this.text[this.pos];
      let key: string;
      if (c === "'" || c === '"') key = this.string(c);
      else {
        const id = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos)) ?? this.fail();
        key = id[0];
        this.pos += key.length;
      }
      this.ws();
      if (this.text[this.pos++] !== ':') this.fail();
      Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
      this.ws();
      const d = this.text[this.pos++];
      if (d === '}') return { ...out };
      if (d !== ',') this.fail();
    }
  }
}
