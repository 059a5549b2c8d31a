#!/usr/bin/env node
// Writes the JSON Schemas of the inputs (application, policy, change set, scenario file, fee
// quote, deadline) as static files, dist/schemas/<name>.json, from the zod schemas of the built
// package (dist/cli/json-schemas.js): the package exports them as churujing/schemas/<name>.json.
// Run by `npm run build` after tsup; test/package/built-package.test.ts checks they equal the
// schemas the library gives at run time.
import { mkdirSync, writeFileSync } from 'node:fs';

const { JSON_SCHEMA_NAMES, jsonSchemaOf } = await import(new URL('../dist/cli/json-schemas.js', import.meta.url).href);
const dir = new URL('../dist/schemas/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const name of JSON_SCHEMA_NAMES) writeFileSync(new URL(`${name}.json`, dir), `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
console.log(`dist/schemas: ${JSON_SCHEMA_NAMES.map((n) => `${n}.json`).join(', ')}`);
