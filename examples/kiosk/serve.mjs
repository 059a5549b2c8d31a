#!/usr/bin/env node
// Serves the repository on 127.0.0.1 for the kiosk example (the page loads the browser build
// from dist/browser): `npm run build && node examples/kiosk/serve.mjs [port]`, then open
// http://127.0.0.1:8080/examples/kiosk/?kiosk=440304 (the kiosk's GB/T 2260 code).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png' };

/** A static server of the repository (only .html, .js, .css and .png files), on 127.0.0.1. */
export function serve(port = 0) {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(ROOT, path));
    const type = TYPES[extname(file)];
    let ok = false;
    try {
      ok = file.startsWith(ROOT) && !file.slice(ROOT.length).split(sep).includes('node_modules') && type !== undefined && statSync(file).isFile();
    } catch {
      ok = false;
    }
    if (!ok) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve(Number(process.argv[2] ?? 8080));
  const { port } = server.address();
  console.log(`kiosk example: http://127.0.0.1:${port}/examples/kiosk/?kiosk=440304`);
}
