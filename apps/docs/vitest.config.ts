import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/** Unit tests, the checks of the built site in out/, and the browser tests against it. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['lib/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each browser file starts its own server and Chromium: one at a time on a 2-core machine.
    fileParallelism: false,
  },
})
