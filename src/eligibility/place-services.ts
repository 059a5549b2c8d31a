/**
 * What is applied for, reduced to the keys the place, channel and kiosk tables speak of: a
 * document (`passport`, `hkmo-permit`, …) or an endorsement (`hkmo.G`, `taiwan.L`, …), with its
 * action. And the places the rules speak of: the city (prefecture-level division, or the
 * city-level code of a municipality) and the province of a GB/T 2260 code.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type CivilDate, civilFromDays, daysFromCivil, daysInMonth, formatCivilDate, parseCivilDate } from '../rules/civil-date.js';
import { isDivisionCode, prefectureCodeOf } from '../rules/divisions.js';
import { DOCUMENT_TYPES, type DocumentType } from '../documents/document-types.js';

/** HK/Macau endorsement types (the catalogue of `src/documents/endorsements`). */
const HKMO = ['T', 'S', 'L', 'G', 'Q', 'D', 'talent'] as const;
/** Taiwan endorsement types. */
const TAIWAN = ['L', 'G', 'T', 'D', 'J', 'Y', 'F', 'X', 'C', 'Q'] as const;

/**
 * The endorsement types of HK/Macau, as a service names them.
 *
 * @example
 * ```ts
 * HKMO_SERVICE_TYPES.includes('talent'); // true
 * ```
 */
export const HKMO_SERVICE_TYPES: readonly string[] = HKMO;

/**
 * The endorsement types of Taiwan, as a service names them.
 *
 * @example
 * ```ts
 * TAIWAN_SERVICE_TYPES.includes('J'); // true
 * ```
 */
export const TAIWAN_SERVICE_TYPES: readonly string[] = TAIWAN;

/**
 * Every service key: a document type, `hkmo.<type>` for an HK/Macau endorsement (either
 * destination: Hong Kong and Macau share the rules) or `taiwan.<type>` for a Taiwan one.
 *
 * @example
 * ```ts
 * SERVICE_KEYS.includes('hkmo.G'); // true
 * ```
 */
export const SERVICE_KEYS = /* @__PURE__ */ (() => [...DOCUMENT_TYPES, ...HKMO.map((t) => `hkmo.${t}` as const), ...TAIWAN.map((t) => `taiwan.${t}` as const)] as const)();

/**
 * A service key (see {@link SERVICE_KEYS}).
 *
 * @example
 * ```ts
 * const k: ServiceKey = 'taiwan.L';
 * ```
 */
export type ServiceKey = (typeof SERVICE_KEYS)[number];

/**
 * Schema of a {@link ServiceKey}.
 *
 * @example
 * ```ts
 * serviceKeySchema.parse('hkmo.S');
 * ```
 */
export const serviceKeySchema = /* @__PURE__ */ z.enum(SERVICE_KEYS);

/**
 * What is done with a document: first issue (首次申请, also a new document after the old one
 * lapsed), renewal (换发) or replacement (补发). For an endorsement, `first-issue` means one
 * applied for together with a first-issue permit, and `renewal` a re-endorsement (再次签注) on a
 * permit already held.
 *
 * @example
 * ```ts
 * const a: ServiceAction = 'renewal';
 * ```
 */
export type ServiceAction = 'first-issue' | 'renewal' | 'replacement';

/**
 * Every action.
 *
 * @example
 * ```ts
 * SERVICE_ACTIONS.length; // 3
 * ```
 */
export const SERVICE_ACTIONS = ['first-issue', 'renewal', 'replacement'] as const satisfies readonly ServiceAction[];

/**
 * Endorsement destinations.
 *
 * @example
 * ```ts
 * const d: EndorsementDestination = 'macau';
 * ```
 */
export type EndorsementDestination = 'hong-kong' | 'macau' | 'taiwan';

/**
 * A GB/T 2260 code of a province, a prefecture, or a county under a known prefecture.
 *
 * @example
 * ```ts
 * placeDivisionSchema.parse('510104'); // a Chengdu district
 * ```
 */
export const placeDivisionSchema = /* @__PURE__ */ z
  .string().check(/* @__PURE__ */ z.regex(/^\d{6}$/, { message: 'expected a six-digit GB/T 2260 code', abort: true }), /* @__PURE__ */ z.refine(isPlaceCode, 'not a known GB/T 2260 division (province, prefecture, or county under a known prefecture)'));

