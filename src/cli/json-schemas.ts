/**
 * The JSON Schemas churujing publishes (also as static files, `churujing/schemas/<name>.json`,
 * written at build time by scripts/generate-schemas.mjs from these functions): the inputs a form,
 * another language or an editor may want to check before calling the library.
 *
 * @module
 */
import * as z from 'zod/mini';
import { deadlineInputSchema } from '../deadlines/compute-deadline.js';
import { applicationJsonSchema } from '../eligibility/application.js';
import { feeQuoteInputSchema } from '../fees/quote-fees.js';
import { changeSchema, policyJsonSchema } from '../rules/policy.js';
import { scenarioJsonSchema } from '../scenarios/scenario-schema.js';

/** The names of the schemas, as `churujing schema <name>` and the file names take them. */
export const JSON_SCHEMA_NAMES = ['application', 'policy', 'change-set', 'scenario', 'fee-quote', 'deadline'] as const;

/** A schema name. */
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number];

const ID_BASE = 'https://unpkg.com/churujing/dist/schemas/';

/** A JSON Schema with its `$id` and title. */
function titled(name: JsonSchemaName, title: string, schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema', $id: `${ID_BASE}${name}.json`, title, ...rest };
}

/** The JSON Schema of one input. */
export function jsonSchemaOf(name: JsonSchemaName): Record<string, unknown> {
  switch (name) {
    case 'application':
      return titled(name, 'churujing application (evaluate input)', applicationJsonSchema());
    case 'policy':
      return titled(name, 'churujing policy (churujing.policy/1)', policyJsonSchema());
    case 'change-set':
      return titled(name, 'churujing what-if change set', z.toJSONSchema(z.array(changeSchema), { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>);
    case 'scenario':
      return titled(name, 'churujing scenario file (churujing.scenarios/1)', scenarioJsonSchema());
    case 'fee-quote':
      return titled(name, 'churujing fee quote input (quoteFees)', z.toJSONSchema(feeQuoteInputSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>);
    case 'deadline':
      return titled(name, 'churujing deadline input (computeDeadline)', z.toJSONSchema(deadlineInputSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>);
  }
}
