import type { Address } from 'viem'

export function injectedWalletScript(options: { account: Address; chainId: number; refuseConnection?: boolean }): string
