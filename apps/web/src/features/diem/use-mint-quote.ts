import { stakingAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { type MintPreview, previewMint } from '@rialto/protocol/mint-preview'
import type { Position } from '@rialto/protocol/position'
import { useReadContract } from 'wagmi'
import { useMintRateTable } from './use-mint-rate-table'

export type MintQuote =
  | { kind: 'waiting'; reason: string }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'ready'; preview: MintPreview; contractDiemOut: bigint }

/**
 * The preview of a mint from the table, checked against the contract's own `getDiemAmountOut` at the same block.
 * When the two disagree Rialto does not guess a minimum: the mint is held back.
 */
export function useMintQuote(
  chainId: SupportedChainId,
  position: Position,
  sVvvIn: bigint | null,
  slippageBps: number | null,
): MintQuote {
  // Read when the holder starts typing an amount: the preview is the only use of the table.
  const table = useMintRateTable(chainId, sVvvIn !== null)
  const live = useReadContract({
    chainId,
    address: veniceContracts[chainId].staking,
    abi: stakingAbi,
    functionName: 'getDiemAmountOut',
    args: [sVvvIn ?? 0n],
    blockNumber: position.blockNumber,
    query: { enabled: sVvvIn !== null && sVvvIn > 0n, retry: false },
  })
  if (sVvvIn === null || slippageBps === null) return { kind: 'waiting', reason: 'Enter an amount and a tolerance.' }
  if (table.isError)
    return { kind: 'unavailable', reason: 'The mint-rate table could not be read. Try again in a moment.' }
  if (!table.data) return { kind: 'waiting', reason: 'Reading the mint-rate table…' }
  const preview = previewMint(table.data, position.network.diemSupply, sVvvIn, slippageBps)
  if (!preview) {
    return { kind: 'unavailable', reason: 'That amount mints no DIEM, or runs past the end of the mint-rate table.' }
  }
  if (live.isError) return { kind: 'unavailable', reason: 'The contract would not quote that amount.' }
  if (live.data === undefined) return { kind: 'waiting', reason: 'Checking the quote with the contract…' }
  if (live.data !== preview.diemOut) {
    return {
      kind: 'unavailable',
      reason:
        'Rialto’s preview and the contract’s own quote disagree, so no safe minimum can be set. Reload and try again.',
    }
  }
  return { kind: 'ready', preview, contractDiemOut: live.data }
}
