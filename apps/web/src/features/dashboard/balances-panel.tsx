'use client'

import { devnet, type SupportedChainId } from '@rialto/contracts-abi/chains'
import { Card } from '@rialto/ui/card'
import { Notice } from '@rialto/ui/notice'
import type { Address } from 'viem'
import { useAccount, useChainId, useChains } from 'wagmi'
import { BalanceStats } from './balance-stats'
import { useVeniceBalances } from './use-venice-balances'
import type { WatchAddress } from './watch-address'

const title = 'Balances'

/** Balances of the `?address=` being watched, or else of the connected wallet. */
export function BalancesPanel({ watch }: { watch: WatchAddress }) {
  const { address: connectedAddress } = useAccount()
  const chainId = useChainId()

  if (watch.kind === 'invalid') {
    return (
      <Card title={title}>
        <Notice tone="error" data-testid="watch-address-invalid" title="That is not an Ethereum address.">
          “{watch.input}” in the link’s <code>?address=</code> should be 0x followed by 40 hexadecimal characters.
          Nothing was read.
        </Notice>
      </Card>
    )
  }

  const address = watch.kind === 'valid' ? watch.address : connectedAddress
  if (!address) {
    return (
      <Card title={title}>
        <Notice data-testid="balances-no-address" title="No address yet.">
          Connect a wallet, or add <code>?address=0x…</code> to the link to watch any address read-only.
        </Notice>
      </Card>
    )
  }

  return <AccountBalances address={address} chainId={chainId} watched={watch.kind === 'valid'} />
}

type AccountBalancesProps = { address: Address; chainId: SupportedChainId; watched: boolean }

function AccountBalances({ address, chainId, watched }: AccountBalancesProps) {
  const { balances, readFailed } = useVeniceBalances(address, chainId)
  const chainName = useChains().find((chain) => chain.id === chainId)?.name ?? `chain ${chainId}`
  const readAtBlock = balances?.blockNumber

  return (
    <Card
      title={title}
      aside={readAtBlock === undefined ? chainName : `${chainName} · block ${readAtBlock.toLocaleString('en-US')}`}
      data-testid="balances"
      data-block-number={readAtBlock?.toString()}
    >
      <p className="mb-4 truncate font-mono text-sm text-slate-300" title={address} data-testid="balances-address">
        {address}
        {watched ? <span className="ml-2 font-sans text-xs text-amber-300/90">watching, read-only</span> : null}
      </p>
      {readFailed ? (
        <Notice tone="error" data-testid="balances-read-error" title="Could not read balances.">
          {chainId === devnet.id ? (
            <>
              The devnet did not answer, or the Venice contracts are not deployed on it. Is <code>pnpm devnet</code>{' '}
              running?
            </>
          ) : (
            `${chainName} did not answer. Check the connection, or try again in a moment.`
          )}
        </Notice>
      ) : (
        <BalanceStats balances={balances} />
      )}
    </Card>
  )
}
