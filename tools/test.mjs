// `npm test`: every test there is (lint, types, unit, contract fuzz/invariant, devnet, docs, browser e2e).
// Exits non-zero on any failure and ends with one "N passed, N failed" line.
import { stripVTControlCharacters as stripAnsi } from 'node:util'
import { installDependencies, runPnpm } from './pnpm.mjs'

/** Adds up the test counts that vitest ("Tests  3 failed | 40 passed") and forge ("40 tests passed, 3 failed") print. */
function countTests(output) {
  let passed = 0
  let failed = 0
  for (const line of stripAnsi(output).split('\n')) {
    const vitest = line.match(/^\s*(?:\S+\s+)?Tests\s+(?:(\d+) failed \| )?(\d+) passed/)
    const forge = line.match(/(\d+) tests passed, (\d+) failed/)
    if (vitest) {
      failed += Number(vitest[1] ?? 0)
      passed += Number(vitest[2])
    } else if (forge) {
      passed += Number(forge[1])
      failed += Number(forge[2])
    } else if (/^\s*(?:\S+\s+)?Tests\s+(\d+) failed/.test(line)) {
      failed += Number(line.match(/Tests\s+(\d+) failed/)[1])
    }
  }
  return { passed, failed }
}

const totals = { passed: 0, failed: 0 }
let failure = null
const steps = [
  // `check` builds the docs before their tests (turbo.json), which read the build and search it in Chromium.
  ['lint, types, unit, contract, devnet and docs tests', ['check']],
  ['browser end-to-end tests (production build of the web app)', ['--filter', '@rialto/web', 'e2e']],
]

try {
  await installDependencies()
  for (const [title, args] of steps) {
    console.log(`\n› ${title}`)
    let output
    try {
      output = await runPnpm(args, { capture: true })
    } catch (error) {
      output = error.output ?? ''
      failure = `${title} failed`
    }
    const counts = countTests(output)
    totals.passed += counts.passed
    totals.failed += counts.failed
    if (failure) break
  }
} catch (error) {
  failure = error.message
}

if (failure && totals.failed === 0) totals.failed = 1
console.log(failure ? `\n✖ ${failure}` : '\n✔ every test passed')
console.log(`${totals.passed} passed, ${totals.failed} failed`)
process.exit(failure ? 1 : 0)
