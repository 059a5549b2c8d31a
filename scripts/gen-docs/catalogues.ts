/**
 * docs/catalogues.md: every id an application or a call takes — services, document actions,
 * endorsement types, channels, materials, renewal and replacement grounds, document forms — with
 * its zh-CN and en names, read from the code.
 */
import { CHANNEL_LABELS, DOCUMENT_ACTION_LABELS } from '../../src/eligibility/application-labels.js';
import {
  CHANNELS,
  DOCUMENT_ACTIONS,
  DOCUMENT_FORM_LABELS,
  DOCUMENT_FORMS,
  DOCUMENT_TYPE_LABELS,
  DOCUMENT_TYPES,
  ENDORSEMENT_CATALOGUE,
  GROUND_CODES,
  GROUND_LABELS,
  HKMO_TYPES,
  MATERIAL_IDS,
  MATERIAL_LABELS,
  TAIWAN_TYPES,
  type Label,
} from '../../src/index.js';
import { SERVICE_KEYS } from '../../src/eligibility/place-services.js';
import { code, generatedBanner, table } from './markdown.js';

const SCRIPT = 'scripts/gen-docs/catalogues.ts';

function labelOfService(key: string): Label {
  if ((DOCUMENT_TYPES as readonly string[]).includes(key)) return DOCUMENT_TYPE_LABELS[key as (typeof DOCUMENT_TYPES)[number]];
  const [area, type] = key.split('.') as ['hkmo' | 'taiwan', string];
  const entry = (ENDORSEMENT_CATALOGUE[area] as Readonly<Record<string, { readonly label: Label }>>)[type];
  if (entry === undefined) throw new Error(`no catalogue entry for ${key}`);
  const where = area === 'hkmo' ? { 'zh-CN': '往来港澳', en: 'HK/Macau' } : { 'zh-CN': '往来台湾', en: 'Taiwan' };
  return { 'zh-CN': `${where['zh-CN']}${entry.label['zh-CN']}签注`, en: `${where.en} ${entry.label.en} endorsement` };
}

function howWritten(key: string): string {
  if ((DOCUMENT_TYPES as readonly string[]).includes(key)) return code(`{ kind: 'document', document: '${key}', action }`);
  const [area, type] = key.split('.') as [string, string];
  return area === 'hkmo'
    ? `${code(`{ kind: 'endorsement', destination: 'hong-kong', type: '${type}' }`)} (or \`'macau'\`)`
    : code(`{ kind: 'endorsement', destination: 'taiwan', type: '${type}' }`);
}

function labelled<K extends string>(ids: readonly K[], labels: Readonly<Record<K, Label>>): string[][] {
  return ids.map((id) => {
    const l = labels[id];
    if (l === undefined) throw new Error(`no label for ${id}`);
    return [code(id), l['zh-CN'], l.en];
  });
}

function endorsementRows(area: 'hkmo' | 'taiwan', types: readonly string[]): string[][] {
  const cat = ENDORSEMENT_CATALOGUE[area] as Readonly<Record<string, { readonly letter: string | null; readonly label: Label; readonly uncertain?: string }>>;
  return types.map((t) => {
    const e = cat[t];
    if (e === undefined) throw new Error(`no catalogue entry for ${area}.${t}`);
    return [code(t), e.letter ?? '—', e.label['zh-CN'], e.label.en, e.uncertain ?? ''];
  });
}

/** The page. */
export function renderCatalogues(): string {
  return [
    '---',
    'title: Catalogues',
    'group: Reference',
    '---',
    '',
    generatedBanner(SCRIPT),
    '',
    '# Catalogues',
    '',
    'Every id an application or a call takes, with its Chinese and English names, as the code holds them. An id not listed',
    'here is refused (a `ValidationError` naming the nearest ids). The [concepts](concepts.md) page says how the pieces fit.',
    '',
    'The same names are exported for your forms and screens: `DOCUMENT_TYPE_LABELS`, `ENDORSEMENT_CATALOGUE`,',
    '`DOCUMENT_ACTION_LABELS`, `CHANNEL_LABELS`, `MATERIAL_LABELS`, `GROUND_LABELS` and `DOCUMENT_FORM_LABELS`.',
    '',
    '## Services',
    '',
    `The ${SERVICE_KEYS.length} service kinds the rules speak of (the place, channel and kiosk tables key them so). Hong Kong and`,
    'Macau endorsements share their rules; in an application the destination is named.',
    '',
    table(['service kind', '中文', 'English', 'in an application'], SERVICE_KEYS.map((k) => { const l = labelOfService(k); return [code(k), l['zh-CN'], l.en, howWritten(k)]; })),
    '',
    '## Document actions',
    '',
    'What is done with a document (`action` of a document service).',
    '',
    table(['action', '中文', 'English'], labelled(DOCUMENT_ACTIONS, DOCUMENT_ACTION_LABELS)),
    '',
    '## Endorsement types',
    '',
    'Endorsements (签注) on the Hong Kong/Macau permit and on the Taiwan permit: the `type` of an endorsement service, the',
    'letter printed on the permit, and what is not confirmed about it.',
    '',
    '### Hong Kong and Macau (往来港澳通行证签注)',
    '',
    table(['type', 'letter', '中文', 'English', 'not confirmed'], endorsementRows('hkmo', HKMO_TYPES)),
    '',
    '### Taiwan (往来台湾通行证签注)',
    '',
    table(['type', 'letter', '中文', 'English', 'not confirmed'], endorsementRows('taiwan', TAIWAN_TYPES)),
    '',
    '## Channels',
    '',
    'How the application reaches the office (`channel`). Which channel is open for which service, where and since when, is',
    'policy data (see the [coverage report](coverage.md)).',
    '',
    table(['channel', '中文', 'English'], labelled(CHANNELS, CHANNEL_LABELS)),
    '',
    '## Materials',
    '',
    `The ${MATERIAL_IDS.length} material ids of \`materials\` (what the applicant brings or the office records).`,
    '',
    table(['material', '中文', 'English'], labelled(MATERIAL_IDS, MATERIAL_LABELS)),
    '',
    '## Renewal and replacement grounds',
    '',
    'The `ground` of a renewal (换发) or replacement (补发). Which grounds a document accepts on a date is policy data',
    '(`renewalGrounds`, `replacementGrounds`).',
    '',
    table(['ground', '中文', 'English'], labelled(GROUND_CODES, GROUND_LABELS)),
    '',
    '## Document forms',
    '',
    'The form a document is issued in (`validity.form` of a result, `form` of a permit held).',
    '',
    table(['form', '中文', 'English'], labelled(DOCUMENT_FORMS, DOCUMENT_FORM_LABELS)),
    '',
  ].join('\n');
}
