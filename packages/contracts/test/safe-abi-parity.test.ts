import {
  devnetTreasurySafe,
  multiSendCallOnlyAbi,
  safeAbi,
  safeContracts,
  safeProxyFactoryAbi,
} from '@rialto/contracts-abi/safe'
import type { Abi } from 'viem'
import { describe, expect, it } from 'vitest'
import { readSafeArtifact, type SafeContractName } from '../devnet/artifacts'
import { predictSafeProxyAddress } from '../devnet/deploy-safe'
import { treasurySafeInitializer, treasurySafeSaltNonce } from '../devnet/seed-safe'

/**
 * An ABI item as it means for encoding and decoding: Hardhat's `internalType`, empty names and
 * `anonymous: false` are dropped (the hand-written fragments leave them out); all else must be equal.
 * `outputNames: false` drops the names of return values too.
 */
function normalized(item: unknown, options = { outputNames: true }, isOutput = false): unknown {
  if (Array.isArray(item)) return item.map((entry) => normalized(entry, options, isOutput))
  if (typeof item !== 'object' || item === null) return item
  const dropped = (key: string, value: unknown) =>
    key === 'internalType' ||
    (key === 'name' && (value === '' || (isOutput && !options.outputNames))) ||
    (key === 'anonymous' && value === false)
  return Object.fromEntries(
    Object.entries(item)
      .filter(([key, value]) => !dropped(key, value))
      .map(([key, value]) => [key, normalized(value, options, key === 'outputs')]),
  )
}

const label = (item: Abi[number]) => `${item.type} ${'name' in item ? item.name : ''}`
const sameItem = (a: Abi[number], b: Abi[number]) => label(a) === label(b)

const fragments: [SafeContractName, Abi][] = [
  ['Safe', safeAbi],
  ['SafeProxyFactory', safeProxyFactoryAbi],
  ['MultiSendCallOnly', multiSendCallOnlyAbi],
]

describe.each(fragments)('%s 1.4.1: each hand-written fragment equals the npm artifact', (name, abi) => {
  const artifact = readSafeArtifact(name).abi
  it.each(abi.map((item) => [label(item), item] as const))('%s', (itemLabel, item) => {
    const twins = artifact.filter((twin) => sameItem(twin, item))
    expect(twins, `${itemLabel} is not in the artifact once`).toHaveLength(1)
    expect(normalized(item)).toEqual(normalized(twins[0]))
  })
})

describe('SafeL2 1.4.1, the singleton of Safes on L2s such as Base', () => {
  it('has each Safe fragment, equal but for output names (its execTransaction returns an unnamed bool)', () => {
    const withoutOutputNames = (item: unknown) => normalized(item, { outputNames: false })
    const artifact = readSafeArtifact('SafeL2').abi
    for (const item of safeAbi) {
      const twin = artifact.find((candidate) => sameItem(candidate, item))
      expect(withoutOutputNames(item), label(item)).toEqual(withoutOutputNames(twin))
    }
  })
})

describe('the devnet treasury Safe address', () => {
  it('is where the proxy factory puts a SafeL2 proxy with the seed’s setup and salt nonce', () => {
    const address = predictSafeProxyAddress(
      safeContracts[31337].safeL2,
      treasurySafeInitializer(),
      treasurySafeSaltNonce,
    )
    expect(address).toBe(devnetTreasurySafe)
  })
})
