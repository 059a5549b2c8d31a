/**
 * A small HTTP service around churujing, as a government portal or an agency's back office would
 * run it (docs/portal.md walks through it):
 *
 * - `POST /evaluate`        an application → the whole decision (`evaluate`)
 * - `POST /fees/quote`      items, date, office → the fee quote (`quoteFees`)
 * - `POST /deadline`        a start and a rule → the due date, explained (`computeDeadline`)
 * - `GET  /calendar/:date`  one day: working or not, and why (`describeDay`)
 * - `GET  /calendar/:date/plus/:days`  the n-th working day after a date (`addWorkingDays`)
 * - `GET  /schemas/:name`   the JSON Schemas of the inputs, for form builders
 * - `GET  /instruments/:id` one cited instrument (`instruments()`)
 *
 * Fastify validates each request against churujing's JSON Schemas (the same files a form builder
 * gets from `/schemas`) and serialises the error and calendar answers from their schemas. What a
 * schema cannot say — a check digit, a division code in force on the day, a real calendar date —
 * churujing checks; every 400 lists every problem, in zh-CN or en (`?lang=`, else the
 * Accept-Language header, else zh-CN).
 *
 * In your own project, import from 'churujing' and read the schemas from
 * 'churujing/schemas/<name>.json'; this example imports the repository's sources.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifySchemaCompiler } from 'fastify';
import {
  ChurujingError,
  InvalidDateError,
  ValidationError,
  addWorkingDays,
  computeDeadline,
  describeDay,
  evaluate,
  instruments,
  provisionalYears,
  quoteFees,
  type Issue,
  type Locale,
} from '../../src/index.js';
import { JSON_SCHEMA_NAMES, jsonSchemaOf, type JsonSchemaName } from '../../src/cli/json-schemas.js';

/** Reads `?lang=`, then Accept-Language (by q-value), else zh-CN: the locale of error messages. */
export function localeOf(request: FastifyRequest): Locale {
  const lang = (request.query as { lang?: unknown } | undefined)?.lang;
  if (lang === 'en' || lang === 'zh-CN') return lang;
  const header = request.headers['accept-language'] ?? '';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? '1');
      return { tag, q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  }
  return 'zh-CN';
}

