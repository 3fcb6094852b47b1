import { formatAmount } from '@rialto/protocol/format'
import { diemAmountOut } from '@rialto/protocol/mint-quote'
import { mintRateTable } from '@rialto/protocol/mint-rate'
import { weiProp } from './parse-props'

/** What locking `svvv` sVVV mints at a DIEM supply of `diemSupply`, walked through the on-chain table. */
export function MintExample({ svvv, diemSupply }: { svvv: string; diemSupply: string }) {
  const svvvWei = weiProp('MintExample', 'svvv', svvv)
  const supplyWei = weiProp('MintExample', 'diemSupply', diemSupply)
  const minted = diemAmountOut(mintRateTable(), supplyWei, svvvWei)
  if (minted === null) throw new Error(`<MintExample svvv="${svvv}">: this runs past the end of the mint table.`)
  return (
    <p>
      Locking <strong>{formatAmount(svvvWei)} sVVV</strong> at a supply of {formatAmount(supplyWei)} DIEM mints{' '}
      <strong>{formatAmount(minted)} DIEM</strong>.
    </p>
  )
}
