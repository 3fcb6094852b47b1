import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import type { Position } from '@rialto/protocol/position'
import type { Address } from 'viem'

/** The positions of a watch list read at one block, with what was asked and when (ms since the epoch). */
export type TreasurySnapshot = {
  chainId: SupportedChainId
  addresses: readonly Address[]
  positions: readonly Position[]
  readAt: number
}
