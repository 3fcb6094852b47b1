import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import type { Position } from '@rialto/protocol/position'
import type { Address } from 'viem'

/** A position the server read while rendering the page, handed to the browser as the query's first data. */
export type InitialPosition = {
  chainId: SupportedChainId
  address: Address
  position: Position
  /** When the server read it (ms since the epoch). */
  readAt: number
}
