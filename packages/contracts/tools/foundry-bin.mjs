// Locates the real Foundry binaries shipped in the per-platform npm packages
// (@foundry-rs/<tool>-<platform>-<arch>, optional dependencies of @foundry-rs/<tool>).
// The npm wrapper `forge` exits 0 even when tests fail, so scripts must run the binary itself.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

const ARCH_NAMES = { x64: 'amd64', arm64: 'arm64' }

/**
 * Absolute path of the `forge` or `anvil` binary for this machine.
 * @param {'forge' | 'anvil'} tool
 * @returns {string}
 */
export function foundryBinaryPath(tool) {
  if (tool !== 'forge' && tool !== 'anvil') throw new Error(`unknown Foundry tool: ${tool}`)
  const arch = ARCH_NAMES[process.arch]
  const platformPackage = `@foundry-rs/${tool}-${process.platform}-${arch ?? process.arch}`
  const exe = process.platform === 'win32' ? `${tool}.exe` : tool

  let wrapperManifest
  try {
    wrapperManifest = require.resolve(`@foundry-rs/${tool}/package.json`)
  } catch {
    throw new Error(`@foundry-rs/${tool} is not installed: run pnpm install in the repository root.`)
  }
  // The platform package is a dependency of the wrapper, so resolve it from the wrapper's own directory.
  const requireFromWrapper = createRequire(wrapperManifest)
  let platformDir
  try {
    platformDir = dirname(requireFromWrapper.resolve(`${platformPackage}/package.json`))
  } catch {
    throw new Error(
      `${platformPackage} is not installed (no prebuilt ${tool} for ${process.platform}/${process.arch}, ` +
        'or optional dependencies were skipped during install).',
    )
  }
  const binary = join(platformDir, 'bin', exe)
  if (!existsSync(binary)) throw new Error(`${platformPackage} is installed but ${binary} is missing.`)
  return binary
}

/** Absolute path of the real `forge` binary. */
export function forgeBinaryPath() {
  return foundryBinaryPath('forge')
}
