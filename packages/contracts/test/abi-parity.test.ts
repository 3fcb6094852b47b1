import { batchExecutorAbi, diemAbi, multicall3Abi, stakingAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import {
  type Abi,
  type AbiEvent,
  type AbiFunction,
  toEventSignature,
  toFunctionSelector,
  toFunctionSignature,
} from 'viem'
import { describe, expect, it } from 'vitest'
import { type ContractName, readArtifact } from '../devnet/artifacts'
import { referencePoolAbi } from '../devnet/reference-pool-abi'

/** The selectors our protocol spec lists for the user actions, each checked against Base's bytecode or docs. */
const specSelectors = {
  VeniceStaking: {
    'stake(address,uint256)': '0xadc9772e',
    'initiateUnstake(uint256)': '0xae5ac921',
    'finalizeUnstake()': '0x0ea94341',
    'claim()': '0x4e71d92d',
    'claimAndStake()': '0xcb1a4fc0',
    'mintDiem(uint256,uint256)': '0x2006efcb',
    'burnDiem(uint256)': '0x4d44f110',
  },
  Diem: {
    'stake(uint256)': '0xa694fc3a',
    'initiateUnstake(uint256)': '0xae5ac921',
    'unstake()': '0x2def6620',
  },
} as const

const appAbis: Record<ContractName, Abi> = {
  VeniceToken: vvvAbi,
  VeniceStaking: stakingAbi,
  Diem: diemAbi,
  Multicall3: multicall3Abi,
  // vvvDiemPoolAbi (the Aerodrome pool on Base) plus the seed's calls.
  ReferencePool: referencePoolAbi,
  BatchExecutor: batchExecutorAbi,
}

type AbiError = Extract<Abi[number], { type: 'error' }>

const functions = (abi: Abi) => abi.filter((item): item is AbiFunction => item.type === 'function')
const events = (abi: Abi) => abi.filter((item): item is AbiEvent => item.type === 'event')
const errors = (abi: Abi) => abi.filter((item): item is AbiError => item.type === 'error')
const types = (params: readonly { type: string }[]) => params.map((param) => param.type)
const errorSignature = (item: AbiError) => `${item.name}(${types(item.inputs).join(',')})`

describe.each(Object.keys(appAbis) as ContractName[])('%s: the app ABI matches the compiled contract', (name) => {
  const compiled = readArtifact(name).abi
  const compiledFunctions = new Map(functions(compiled).map((item) => [toFunctionSignature(item), item]))
  const compiledEvents = new Map(events(compiled).map((item) => [toEventSignature(item), item]))
  const compiledErrors = new Set(errors(compiled).map(errorSignature))

  it.each(functions(appAbis[name]).map((item) => [toFunctionSignature(item), item] as const))(
    '%s exists with the same outputs and mutability',
    (signature, item) => {
      const twin = compiledFunctions.get(signature)
      expect(twin, `${signature} is missing from the compiled ${name}`).toBeDefined()
      expect(types(twin?.outputs ?? [])).toEqual(types(item.outputs))
      expect(twin?.stateMutability).toBe(item.stateMutability)
    },
  )

  it.each(events(appAbis[name]).map((item) => [toEventSignature(item), item] as const))(
    'event %s exists with the same indexed arguments',
    (signature, item) => {
      const twin = compiledEvents.get(signature)
      expect(twin, `${signature} is missing from the compiled ${name}`).toBeDefined()
      expect(twin?.inputs.map((input) => input.indexed ?? false)).toEqual(
        item.inputs.map((input) => input.indexed ?? false),
      )
    },
  )

  it.each(errors(appAbis[name]).map(errorSignature))('error %s exists, so reverts decode', (signature) => {
    expect(compiledErrors.has(signature), `${signature} is missing from the compiled ${name}`).toBe(true)
  })
})

describe.each(Object.entries(specSelectors))('%s: selectors equal the spec', (name, selectors) => {
  const compiled = functions(readArtifact(name as ContractName).abi)
  const app = functions(appAbis[name as ContractName])

  it.each(Object.entries(selectors))('%s is %s in the compiled and the app ABI', (signature, selector) => {
    expect(toFunctionSelector(`function ${signature}`)).toBe(selector)
    expect(compiled.map((item) => toFunctionSelector(item))).toContain(selector)
    expect(app.map((item) => toFunctionSelector(item))).toContain(selector)
  })
})

describe('what Base does not have', () => {
  it('the staking contract has no stake(uint256) (0xa694fc3a) and no unstake()', () => {
    const stakingSelectors = functions(readArtifact('VeniceStaking').abi).map((item) => toFunctionSelector(item))
    expect(stakingSelectors).not.toContain('0xa694fc3a')
    expect(stakingSelectors).not.toContain('0x2def6620')
  })
})
