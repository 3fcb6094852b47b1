import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/** Browser tests against `next start` and the seeded devnet, which the global setup starts. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser, one server: files run one after another.
    fileParallelism: false,
  },
})
