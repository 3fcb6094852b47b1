import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Abi, Hex } from 'viem'

export const contractsRoot = fileURLToPath(new URL('..', import.meta.url))

export type ContractName = 'VeniceToken' | 'VeniceStaking' | 'Diem' | 'Multicall3' | 'ReferencePool' | 'BatchExecutor'

export type Artifact = { abi: Abi; bytecode: Hex; deployedBytecode: Hex }

/** Reads a contract compiled by `forge build` (packages/contracts/out). */
export function readArtifact(name: ContractName): Artifact {
  const path = `${contractsRoot}/out/${name}.sol/${name}.json`
  let json: { abi: Abi; bytecode: { object: Hex }; deployedBytecode: { object: Hex } }
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    throw new Error(`No compiled ${name} at ${path}: run \`pnpm --filter @rialto/contracts build\` first.`)
  }
  return { abi: json.abi, bytecode: json.bytecode.object, deployedBytecode: json.deployedBytecode.object }
}

export const safeContractNames = [
  'Safe',
  'SafeL2',
  'SafeProxy',
  'SafeProxyFactory',
  'MultiSend',
  'MultiSendCallOnly',
  'CompatibilityFallbackHandler',
] as const

export type SafeContractName = (typeof safeContractNames)[number]

/** Safe 1.4.1's contracts, as @safe-global/safe-contracts ships them built (bytecode and ABI, no compiler). */
const safeArtifactPaths: Record<SafeContractName, string> = {
  Safe: 'Safe.sol/Safe.json',
  SafeL2: 'SafeL2.sol/SafeL2.json',
  SafeProxy: 'proxies/SafeProxy.sol/SafeProxy.json',
  SafeProxyFactory: 'proxies/SafeProxyFactory.sol/SafeProxyFactory.json',
  MultiSend: 'libraries/MultiSend.sol/MultiSend.json',
  MultiSendCallOnly: 'libraries/MultiSendCallOnly.sol/MultiSendCallOnly.json',
  CompatibilityFallbackHandler: 'handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json',
}

const require = createRequire(import.meta.url)

/** Reads a Safe 1.4.1 build artifact from the npm package (Hardhat's format: bytecode as plain hex). */
export function readSafeArtifact(name: SafeContractName): Artifact {
  const path = require.resolve(`@safe-global/safe-contracts/build/artifacts/contracts/${safeArtifactPaths[name]}`)
  const json: { abi: Abi; bytecode: Hex; deployedBytecode: Hex } = JSON.parse(readFileSync(path, 'utf8'))
  return { abi: json.abi, bytecode: json.bytecode, deployedBytecode: json.deployedBytecode }
}

/**
 * Identifies what a devnet was built from: the compiled contracts and the seed story's version.
 * A persisted chain whose fingerprint differs is stale and gets rebuilt instead of served.
 */
export function devnetFingerprint(seedVersion: number): string {
  const hash = createHash('sha256')
  const contracts = ['VeniceToken', 'VeniceStaking', 'Diem', 'Multicall3', 'ReferencePool', 'BatchExecutor'] as const
  for (const name of contracts) {
    hash.update(readArtifact(name).bytecode)
  }
  for (const name of safeContractNames) hash.update(readSafeArtifact(name).bytecode)
  hash.update(`seed:${seedVersion}`)
  return hash.digest('hex').slice(0, 16)
}
