/** The generated files of docs/, path → content. */
import { renderCatalogues } from './catalogues.js';
import { TIMELINE_FILE, renderCoverage } from './coverage.js';

export function GENERATED_DOCS(): Record<string, string> {
  const coverage = renderCoverage();
  return {
    'docs/catalogues.md': renderCatalogues(),
    'docs/coverage.md': coverage.markdown,
    [`docs/${TIMELINE_FILE}`]: coverage.svg,
  };
}
