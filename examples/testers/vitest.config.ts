// The tester's own project: vitest finds the property tests beside this file.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['*.test.ts'], testTimeout: 120_000 } });
