import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { type Address, isAddress } from 'viem'
import type { State } from 'wagmi'
import { appChains } from '../chains/app-chains'
import type { WatchAddress } from '../features/dashboard/watch-address'

/**
 * Which address and chain the page opens on: the watched address, else the wallet the cookie remembers, on the
 * chain wagmi will start on. The server reads that position so the HTML arrives with the numbers in it.
 */
export function initialView(
  watch: WatchAddress,
  walletState: State | undefined,
): { chainId: SupportedChainId; address: Address | undefined } {
  const chains = appChains()
  const remembered = chains.find(({ id }) => id === walletState?.chainId)
  const chainId = (remembered ?? chains[0]).id
  if (watch.kind === 'valid') return { chainId, address: watch.address }
  if (watch.kind === 'invalid') return { chainId, address: undefined }
  const current = walletState?.current ? walletState.connections.get(walletState.current) : undefined
  // The cookie comes from the browser: only an address is read for, nothing else reaches a server request.
  const rememberedAccount = current?.accounts[0]
  return { chainId, address: rememberedAccount && isAddress(rememberedAccount) ? rememberedAccount : undefined }
}
