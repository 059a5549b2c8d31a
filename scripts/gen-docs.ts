/**
 * Writes the generated pages of docs/ from the code: `npm run docs:generate`.
 * - docs/catalogues.md (scripts/gen-docs/catalogues.ts)
 * - docs/coverage.md and docs/coverage-timeline.svg (scripts/gen-docs/coverage.ts)
 * test/docs-generated.test.ts fails when a file differs from what these write.
 */
import { writeFileSync } from 'node:fs';
import { GENERATED_DOCS } from './gen-docs/pages.js';

for (const [path, text] of Object.entries(GENERATED_DOCS())) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