/**
 * Schema of the service asked for: a document with its action, or an endorsement (destination,
 * type, optionally the number of entries and a city regime id such as `shenzhen.multi`).
 *
 * @example
 * ```ts
 * serviceSchema.parse({ kind: 'document', document: 'passport', action: 'first-issue' });
 * serviceSchema.parse({ kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', regime: 'shenzhen.multi' } });
 * ```
 */
export const serviceSchema = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.enum(['document', 'endorsement']),
  document: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(DOCUMENT_TYPES)),
  action: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(SERVICE_ACTIONS)),
  endorsement: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({
    destination: /* @__PURE__ */ z.enum(['hong-kong', 'macau', 'taiwan']),
    type: /* @__PURE__ */ z.enum(['T', 'S', 'L', 'G', 'Q', 'D', 'talent', 'J', 'Y', 'F', 'X', 'C']),
    entries: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['single', 'double', 'multi'])),
    regime: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z0-9.-]+$/))),
  })),
}).check(/* @__PURE__ */ z.superRefine((s, ctx) => {
    if (s.kind === 'document' && s.document === undefined) ctx.addIssue({ code: 'custom', path: ['document'], message: 'a document service names its document' });
    if (s.kind === 'document' && s.endorsement !== undefined) ctx.addIssue({ code: 'custom', path: ['endorsement'], message: 'a document service has no endorsement' });
    if (s.kind === 'endorsement' && s.endorsement === undefined) ctx.addIssue({ code: 'custom', path: ['endorsement'], message: 'an endorsement service names its endorsement' });
    if (s.kind === 'endorsement' && s.document !== undefined) ctx.addIssue({ code: 'custom', path: ['document'], message: 'an endorsement service has no document' });
    const e = s.endorsement;
    if (e) {
      const ok = e.destination === 'taiwan' ? (TAIWAN as readonly string[]).includes(e.type) : (HKMO as readonly string[]).includes(e.type);
      if (!ok) ctx.addIssue({ code: 'custom', path: ['endorsement', 'type'], message: `${e.type} is not an endorsement type for ${e.destination}` });
      if (e.regime !== undefined && !(e.destination !== 'taiwan' && e.type === 'G')) {
        ctx.addIssue({ code: 'custom', path: ['endorsement', 'regime'], message: 'city regimes exist only for HK/Macau individual-visit (G) endorsements' });
      }
    }
  }));

/**
 * The service asked for (see `serviceSchema`). `action` defaults to `first-issue` for a
 * document and to `renewal` (a re-endorsement) for an endorsement.
 *
 * @example
 * ```ts
 * const s: Service = { kind: 'endorsement', endorsement: { destination: 'taiwan', type: 'L' } };
 * ```
 */
export interface Service {
  readonly kind: 'document' | 'endorsement';
  readonly document?: DocumentType | undefined;
  readonly action?: ServiceAction | undefined;
  readonly endorsement?:
    | {
        readonly destination: EndorsementDestination;
        readonly type: string;
        readonly entries?: 'single' | 'double' | 'multi' | undefined;
        readonly regime?: string | undefined;
      }
    | undefined;
}

/**
 * The key of a service and its action (with the defaults applied).
 *
 * @example
 * ```ts
 * serviceKeyOf({ kind: 'endorsement', endorsement: { destination: 'macau', type: 'G' } }); // { key: 'hkmo.G', action: 'renewal' }
 * ```
 */
export function serviceKeyOf(service: Service): { readonly key: ServiceKey; readonly action: ServiceAction } {
  if (service.kind === 'document') return { key: (service.document ?? 'passport') as ServiceKey, action: service.action ?? 'first-issue' };
  const e = service.endorsement;
  const prefix = e?.destination === 'taiwan' ? 'taiwan' : 'hkmo';
  return { key: `${prefix}.${e?.type ?? 'L'}` as ServiceKey, action: service.action ?? 'renewal' };
}

const HKMO_KEYS: ReadonlyMap<string, ServiceKey> = /* @__PURE__ */ new Map(/* @__PURE__ */ HKMO.map((t) => [t, `hkmo.${t}` as const]));
const TAIWAN_KEYS: ReadonlyMap<string, ServiceKey> = /* @__PURE__ */ new Map(/* @__PURE__ */ TAIWAN.map((t) => [t, `taiwan.${t}` as const]));

