/**
 * docs/coverage.md and docs/coverage-timeline.svg: what the built-in policy covers, read from it —
 * each table's periods, `verifiedThrough`, the instruments it cites with their evidence levels and
 * its `uncertain` notes; the divisions with local measures; the instrument registry; and a
 * timeline of when national rules changed.
 */
import { BUILTIN_TABLES, defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { calendarCoverage, divisionOf, EVIDENCE_LEVELS, instruments, type Citation, type EvidenceLevel, type Instrument, type TableData } from '../../src/index.js';
import { code, generatedBanner, table } from './markdown.js';

const SCRIPT = 'scripts/gen-docs/coverage.ts';
export const TIMELINE_FILE = 'coverage-timeline.svg';

/** Areas in the order the report shows them: the first segment of a table id. */
const AREAS: readonly { readonly prefix: readonly string[]; readonly title: string; readonly short: string }[] = [
  { prefix: ['document'], title: 'Documents: forms, validity, grounds, refusals', short: 'documents' },
  { prefix: ['endorsement'], title: 'Endorsements', short: 'endorsements' },
  { prefix: ['fee'], title: 'Fees', short: 'fees' },
  { prefix: ['processing', 'green-channel'], title: 'Processing limits and the green channel', short: 'processing' },
  { prefix: ['materials', 'acceptance'], title: 'Materials and acceptance (容缺受理)', short: 'materials' },
  { prefix: ['place'], title: 'Place of application', short: 'place' },
  { prefix: ['channel', 'kiosk', 'window', 'appointment'], title: 'Channels, kiosks, windows and appointments', short: 'channels' },
  { prefix: ['office'], title: 'Offices: hours and local practices', short: 'offices' },
];

function areaOf(id: string): (typeof AREAS)[number] {
  const first = id.split('.')[0] as string;
  const a = AREAS.find((x) => x.prefix.includes(first));
  if (a === undefined) throw new Error(`table ${id} belongs to no area of the report: add its prefix to AREAS`);
  return a;
}

interface Dated {
  readonly from: string;
  readonly to?: string;
  readonly cite: Citation;
  readonly uncertain?: string;
  readonly value?: unknown;
}

function itemsOf(t: TableData): readonly Dated[] {
  return t.kind === 'value' ? t.entries : t.members;
}

const REGISTRY = new Map<string, Instrument>();
function registry(): Map<string, Instrument> {
  if (REGISTRY.size === 0) for (const i of instruments()) REGISTRY.set(i.id, i);
  return REGISTRY;
}

/** The evidence level of a citation: its own, else its instrument's. */
function levelOf(c: Citation): EvidenceLevel | undefined {
  return c.evidence?.level ?? (c.instrument === undefined ? undefined : registry().get(c.instrument)?.evidence.level);
}

/** `2007-01-01 → open`, `1986-12-25 → 2019-03-31 (ended)`, with the gaps between entries. */
function coverage(t: TableData): string {
  const items = [...itemsOf(t)].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  if (items.length === 0) return 'empty (only local measures)';
  const first = items[0] as Dated;
  if (t.kind === 'set') {
    const open = items.filter((m) => m.to === undefined).length;
    return `${first.from} →; ${items.length} member period${items.length === 1 ? '' : 's'}, ${open} open`;
  }
  const last = items[items.length - 1] as Dated;
  let gaps = 0;
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1] as Dated;
    if (prev.to !== undefined && dayNumber(prev.to) + 1 < dayNumber((items[i] as Dated).from)) gaps++;
  }
  const end = last.value === null ? `${last.from} (ended)` : last.to === undefined ? 'open' : `${last.to} (last day)`;
  return `${first.from} → ${end}${gaps ? `; ${gaps} gap${gaps === 1 ? '' : 's'}` : ''}`;
}

