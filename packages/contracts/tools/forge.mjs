#!/usr/bin/env node
// Runs the real forge binary in packages/contracts and exits with its exit code
// (unlike the npm `forge` wrapper, which always exits 0).
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { forgeBinaryPath } from './foundry-bin.mjs'

const contractsDir = join(dirname(fileURLToPath(import.meta.url)), '..')

let binary
try {
  binary = forgeBinaryPath()
} catch (error) {
  console.error(`tools/forge.mjs: cannot find the forge binary. ${error.message}`)
  process.exit(127)
}

const child = spawn(binary, process.argv.slice(2), { cwd: contractsDir, stdio: 'inherit' })
// Forward Ctrl-C / termination to forge so it can clean up, and let its exit code decide ours.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('error', (error) => {
  console.error(`tools/forge.mjs: failed to start ${binary}: ${error.message}`)
  process.exit(127)
})
child.on('exit', (code, signal) => {
  if (signal) {
    // Die of the same signal as forge did, so callers see the real cause.
    process.removeAllListeners(signal)
    process.kill(process.pid, signal)
  } else process.exit(code ?? 1)
})
