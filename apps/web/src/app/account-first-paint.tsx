import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import type { Address } from 'viem'
import { appChains } from '../chains/app-chains'
import { Dashboard } from '../features/dashboard/dashboard'
import type { WatchAddress } from '../features/dashboard/watch-address'
import type { InitialPosition } from '../position/initial-position'
import { InvalidWatchAddress, NoAddressYet, ReadOnlyNote } from './account-notices'

type AccountFirstPaintProps = {
  watch: WatchAddress
  chainId: SupportedChainId
  address: Address | undefined
  initialPosition: InitialPosition | undefined
}

/**
 * The account view as the server read it, in the HTML and with no JavaScript of its own: a watched address shows
 * its figures before the wallet code arrives, and the live view takes over with the same numbers.
 */
export function AccountFirstPaint({ watch, chainId, address, initialPosition }: AccountFirstPaintProps) {
  if (watch.kind === 'invalid') return <InvalidWatchAddress input={watch.input} />
  if (!address) return <NoAddressYet />
  const chainName = appChains().find(({ id }) => id === chainId)?.name ?? `chain ${chainId}`
  const position = initialPosition?.position
  return (
    <>
      <Dashboard
        address={address}
        chainId={chainId}
        chainName={chainName}
        watched={watch.kind === 'valid'}
        position={position}
        readFailed={false}
        // The live view's first render uses the block timestamp alone too (`useChainNow`), so the text matches.
        chainNow={position === undefined ? undefined : Number(position.timestamp)}
      />
      {watch.kind === 'valid' ? <ReadOnlyNote /> : null}
    </>
  )
}