/** The body of every 400 and 422: a code, a summary and every issue, in one locale. */
const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['error', 'message', 'issues'],
  properties: {
    error: { type: 'string' },
    message: { type: 'string' },
    issues: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'code', 'message'],
        properties: { path: { type: 'array', items: { type: ['string', 'number'] } }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const;

/** `describeDay`'s answer, as the response schema that serialises it (the test checks nothing is dropped). */
const OPEN = { type: 'object', additionalProperties: true } as const;
const DAY_SCHEMA = {
  type: 'object',
  required: ['date', 'working', 'kind'],
  properties: {
    date: { type: 'string' },
    working: { type: 'boolean' },
    kind: { enum: ['workday', 'weekend', 'holiday', 'make-up-workday'] },
    holiday: { type: 'object', properties: { key: { type: 'string' }, 'zh-CN': { type: 'string' }, en: { type: 'string' } } },
    notice: { type: 'object', properties: { id: { type: 'string' }, year: { type: 'integer' }, cite: OPEN } },
    provisional: { type: 'boolean' },
    publishedThrough: { type: 'string' },
    assumed: { type: 'array', items: OPEN },
  },
} as const;

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const LANG = { type: 'object', properties: { lang: { enum: ['zh-CN', 'en'] }, beyondCalendar: { enum: ['error', 'provisional'] } }, additionalProperties: false } as const;

function problem(reply: FastifyReply, status: number, error: string, message: string, issues: readonly { path: readonly (string | number)[]; code: string; message: string }[]) {
  return reply.code(status).send({ error, message, issues });
}

/** A churujing error as a problem body in the request's locale: every issue, identity numbers masked. */
function sendChurujingError(reply: FastifyReply, e: ChurujingError, locale: Locale) {
  const status = e instanceof ValidationError || e instanceof InvalidDateError ? 400 : 422;
  const issues = e.issues.map((i: Issue) => ({ path: i.path.map((k) => (typeof k === 'symbol' ? String(k) : k)), code: i.code, message: i.messages?.[locale] ?? i.message }));
  return problem(reply, status, e.code, e.messageIn(locale), issues);
}

/**
 * The service. Routes answer with churujing's results as they are (plain JSON); options are read
 * from the query string (`beyondCalendar=provisional`), the locale of errors from `lang` or
 * Accept-Language.
 */
export async function buildServer(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });

  // churujing's schemas are JSON Schema 2020-12: compile them with ajv's 2020 class. Bodies are
  // taken as sent (no coercion, no removal of unknown keys: churujing refuses those, and says so);
  // path and query strings are coerced to the types their schemas name.
  const strict = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const coercing = new Ajv2020({ allErrors: true, strict: false, validateFormats: false, coerceTypes: true });
  const compile: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? strict : coercing;
    const { $id: _id, ...rest } = schema as Record<string, unknown>;
    return ajv.compile(rest) as ReturnType<FastifySchemaCompiler<unknown>>;
  };
  app.setValidatorCompiler(compile);

  // A request the schema refuses is still read by churujing, which lists every problem in both
  // locales (a superset of what the schema finds); the schema's own errors are the fallback.
  app.setErrorHandler((error, request, reply) => {
    const locale = localeOf(request);
    if (error instanceof ChurujingError) return sendChurujingError(reply, error, locale);
    const validation = (error as { validation?: readonly { instancePath: string; keyword: string; message?: string }[] }).validation;
    if (validation) {
      const part = (error as { validationContext?: string }).validationContext ?? 'body';
      const issues = validation.map((v) => ({ path: [part, ...v.instancePath.split('/').filter(Boolean)], code: `schema.${v.keyword}`, message: v.message ?? v.keyword }));
      return problem(reply, 400, 'invalid-input', locale === 'zh-CN' ? `请求有误（${issues.length}个问题）` : `Invalid request (${issues.length} problem${issues.length === 1 ? '' : 's'})`, issues);
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    return problem(reply, status, status >= 500 ? 'internal' : 'bad-request', (error as Error).message, []);
  });

  /** Runs `call`; a body the schema refused but churujing accepts is answered with the schema's errors. */
  const answer = <T>(request: FastifyRequest, call: (locale: Locale) => T): T => {
    const result = call(localeOf(request));
    if (request.validationError) throw request.validationError;
    return result;
  };
  const beyond = (request: FastifyRequest) => ((request.query as { beyondCalendar?: 'error' | 'provisional' }).beyondCalendar === 'provisional' ? ({ beyondCalendar: 'provisional' } as const) : {});
  const errors = { 400: PROBLEM_SCHEMA, 422: PROBLEM_SCHEMA } as const;

  app.post('/evaluate', { attachValidation: true, schema: { body: jsonSchemaOf('application'), querystring: LANG, response: errors } }, async (request) =>
    answer(request, (locale) => evaluate(request.body as Parameters<typeof evaluate>[0], { locale, ...beyond(request) })),
  );

  app.post('/fees/quote', { attachValidation: true, schema: { body: jsonSchemaOf('fee-quote'), querystring: LANG, response: errors } }, async (request) =>
    answer(request, (locale) => quoteFees(request.body as Parameters<typeof quoteFees>[0], { locale })),
  );

  app.post('/deadline', { attachValidation: true, schema: { body: jsonSchemaOf('deadline'), querystring: LANG, response: errors } }, async (request) =>
    answer(request, (locale) => computeDeadline({ ...(request.body as Parameters<typeof computeDeadline>[0]), locale, ...beyond(request) })),
  );

  const dayParams = { type: 'object', properties: { date: DATE }, required: ['date'] } as const;
  app.get('/calendar/:date', { attachValidation: true, schema: { params: dayParams, querystring: LANG, response: { 200: DAY_SCHEMA, ...errors } } }, async (request) =>
    answer(request, (locale) => {
      const { date } = request.params as { date: string };
      return beyond(request).beyondCalendar === 'provisional' ? describeDay(date, { locale, beyondCalendar: provisionalYears }) : describeDay(date, { locale });
    }),
  );

  const plusParams = { type: 'object', properties: { date: DATE, days: { type: 'integer', minimum: -3660, maximum: 3660 } }, required: ['date', 'days'] } as const;
  app.get('/calendar/:date/plus/:days', { attachValidation: true, schema: { params: plusParams, querystring: LANG, response: errors } }, async (request) =>
    answer(request, (locale) => {
      const { date, days } = request.params as { date: string; days: number };
      if (beyond(request).beyondCalendar !== 'provisional') return { date, days, result: addWorkingDays(date, days, { locale }), provisional: false };
      const r = addWorkingDays(date, days, { locale, beyondCalendar: provisionalYears });
      return { date, days, result: r.value, provisional: r.provisional };
    }),
  );

  app.get('/schemas', async () => JSON_SCHEMA_NAMES.map((name) => ({ name, url: `/schemas/${name}` })));
  app.get('/schemas/:name', { schema: { params: { type: 'object', properties: { name: { enum: [...JSON_SCHEMA_NAMES] } }, required: ['name'] }, response: errors } }, async (request, reply) => {
    reply.type('application/schema+json');
    return jsonSchemaOf((request.params as { name: JsonSchemaName }).name);
  });

  const byId = new Map(instruments().map((i) => [i.id, i]));
  app.get('/instruments/:id', async (request, reply) => {
    const id = (request.params as { id: string }).id;
    const found = byId.get(id);
    if (found !== undefined) return found;
    const locale = localeOf(request);
    return problem(reply, 404, 'unknown-instrument', locale === 'zh-CN' ? `没有编号为${JSON.stringify(id)}的文件` : `No instrument with id ${JSON.stringify(id)}`, []);
  });

  return app;
}
