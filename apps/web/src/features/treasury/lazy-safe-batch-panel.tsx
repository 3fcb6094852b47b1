'use client'

import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import dynamic from 'next/dynamic'
import type { Address } from 'viem'

// The batch tools (the actions' ABIs, the file format, the checker) load after the table, not with the page.
const SafeBatchPanel = dynamic(() => import('./safe-batch-panel').then(({ SafeBatchPanel }) => SafeBatchPanel), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-400">Loading the batch tools…</p>,
})

export function LazySafeBatchPanel(props: { chainId: SupportedChainId; initialSafe?: Address }) {
  return <SafeBatchPanel {...props} />
}
