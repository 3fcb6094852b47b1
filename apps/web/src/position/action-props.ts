import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import type { Position } from '@rialto/protocol/position'
import type { Address } from 'viem'

/** What every action panel gets: the connected account, its chain, its position and the chain's clock. */
export type PositionActionProps = {
  account: Address
  chainId: SupportedChainId
  position: Position
  /** Seconds, ticking every second (see useChainNow). */
  chainNow: number
}
