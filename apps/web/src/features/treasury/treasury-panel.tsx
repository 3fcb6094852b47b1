'use client'

import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import type { Position } from '@rialto/protocol/position'
import { Button } from '@rialto/ui/button'
import { Card } from '@rialto/ui/card'
import { Notice } from '@rialto/ui/notice'
import type { Address } from 'viem'
import { downloadCsv } from './download-csv'
import type { TreasuryRow } from './treasury-rows'
import type { TreasurySnapshot } from './treasury-snapshot'
import { TreasuryTable, type TreasuryTableRow } from './treasury-table'
import { useTreasuryPositions } from './use-treasury-positions'
import { useWatchList } from './use-watch-list'
import { WatchListForm } from './watch-list-form'

export type TreasuryPanelProps = {
  chainId: SupportedChainId
  chainName: string
  /** The chain's block time: the table reads once per block. */
  blockTimeMs: number
  /** Passed in rather than imported: the chain definitions stay out of the page's first JavaScript. */
  isDevnet: boolean
  /** The link's `?addresses=`, when it had a valid list. */
  fromLink: readonly Address[] | undefined
  /** Why the link's list was not used, when it was not. */
  linkProblem: string | undefined
  initial: TreasurySnapshot | undefined
}

/** Several addresses in one table, read at one block in one multicall, with their totals and a CSV of it all. */
export function TreasuryPanel(props: TreasuryPanelProps) {
  const { chainId, chainName, blockTimeMs, isDevnet, fromLink, linkProblem, initial } = props
  const list = useWatchList(fromLink)
  const { snapshot, readFailed } = useTreasuryPositions({ chainId, blockTimeMs }, list.addresses, initial)
  const read = new Map<Address, Position>()
  snapshot?.addresses.forEach((address, index) => {
    const position = snapshot.positions[index]
    if (position) read.set(address, position)
  })
  const rows: TreasuryTableRow[] = list.addresses.map((address) => ({
    address,
    label: list.labels[address],
    position: read.get(address),
  }))
  const complete = rows.flatMap(({ address, label, position }) =>
    position ? [{ address, label: label ?? '', position }] : [],
  )
  const block = complete.length === rows.length ? complete[0]?.position.blockNumber : undefined

  return (
    <Card
      title="Treasury"
      aside={block === undefined ? chainName : `${chainName} · block ${block.toLocaleString('en-US')}`}
      data-testid="treasury"
      // Set only while every row has its figures, so tests that read the block read it with them.
      data-block-number={block?.toString()}
    >
      <div className="flex flex-col gap-5">
        {linkProblem ? (
          <Notice tone="error" title="The link’s address list was not used." data-testid="treasury-link-problem">
            {linkProblem}
          </Notice>
        ) : null}
        <WatchListForm count={list.addresses.length} onAdd={list.add} />
        {readFailed ? (
          <Notice tone="error" title="Could not read these addresses." data-testid="treasury-read-error">
            {isDevnet
              ? 'The devnet did not answer, or the Venice contracts are not deployed on it.'
              : `${chainName} did not answer. Check the connection, or try again in a moment.`}
          </Notice>
        ) : null}
        {rows.length > 0 ? (
          <TreasuryTable rows={rows} onRelabel={list.relabel} onRemove={list.remove} />
        ) : list.restored ? (
          <Notice title="No addresses yet." data-testid="treasury-empty">
            Add the addresses to watch: they go into the link, so the view can be shared, and this browser remembers
            them.
          </Notice>
        ) : null}
        {block === undefined ? null : (
          <div>
            <Button
              variant="secondary"
              size="sm"
              data-testid="treasury-csv"
              onClick={() => downloadTreasuryCsv(complete, block)}
            >
              Download CSV
            </Button>
          </div>
        )}
      </div>
    </Card>
  )
}

/** The CSV writer loads on the first click: most visits never download. */
async function downloadTreasuryCsv(rows: readonly TreasuryRow[], block: bigint) {
  const { treasuryCsv, treasuryCsvFilename } = await import('./treasury-csv')
  downloadCsv(treasuryCsv(rows), treasuryCsvFilename(block))
}
