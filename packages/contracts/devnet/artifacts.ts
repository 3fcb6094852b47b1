import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
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
  hash.update(`seed:${seedVersion}`)
  return hash.digest('hex').slice(0, 16)
}
