/** `churujing schema <name>`: print a JSON Schema. @module */
import type { Command } from '../context.js';
import { InputProblem } from '../input.js';
import { JSON_SCHEMA_NAMES, type JsonSchemaName, jsonSchemaOf } from '../json-schemas.js';

export const schemaCommand: Command = {
  name: 'schema',
  summary: `print a JSON Schema: ${JSON_SCHEMA_NAMES.join(', ')}`,
  usage: `churujing schema <${JSON_SCHEMA_NAMES.join('|')}>`,
  example: 'churujing schema scenario > scenario.schema.json',
  options: {},
  optionHelp: ['<name>   the input whose schema to print (the same as the package file churujing/schemas/<name>.json)'],
  run(args, ctx) {
    const name = args.positionals[0];
    if (args.positionals.length !== 1 || !(JSON_SCHEMA_NAMES as readonly string[]).includes(name as string)) throw new InputProblem([`schema takes one of ${JSON_SCHEMA_NAMES.join(', ')}`]);
    ctx.out(JSON.stringify(jsonSchemaOf(name as JsonSchemaName), null, 2));
    return 0;
  },
};
