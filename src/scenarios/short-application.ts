/**
 * The short form of an application that scenario files use: say what matters to the case and
 * let the rest default. The applicant's identity number is made from the hukou code and the
 * birth date; services are written `passport`, `passport:renewal`, `hong-kong:G:12:single`; the
 * office defaults to the hukou's city; an endorsement without a permit gets a valid card permit
 * held; the materials default to every material of the catalogue.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type Application, CHANNELS, URGENT_GROUNDS } from '../eligibility/application.js';
import { MATERIAL_IDS } from '../eligibility/materials-catalogue.js';
import { DESTINATIONS } from '../documents/endorsements/catalogue.js';
import { DOCUMENT_TYPES } from '../documents/document-types.js';
import { civilDateSchema } from '../rules/period.js';
import { civilFromDays, daysFromCivil, formatCivilDate, parseCivilDate } from '../rules/civil-date.js';
import { readDateOrInstant } from '../rules/instant.js';
import type { Locale } from '../rules/errors.js';
import { parseOrThrow } from '../rules/zod-issues.js';
import { localeOption } from '../rules/locale-option.js';
import { prefectureCodeOf } from '../rules/divisions.js';
import { residentIdFor } from '../testing/resident-id.js';

/** A division code, also as a YAML number (`510100` unquoted). */
const code = /* @__PURE__ */ z.union([/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code')), /* @__PURE__ */ z.pipe(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(100000), /* @__PURE__ */ z.lte(999999)), /* @__PURE__ */ z.transform(String))]);

/** `passport`, `passport:renewal`, `hong-kong:G`, `hong-kong:G:12`, `hong-kong:G:12:double`. */
const SERVICE_TEXT = /^([a-z-]+)(?::([A-Za-z]+|[a-z-]+))?(?::(\d+))?(?::(single|double|multi))?$/;

/**
 * Schema of the short form (see the module note). Anything the full application takes may be
 * given as well (`existingDocuments`, `urgent`, the applicant's facts …): it is passed through
 * and checked by `parseApplication`.
 *
 * @example
 * ```ts
 * shortApplicationSchema.parse({ applicant: { hukou: '510104', birthDate: '1990-03-15' }, services: ['hkmo-permit', 'hong-kong:G:12:single'], acceptedAt: '2025-01-24T10:00:00+08:00' });
 * ```
 */
export const shortApplicationSchema = /* @__PURE__ */ z.strictObject({
  applicant: /* @__PURE__ */ z.catchall(
    /* @__PURE__ */ z.object({
      hukou: code,
      birthDate: /* @__PURE__ */ z.optional(civilDateSchema),
      sex: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['male', 'female'])),
      residentId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    }),
    /* @__PURE__ */ z.unknown(),
  ),
  services: /* @__PURE__ */ z.array(/* @__PURE__ */ z.union([/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(SERVICE_TEXT, 'expected passport, passport:renewal, hong-kong:G or hong-kong:G:12:single')), /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())])).check(/* @__PURE__ */ z.minLength(1)),
  office: /* @__PURE__ */ z.optional(code),
  // checked by parseApplication, which says precisely what is wrong with it
  acceptedAt: /* @__PURE__ */ z.string(),
  channel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(CHANNELS)),
  delivery: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['collect', 'post'])),
  materials: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.union([/* @__PURE__ */ z.literal('complete'), /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()), /* @__PURE__ */ z.strictObject({ missing: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.minLength(1)) })])),
  held: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.union([/* @__PURE__ */ z.enum(['passport', 'hkmo-permit', 'taiwan-permit']), /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())]))),
  existingDocuments: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown())),
  urgent: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ ground: /* @__PURE__ */ z.enum(URGENT_GROUNDS), evidence: /* @__PURE__ */ z.boolean() })),
}).check(/* @__PURE__ */ z.refine((a) => a.applicant.residentId !== undefined || a.applicant.birthDate !== undefined, { message: 'give the applicant a birthDate (or a residentId)', path: ['applicant', 'birthDate'] }));

/**
 * An application in the short form.
 *
 * @example
 * ```ts
 * const s: ShortApplication = { applicant: { hukou: '110105', birthDate: '1985-06-01' }, services: ['passport'], acceptedAt: '2019-07-01' };
 * ```
 */
export type ShortApplication = z.input<typeof shortApplicationSchema>;

