import { formatAmount, formatPercent } from '@rialto/protocol/format'
import type { MintPreview } from '@rialto/protocol/mint-preview'

/** What a mint would give, the rates behind it, and the floor the transaction is told to accept. */
export function MintPreviewTable({ preview, contractDiemOut }: { preview: MintPreview; contractDiemOut: bigint }) {
  const rows = [
    ['You receive about', `${formatAmount(preview.diemOut)} DIEM`],
    ['At least (after slippage)', `${formatAmount(preview.minDiemOut)} DIEM`],
    ['Current mint rate', `${formatAmount(preview.currentRate, { maxFractionDigits: 2 })} sVVV per DIEM`],
    ['Your average rate', `${formatAmount(preview.averageRate, { maxFractionDigits: 2 })} sVVV per DIEM`],
    [
      'Price impact',
      `${formatPercent(preview.priceImpact)}${preview.bucketsCrossed > 0 ? ` across ${preview.bucketsCrossed + 1} rate buckets` : ''}`,
    ],
    ['Checked with the contract', `${formatAmount(contractDiemOut)} DIEM`],
  ] as const
  return (
    <dl
      className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg bg-white/[0.03] px-3 py-2 text-sm"
      data-testid="mint-preview"
      data-diem-out={preview.diemOut.toString()}
      data-min-diem-out={preview.minDiemOut.toString()}
      data-contract-diem-out={contractDiemOut.toString()}
    >
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-400">{term}</dt>
          <dd className="text-right font-mono text-slate-100">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
