'use client'

import { Button } from '@rialto/ui/button'
import { useAccount, useChains, useSwitchChain } from 'wagmi'

/** The one prompt shown when the wallet is on a network Rialto does not serve, with a button that switches it. */
export function NetworkPrompt() {
  const { isConnected, chainId: walletChainId } = useAccount()
  const chains = useChains()
  const { switchChain, isPending } = useSwitchChain()
  const [target] = chains
  if (!isConnected || walletChainId === undefined || chains.some(({ id }) => id === walletChainId)) return null

  return (
    <div role="alert" data-testid="wrong-network" className="border-b border-rose-400/30 bg-rose-500/10">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-6 py-3 text-sm text-rose-100">
        <p>
          Your wallet is on a network Rialto does not use (chain {walletChainId}). Switch to {target.name} to see your
          position and act on it.
        </p>
        <Button size="sm" disabled={isPending} onClick={() => switchChain({ chainId: target.id })}>
          {isPending ? 'Switching…' : `Switch to ${target.name}`}
        </Button>
      </div>
    </div>
  )
}
