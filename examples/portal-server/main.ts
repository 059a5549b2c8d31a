/**
 * Starts the portal service: `npx tsx examples/portal-server/main.ts` (PORT and HOST from the
 * environment, default 127.0.0.1:3000), then for example
 * `curl -s localhost:3000/calendar/2025-01-26` or
 * `curl -s -X POST localhost:3000/evaluate -H 'content-type: application/json' -d @application.json`.
 */
import { buildServer } from './server.js';

const app = await buildServer();
const address = await app.listen({ port: Number(process.env['PORT'] ?? 3000), host: process.env['HOST'] ?? '127.0.0.1' });
console.log(`churujing portal service on ${address}`);