/**
 * The key of a service, as {@link serviceKeyOf} gives it, without building an object or a
 * string for the known endorsement types (for the fast paths).
 *
 * @internal
 * @example
 * ```ts
 * serviceKeyFast({ kind: 'endorsement', endorsement: { destination: 'macau', type: 'G' } }); // 'hkmo.G'
 * ```
 */
export function serviceKeyFast(service: Service): ServiceKey {
  if (service.kind === 'document') return (service.document ?? 'passport') as ServiceKey;
  const e = service.endorsement;
  const type = e?.type ?? 'L';
  const taiwan = e?.destination === 'taiwan';
  return (taiwan ? TAIWAN_KEYS : HKMO_KEYS).get(type) ?? (`${taiwan ? 'taiwan' : 'hkmo'}.${type}` as ServiceKey);
}

/**
 * The action of a service, as {@link serviceKeyOf} gives it (with its default).
 *
 * @internal
 * @example
 * ```ts
 * serviceActionOf({ kind: 'document', document: 'passport' }); // 'first-issue'
 * ```
 */
export function serviceActionOf(service: Service): ServiceAction {
  return service.action ?? (service.kind === 'document' ? 'first-issue' : 'renewal');
}

/**
 * Whether `code` is a known province or prefecture, or a county-level code under one.
 *
 * @example
 * ```ts
 * isPlaceCode('440304'); // true
 * isPlaceCode('449999'); // false
 * ```
 */
export function isPlaceCode(code: unknown): code is string {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return false;
  if (isDivisionCode(code)) return true;
  try {
    prefectureCodeOf(code);
    return true;
  } catch {
    return false;
  }
}

const MUNICIPALITIES = /* @__PURE__ */ new Set(['110000', '120000', '310000', '500000']);

/** Cities already worked out (the division catalogue is fixed; unknown codes throw and are not kept). */
const CITY_OF = new Map<string, string>();

/**
 * The city of a known code: its prefecture-level division; a municipality is its city-level
 * code (110000 → 110100); a county administered by its province directly is its own city.
 *
 * @example
 * ```ts
 * cityCodeOf('510704'); // '510700' (a Mianyang district)
 * cityCodeOf('110105'); // '110100'
 * ```
 */
export function cityCodeOf(code: string): string {
  const known = CITY_OF.get(code);
  if (known !== undefined) return known;
  const city = MUNICIPALITIES.has(code) ? `${code.slice(0, 2)}0100` : (prefectureCodeOf(code) ?? code);
  if (CITY_OF.size >= 16384) CITY_OF.clear();
  CITY_OF.set(code, city);
  return city;
}


/**
 * The province of a known code (its first two digits).
 *
 * @example
 * ```ts
 * provinceOfCode('510704'); // '510000'
 * ```
 */
export function provinceOfCode(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/**
 * An area where an office may accept an application: one city, one province, or anywhere.
 *
 * @example
 * ```ts
 * const a: Area = { scope: 'province', division: '510000' };
 * ```
 */
export type Area = { readonly scope: 'city' | 'province'; readonly division: string } | { readonly scope: 'anywhere' };

/**
 * Whether a place lies in an area.
 *
 * @example
 * ```ts
 * isInArea('510104', { scope: 'province', division: '510000' }); // true
 * isInArea('510104', { scope: 'city', division: '510700' });     // false
 * ```
 */
export function isInArea(code: string, area: Area): boolean {
  if (area.scope === 'anywhere') return true;
  return area.scope === 'city' ? cityCodeOf(code) === area.division : provinceOfCode(code) === area.division;
}

/**
 * The day `months` calendar months after `date`, the same day of the month, or the month's
 * last day when it has no such day (2024-01-31 + 1 month = 2024-02-29): the rounding used for
 * "resided N months" (居住满N个月) and "social insurance for N months".
 *
 * @example
 * ```ts
 * addMonthsClamped('2023-03-31', 11); // '2024-02-29'
 * ```
 */
export function addMonthsClamped(date: CivilDate, months: number): CivilDate {
  const [y, m, d] = civilFromDays(parseCivilDate(date));
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  return formatCivilDate(daysFromCivil(ty, tm, Math.min(d, daysInMonth(ty, tm))));
}
