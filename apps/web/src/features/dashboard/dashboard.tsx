import { devnet } from '@rialto/contracts-abi/chains'
import { isBurnAddress } from '@rialto/protocol/burn-address'
import type { Position } from '@rialto/protocol/position'
import { Card } from '@rialto/ui/card'
import { Notice } from '@rialto/ui/notice'
import { Stat } from '@rialto/ui/stat'
import type { Address } from 'viem'
import { PositionPanel } from './position-panel'

export type DashboardProps = {
  address: Address
  chainId: number
  chainName: string
  watched: boolean
  position: Position | undefined
  readFailed: boolean
  chainNow: number | undefined
}

const placeholders = Array.from({ length: 6 }, (_, index) => index)

/** One address's Venice position, read at one block: balances, stake, locks, cooldowns, share and API credit. */
export function Dashboard({ address, chainId, chainName, watched, position, readFailed, chainNow }: DashboardProps) {
  const readAtBlock = position?.blockNumber
  // The figures need the chain's clock too (cooldowns): until it is known they are placeholders.
  const shown = position !== undefined && chainNow !== undefined && !readFailed
  return (
    <Card
      title="Position"
      aside={readAtBlock === undefined ? chainName : `${chainName} · block ${readAtBlock.toLocaleString('en-US')}`}
      data-testid="balances"
      // Set only while figures are on screen, so tests that read the block read it with its figures.
      data-block-number={shown ? readAtBlock?.toString() : undefined}
    >
      <p className="mb-4 truncate font-mono text-sm text-slate-300" title={address} data-testid="balances-address">
        {address}
        {watched ? <span className="ml-2 font-sans text-xs text-amber-300/90">watching, read-only</span> : null}
      </p>
      {isBurnAddress(address) ? (
        <Notice className="mb-4" data-testid="watch-burn-address" title="This is the burn address.">
          VVV sent here is burned: no key can ever move it. The figures below are what has been burned, not anyone’s
          position.
        </Notice>
      ) : null}
      {readFailed ? (
        <Notice tone="error" data-testid="balances-read-error" title="Could not read this position.">
          {chainId === devnet.id ? (
            <>
              The devnet did not answer, or the Venice contracts are not deployed on it. Is <code>pnpm devnet</code>{' '}
              running?
            </>
          ) : (
            `${chainName} did not answer. Check the connection, or try again in a moment.`
          )}
        </Notice>
      ) : shown ? (
        <PositionPanel position={position} chainNow={chainNow} />
      ) : (
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {placeholders.map((index) => (
            <Stat key={index} label="Reading…" value={undefined} />
          ))}
        </div>
      )}
    </Card>
  )
}