function service(s: string | Record<string, unknown>): unknown {
  if (typeof s !== 'string') return s;
  const m = SERVICE_TEXT.exec(s) as RegExpExecArray;
  const [, head, second, months, entries] = m;
  if ((DESTINATIONS as readonly string[]).includes(head as string)) {
    const out: Record<string, unknown> = { kind: 'endorsement', destination: head, type: second };
    if (months !== undefined) out['option'] = { validityMonths: Number(months), entries: entries ?? 'single' };
    return out;
  }
  if ((DOCUMENT_TYPES as readonly string[]).includes(head as string)) return { kind: 'document', document: head, action: second ?? 'first-issue' };
  return { kind: head }; // not a service: parseApplication says so
}

const PERMIT_OF: Readonly<Record<string, string>> = { 'hong-kong': 'hkmo-permit', macau: 'hkmo-permit', taiwan: 'taiwan-permit' };

/** A valid card (or e-passport) issued a year before `day`, for ten years (to the day before the anniversary). */
function heldDocument(type: string, day: string): Record<string, unknown> {
  const issuedDay = parseCivilDate(day) - 365;
  const [y, m, d] = civilFromDays(issuedDay);
  const expires = daysFromCivil(y + 10, m, m === 2 && d === 29 ? 28 : d) - 1;
  return { type, form: type === 'passport' ? 'electronic-booklet' : 'card', issued: formatCivilDate(issuedDay), expires: formatCivilDate(expires) };
}

/**
 * The full application of a short form (the application itself is not yet validated:
 * `parseApplication` checks it).
 *
 * @throws `ValidationError` listing every problem (in `options.locale`) when `short` does not
 * match `shortApplicationSchema`.
 * @example
 * ```ts
 * expandShortApplication({ applicant: { hukou: '510104', birthDate: '1990-03-15' }, services: ['passport'], acceptedAt: '2025-01-24' });
 * // { applicant: { residentId: '510104199003151237', hukou: '510104' }, services: [{ kind: 'document', document: 'passport', action: 'first-issue' }], office: { division: '510100' }, … }
 * ```
 */
export function expandShortApplication(short: ShortApplication, options: { readonly locale?: Locale } = {}): Application {
  const locale = localeOption(options);
  const parsed = parseOrThrow(shortApplicationSchema, short, { 'zh-CN': '简写申请无效', en: 'Invalid short application' }, locale);
  return expandParsedShortApplication(parsed);
}

/**
 * {@link expandShortApplication} of a short form that has passed `shortApplicationSchema`.
 *
 * @internal
 * @example
 * ```ts
 * expandParsedShortApplication(shortApplicationSchema.parse({ applicant: { hukou: '510104', birthDate: '1990-03-15' }, services: ['passport'], acceptedAt: '2025-01-24' }));
 * ```
 */
export function expandParsedShortApplication(short: z.output<typeof shortApplicationSchema>): Application {
  const { hukou, birthDate, sex, residentId, ...facts } = short.applicant;
  const services = short.services.map(service);
  let acceptedOn: string | undefined;
  try {
    acceptedOn = readDateOrInstant(short.acceptedAt).date;
  } catch {
    acceptedOn = undefined; // parseApplication will say what is wrong
  }
  const existing: unknown[] = [...(short.existingDocuments ?? [])];
  for (const h of short.held ?? []) existing.push(typeof h === 'string' ? (acceptedOn ? heldDocument(h, acceptedOn) : { type: h }) : h);
  if (acceptedOn) {
    for (const s of services as { kind?: string; destination?: string; document?: string }[]) {
      if (s.kind !== 'endorsement' || s.destination === undefined) continue;
      const permit = PERMIT_OF[s.destination];
      const has = existing.some((d) => (d as { type?: string }).type === permit) || (services as { kind?: string; document?: string }[]).some((t) => t.kind === 'document' && t.document === permit);
      if (permit && !has) existing.push(heldDocument(permit, acceptedOn));
    }
  }
  let office = short.office;
  if (office === undefined) {
    try {
      office = prefectureCodeOf(hukou) ?? hukou;
    } catch {
      office = hukou;
    }
  }
  const m = short.materials ?? 'complete';
  const materials = m === 'complete' ? [...MATERIAL_IDS] : Array.isArray(m) ? m : MATERIAL_IDS.filter((x) => !m.missing.includes(x));
  const app: Record<string, unknown> = {
    applicant: { residentId: residentId ?? residentIdFor(hukou, birthDate as string, sex ?? 'male', 61), hukou, ...facts },
    services,
    existingDocuments: existing,
    channel: short.channel ?? 'hall-window',
    office: { division: office },
    materials,
    delivery: short.delivery ?? 'collect',
    acceptedAt: short.acceptedAt,
  };
  if (short.urgent) app['urgent'] = short.urgent;
  return app as Application;
}
