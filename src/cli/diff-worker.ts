/**
 * The worker thread of `churujing diff --workers N`: runs one part and posts its result (and
 * its progress, every 1,000 applications) to the main thread.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type DiffJob, runDiffPart } from './diff-run.js';

if (parentPort) {
  const port = parentPort;
  let read = 0;
  runDiffPart(workerData as DiffJob, () => {
    if (++read % 1000 === 0) port.postMessage({ kind: 'progress', read: 1000 });
  }).then(
    (result) => port.postMessage({ kind: 'done', result, read: read % 1000 }),
    (e: unknown) => port.postMessage({ kind: 'error', error: e instanceof Error ? { name: e.name, message: e.message, issues: (e as { issues?: unknown }).issues, problems: (e as { problems?: unknown }).problems } : { name: 'Error', message: String(e) } }),
  );
}
