import type { Position } from '@rialto/protocol/position'
import { dailyApiCreditCents } from '@rialto/protocol/position'
import type { Address } from 'viem'
import { AddressCell } from './address-cell'
import { AmountCell, CooldownCell, CreditCell } from './figure-cells'
import { treasuryFigures, treasuryTotals } from './treasury-rows'
import type { WatchListProblem } from './use-watch-list'

export type TreasuryTableRow = { address: Address; label: string | undefined; position: Position | undefined }

type TreasuryTableProps = {
  rows: readonly TreasuryTableRow[]
  onRelabel: (address: Address, label: string) => WatchListProblem
  onRemove: (address: Address) => void
}

const headerClass = 'whitespace-nowrap px-3 py-2 text-right font-medium'

/** One row per watched address, the totals under them; wide, so it scrolls sideways inside its own region. */
export function TreasuryTable({ rows, onRelabel, onRemove }: TreasuryTableProps) {
  const positions = rows.flatMap(({ position }) => (position ? [position] : []))
  const totals = positions.length === rows.length ? treasuryTotals(positions) : undefined
  return (
    <section
      className="overflow-x-auto rounded-lg focus-visible:outline focus-visible:outline-2 focus-visible:outline-amber-300"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
      aria-label="Watched addresses"
    >
      <table className="w-full border-collapse text-sm" data-testid="treasury-table">
        <thead className="text-xs text-slate-400">
          <tr className="border-b border-white/10">
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Address
            </th>
            {treasuryFigures.map(({ id, header, unit }) => (
              <th key={id} scope="col" className={headerClass}>
                {header}
                <span className="block font-normal text-slate-400">{unit}</span>
              </th>
            ))}
            <th scope="col" className={headerClass}>
              API credit
              <span className="block font-normal text-slate-400">$ / day</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ address, label, position }) => (
            <tr key={address} className="border-b border-white/5" data-testid="treasury-row" data-address={address}>
              <AddressCell address={address} label={label} onRelabel={onRelabel} onRemove={onRemove} />
              {position ? <PositionCells position={position} /> : <ReadingCells />}
            </tr>
          ))}
        </tbody>
        {totals ? (
          <tfoot>
            <tr className="font-semibold" data-testid="treasury-totals">
              <th scope="row" className="px-3 py-2 text-left">
                Total of {rows.length}
              </th>
              {treasuryFigures.map(({ id }) => (
                <AmountCell key={id} testId={id} wei={totals.weiByFigure.get(id) ?? 0n} />
              ))}
              <CreditCell testId="api-credit" cents={totals.creditCents} />
            </tr>
          </tfoot>
        ) : null}
      </table>
    </section>
  )
}

function PositionCells({ position }: { position: Position }) {
  return (
    <>
      {treasuryFigures.map((figure) =>
        figure.kind === 'amount' ? (
          <AmountCell key={figure.id} testId={figure.id} wei={figure.wei(position)} />
        ) : (
          <CooldownCell
            key={figure.id}
            testId={figure.id}
            unstake={figure.unstake(position)}
            blockTimestamp={position.timestamp}
          />
        ),
      )}
      <CreditCell testId="api-credit" cents={dailyApiCreditCents(position.diem.staked)} />
    </>
  )
}

function ReadingCells() {
  return (
    <td colSpan={treasuryFigures.length + 1} className="px-3 py-2 text-slate-400">
      Reading…
    </td>
  )
}