/** The instruments a table cites, each once, with its evidence level: `fee.2019-914` (official). */
function citations(t: TableData): string {
  const seen = new Map<string, Set<string>>();
  for (const e of itemsOf(t)) {
    const key = e.cite.instrument ?? `${e.cite.number ?? e.cite.title}`;
    const levels = seen.get(key) ?? new Set<string>();
    levels.add(levelOf(e.cite) ?? 'unknown');
    seen.set(key, levels);
  }
  return [...seen].map(([k, l]) => `${k} (${[...l].join('/')})`).join(', ');
}

function divisionName(codeText: string): string {
  const d = divisionOf(codeText);
  if (d === undefined) throw new Error(`local measures of ${codeText}, which is not a known division`);
  return `${d['zh-CN']} ${d.en}`;
}

// ---------------------------------------------------------------- timeline (SVG, by hand)

interface Change {
  readonly date: string;
  readonly table: string;
  readonly what: string;
}

/** Every date a national table changed (an entry or a member starting, or ending the day before), once per table and date. */
function nationalChanges(): Change[] {
  const out: Change[] = [];
  const seen = new Set<string>();
  const push = (c: Change) => {
    const k = `${c.table}\u0000${c.date}`;
    if (!seen.has(k)) seen.add(k), out.push(c);
  };
  const p = defaultPolicy();
  for (const [id, t] of Object.entries(p.national)) {
    for (const e of itemsOf(t)) {
      const by = e.cite.number ?? e.cite.instrument ?? e.cite.title;
      const what = t.kind === 'set' ? `member ${(e as { member?: string }).member}` : e.value === null ? 'rule ends' : 'new value';
      push({ date: e.from, table: id, what: `${what} (${by})` });
      if (e.to !== undefined) push({ date: civilOf(dayNumber(e.to) + 1), table: id, what: `${t.kind === 'set' ? `member ${(e as { member?: string }).member} leaves` : 'value ends'}` });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.table < b.table ? -1 : 1));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Days since 1970-01-01 of a civil date (no Date, no clock). */
function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const a = m <= 2 ? 1 : 0;
  const yy = y - a;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (inverse of {@link dayNumber}). */
function civilOf(z0: number): string {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The timeline: one row per area, a mark per month in which national rules changed, 2004 → `end`. */
export function renderTimeline(end: string): string {
  const changes = nationalChanges().filter((c) => c.date >= '2004-01-01' && c.date <= end);
  const rows = AREAS.filter((a) => changes.some((c) => areaOf(c.table) === a));
  const firstYear = 2004;
  const lastYear = Number(end.slice(0, 4));
  const left = 150;
  const width = 1000;
  const right = 20;
  const rowH = 34;
  const top = 40;
  const plot = width - left - right;
  const x0 = dayNumber(`${firstYear}-01-01`);
  const x1 = dayNumber(`${lastYear + 1}-01-01`);
  const x = (date: string) => left + ((dayNumber(date) - x0) / (x1 - x0)) * plot;
  const height = top + rows.length * rowH + 40;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>When national exit-entry rules changed, ${firstYear} to ${end} (churujing built-in policy)</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">National rule changes by month, ${firstYear} – ${esc(end)}</text>`,
  ];
  for (let y = firstYear; y <= lastYear + 1; y++) {
    const gx = x(`${y}-01-01`).toFixed(1);
    parts.push(`<line x1="${gx}" y1="${top - 6}" x2="${gx}" y2="${top + rows.length * rowH}" stroke="#e3e3e3"/>`);
    if (y <= lastYear && (y - firstYear) % 2 === 0) parts.push(`<text x="${gx}" y="${top + rows.length * rowH + 16}" fill="#555">${y}</text>`);
  }
  rows.forEach((area, row) => {
    const cy = top + row * rowH + rowH / 2;
    parts.push(`<text x="${left - 10}" y="${cy + 4}" text-anchor="end">${esc(area.short)}</text>`);
    parts.push(`<line x1="${left}" y1="${cy}" x2="${width - right}" y2="${cy}" stroke="#bbbbbb"/>`);
    const byMonth = new Map<string, Change[]>();
    for (const c of changes.filter((c) => areaOf(c.table) === area)) {
      const m = c.date.slice(0, 7);
      byMonth.set(m, [...(byMonth.get(m) ?? []), c]);
    }
    for (const [month, cs] of byMonth) {
      const r = Math.min(3 + Math.sqrt(cs.length) * 1.6, 11).toFixed(1);
      const tables = [...new Set(cs.map((c) => c.table))];
      const tip = `${month}: ${cs.length} change${cs.length === 1 ? '' : 's'} — ${tables.slice(0, 6).join(', ')}${tables.length > 6 ? ', …' : ''}`;
      parts.push(`<circle cx="${x(`${month}-15`).toFixed(1)}" cy="${cy}" r="${r}" fill="#c0392b" fill-opacity="0.55" stroke="#922b21"><title>${esc(tip)}</title></circle>`);
    }
  });
  parts.push(`<text x="${left}" y="${height - 6}" fill="#555">A circle is a month with changes (its area grows with their number); hover for the tables. Generated by ${SCRIPT}.</text>`);
  parts.push('</svg>', '');
  return parts.join('\n');
}

// ---------------------------------------------------------------- the page

/** The report and its timeline. */
export function renderCoverage(): { readonly markdown: string; readonly svg: string } {
  const p = defaultPolicy();
  const specs = new Map(BUILTIN_TABLES.map((s) => [s.id, s]));
  const ids = Object.keys(p.national).sort();
  const verified = ids.map((id) => (p.national[id] as TableData).verifiedThrough).sort();
  const end = verified[verified.length - 1] as string;
  const all = ids.flatMap((id) => itemsOf(p.national[id] as TableData));
  const local = Object.entries(p.local).sort(([a], [b]) => (a < b ? -1 : 1));
  const localItems = local.flatMap(([, m]) => Object.values(m.tables).flatMap(itemsOf));
  const uncertain = [...ids.map((id) => [id, 'national', p.national[id] as TableData] as const), ...local.flatMap(([d, m]) => Object.entries(m.tables).map(([id, t]) => [id, d, t] as const))]
    .flatMap(([id, where, t]) => itemsOf(t).filter((e) => e.uncertain !== undefined).map((e) => ({ id, where, from: e.from, note: e.uncertain as string, member: (e as { member?: string }).member })));
  const levels = new Map<string, number>();
  for (const e of [...all, ...localItems]) {
    const l = levelOf(e.cite) ?? 'unknown';
    levels.set(l, (levels.get(l) ?? 0) + 1);
  }
  const reg = instruments();
  const regLevels = EVIDENCE_LEVELS.map((l) => [l, reg.filter((i) => i.evidence.level === l).length] as const);
  const cal = calendarCoverage();
  const changes = nationalChanges().filter((c) => c.date >= '2004-01-01');

  const lines: string[] = [
    '---',
    'title: Coverage report',
    'group: Reference',
    '---',
    '',
    generatedBanner(SCRIPT),
    '',
    '# Coverage report',
    '',
    `What the built-in policy (\`${p.id}\`) knows, table by table, and how well each rule is sourced. Read with the`,
    '[concepts](concepts.md) page: a table answers only inside its periods and up to its `verifiedThrough`; past that you get',
    'an `UnverifiedDateError` or, on request, an answer marked unverified.',
    '',
    '## In numbers',
    '',
    table(
      ['', ''],
      [
        ['national tables', ids.length],
        ['dated entries and set members (national)', all.length],
        ['divisions with local measures', local.length],
        ['dated entries and set members (local)', localItems.length],
        ['entries with an `uncertain` note', uncertain.length],
        ['verified through', [...new Set(verified)].map((v) => `${v} (${verified.filter((x) => x === v).length} tables)`).join(', ')],
        ['instruments in the registry', reg.length],
        ['instruments by evidence level', regLevels.map(([l, n]) => `${l} ${n}`).join(', ')],
        ['citations by evidence level', [...EVIDENCE_LEVELS, 'unknown'].filter((l) => levels.has(l)).map((l) => `${l} ${levels.get(l)}`).join(', ')],
        ['working-day calendar', `${cal.from} → ${cal.to} (${cal.notices.length} State Council notices); provisional to ${cal.provisionalTo}`],
      ],
    ),
    '',
    'Evidence levels, strongest first: **official** (the official text, on the issuer’s site or an official portal),',
    '**reprint** (the full official text republished elsewhere), **press** (a press report of the instrument),',
    '**secondary** (a service guide’s paraphrase, an encyclopaedia, a lawyer’s page). A citation may carry its own level for',
    'its article; else it has its instrument’s.',
    '',
    '## When national rules changed',
    '',
    `![National rule changes by month, 2004 to ${end}](${TIMELINE_FILE})`,
    '',
    `${changes.length} changes to national tables from 2004 to ${end} (a table whose entries or members start or end on a day counts once for that day). The`,
    'busiest months:',
    '',
    table(
      ['month', 'changes', 'tables'],
      [...changes.reduce((m, c) => m.set(c.date.slice(0, 7), [...(m.get(c.date.slice(0, 7)) ?? []), c]), new Map<string, Change[]>())]
        .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
        .slice(0, 12)
        .map(([m, cs]) => [m, cs.length, [...new Set(cs.map((c) => c.table))].map(code).join(', ')]),
    ),
    '',
    '## Tables',
    '',
    'Each national table: what it holds, the periods it covers, how far it is verified, the instruments its entries cite (with',
    'their evidence levels) and how many entries carry an `uncertain` note (listed further down).',
    '',
  ];
  for (const area of AREAS) {
    const inArea = ids.filter((id) => areaOf(id) === area);
    if (inArea.length === 0) continue;
    lines.push(`### ${area.title}`, '');
    lines.push(
      table(
        ['table', 'what', 'covers', 'verified through', 'cites (evidence)', 'uncertain'],
        inArea.map((id) => {
          const t = p.national[id] as TableData;
          const spec = specs.get(id);
          return [code(id), spec?.label.en ?? '', coverage(t), t.verifiedThrough, citations(t), itemsOf(t).filter((e) => e.uncertain !== undefined).length || ''];
        }),
      ),
      '',
    );
  }

  lines.push('## Local measures', '', 'Divisions whose own measures add to or override national tables (a local value wins while in force; local set', 'members add to the national set). A measure applies to the division and to every division under it.', '');
  lines.push(
    table(
      ['division', 'name', 'tables', 'entries', 'cites (evidence)'],
      local.map(([d, m]) => {
        const ts = Object.entries(m.tables).sort(([a], [b]) => (a < b ? -1 : 1));
        return [code(d), divisionName(d), ts.map(([id]) => code(id)).join(', '), ts.reduce((n, [, t]) => n + itemsOf(t).length, 0), [...new Set(ts.map(([, t]) => citations(t)).join(', ').split(', '))].join(', ')];
      }),
    ),
    '',
  );

  lines.push('## Uncertain notes', '', 'Every entry whose figure or date is not fully settled, and why. Each can be re-read as a change set if another reading', 'is right (see [policy authoring](policy-authoring.md)).', '');
  lines.push(table(['table', 'where', 'from', 'member', 'note'], uncertain.map((u) => [code(u.id), u.where === 'national' ? 'national' : code(u.where), u.from, u.member ?? '', u.note])), '');

  lines.push('## Instruments', '', `The ${reg.length} instruments of the registry (\`instruments()\`), by id: the reference list of every citation above.`, '');
  lines.push(
    table(
      ['id', 'kind', 'number', 'title', 'issuer', 'in force', 'evidence'],
      reg.map((i) => [code(i.id), i.kind, i.number ?? '', i.title, i.issuer, i.effective ?? i.published ?? i.signed ?? '', i.url ? `[${i.evidence.level}](${i.url})` : i.evidence.level]),
    ),
    '',
  );
  return { markdown: lines.join('\n'), svg: renderTimeline(end) };
}
