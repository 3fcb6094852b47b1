import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'devnet/**/*.test.ts'],
    // Devnet tests start anvil and replay the seeded history: seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Each devnet file runs anvil and replays the history; one at a time keeps a 2-core CI machine responsive.
    fileParallelism: false,
  },
})
