import { cookieToInitialState } from 'wagmi'
import { createWalletConfig } from './config'

/** The wallet state the browser saved in a cookie, so the server renders what the client will hydrate. */
export function walletStateFromCookie(cookieHeader: string | null) {
  return cookieToInitialState(createWalletConfig(), cookieHeader)
}
