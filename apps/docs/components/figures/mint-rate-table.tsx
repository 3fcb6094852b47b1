import { formatAmount } from '@rialto/protocol/format'
import { currentMintRate } from '@rialto/protocol/mint-quote'
import { mintCurve, mintRate, mintRateTable } from '@rialto/protocol/mint-rate'
import { grouped, numberProp } from './parse-props'

/**
 * sVVV to lock per DIEM at each DIEM supply in `supplies` (comma-separated), by the formula and by the table the
 * staking contract stores (the rate of the 500-DIEM bucket the supply falls in), at today's target supply.
 */
export function MintRateTable({ supplies }: { supplies: string }) {
  const supplyList = supplies.split(',').map((supply) => numberProp('MintRateTable', 'supplies', supply))
  const table = mintRateTable()
  return (
    <figure>
      <table>
        <caption>
          sVVV per DIEM minted, target supply {grouped(mintCurve.targetSupply)} DIEM: {mintCurve.baseRate} · exp(
          {mintCurve.adjustmentPower} · (supply / {grouped(mintCurve.targetSupply)})³)
        </caption>
        <thead>
          <tr>
            <th scope="col">DIEM supply</th>
            <th scope="col">sVVV per DIEM (formula)</th>
            <th scope="col">sVVV per DIEM (on-chain table)</th>
          </tr>
        </thead>
        <tbody>
          {supplyList.map((supply) => {
            const onChain = currentMintRate(table, BigInt(Math.round(supply)) * 10n ** 18n)
            return (
              <tr key={supply}>
                <td>{grouped(supply)}</td>
                <td>
                  {mintRate(supply).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                </td>
                <td>{onChain === null ? 'past the table’s end' : formatAmount(onChain, { maxFractionDigits: 2 })}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </figure>
  )
}
