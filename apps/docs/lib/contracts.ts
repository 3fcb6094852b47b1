import {
  batchExecutorAbi,
  diemAbi,
  multicall3Abi,
  stakingAbi,
  vvvAbi,
  vvvDiemPoolAbi,
} from '@rialto/contracts-abi/abis'
import { devnetBatchExecutor, veniceContracts } from '@rialto/contracts-abi/addresses'
import { multicall3Address, type SupportedChainId } from '@rialto/contracts-abi/chains'
import {
  multiSendCallOnlyAbi,
  safeAbi,
  safeContracts,
  safeProxyFactoryAbi,
  safeVersion,
} from '@rialto/contracts-abi/safe'
import type { Abi, Address } from 'viem'

/** The chains the reference lists, in the order it lists them. */
export const documentedChains = [
  { id: 8453, name: 'Base' },
  { id: 31337, name: 'Rialto devnet' },
] as const satisfies readonly { id: SupportedChainId; name: string }[]

export type DocumentedContract = {
  /** The reference page's slug, under /reference/contracts/. */
  slug: string
  title: string
  /** One sentence: what the contract is to Rialto. */
  summary: string
  abi: Abi
  /** Where it is deployed, by chain; a chain without it is left out. */
  addresses: Partial<Record<SupportedChainId, readonly { label: string; address: Address }[]>>
}

const veniceAddress = (key: keyof (typeof veniceContracts)[SupportedChainId], label: string) => ({
  8453: [{ label, address: veniceContracts[8453][key] }],
  31337: [{ label, address: veniceContracts[31337][key] }],
})

const safeAddresses = (keys: readonly { key: keyof (typeof safeContracts)[SupportedChainId]; label: string }[]) => ({
  8453: keys.map(({ key, label }) => ({ label, address: safeContracts[8453][key] })),
  31337: keys.map(({ key, label }) => ({ label, address: safeContracts[31337][key] })),
})

/** Every contract the app calls or decodes, each with the ABI fragment Rialto uses (not the contract's full ABI). */
export const documentedContracts: readonly DocumentedContract[] = [
  {
    slug: 'vvv',
    title: 'VVV',
    summary: 'The VVV token: an ERC-20 with an owner and EIP-2612 permit.',
    abi: vvvAbi,
    addresses: veniceAddress('vvv', 'VVV'),
  },
  {
    slug: 'staking',
    title: 'Staking (sVVV)',
    summary: 'The VVV staking contract, which is also the non-transferable sVVV token and mints DIEM.',
    abi: stakingAbi,
    addresses: veniceAddress('staking', 'Staking / sVVV'),
  },
  {
    slug: 'diem',
    title: 'DIEM',
    summary: 'The DIEM token, with staking for API credit built into the token.',
    abi: diemAbi,
    addresses: veniceAddress('diem', 'DIEM'),
  },
  {
    slug: 'pool',
    title: 'VVV/DIEM pool',
    summary:
      'The VVV/DIEM market Rialto prices DIEM from: Aerodrome’s volatile pool on Base, a reference pool on the devnet.',
    abi: vvvDiemPoolAbi,
    addresses: veniceAddress('pool', 'VVV/DIEM pool'),
  },
  {
    slug: 'multicall3',
    title: 'Multicall3',
    summary: 'Multicall3, through which every page reads the chain in one call.',
    abi: multicall3Abi,
    addresses: {
      8453: [{ label: 'Multicall3', address: multicall3Address }],
      31337: [{ label: 'Multicall3', address: multicall3Address }],
    },
  },
  {
    slug: 'safe',
    title: `Safe ${safeVersion}`,
    summary: `The Safe ${safeVersion} singletons that a treasury Safe delegates to.`,
    abi: safeAbi,
    addresses: safeAddresses([
      { key: 'safe', label: 'Safe' },
      { key: 'safeL2', label: 'SafeL2' },
    ]),
  },
  {
    slug: 'safe-proxy-factory',
    title: `Safe ${safeVersion} proxy factory`,
    summary: 'The factory that creates a Safe as a proxy of a singleton.',
    abi: safeProxyFactoryAbi,
    addresses: safeAddresses([{ key: 'safeProxyFactory', label: 'SafeProxyFactory' }]),
  },
  {
    slug: 'multisend-call-only',
    title: `Safe ${safeVersion} MultiSendCallOnly`,
    summary: 'The contract Safe{Wallet} runs a batch of calls through, by delegatecall.',
    abi: multiSendCallOnlyAbi,
    addresses: safeAddresses([{ key: 'multiSendCallOnly', label: 'MultiSendCallOnly' }]),
  },
  {
    slug: 'batch-executor',
    title: 'Batch executor (devnet)',
    summary: 'The ERC-7821 batch executor that the devnet’s smart account delegates to with EIP-7702.',
    abi: batchExecutorAbi,
    addresses: { 31337: [{ label: 'Batch executor', address: devnetBatchExecutor }] },
  },
]
