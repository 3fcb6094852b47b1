import { type NextRequest, NextResponse } from 'next/server'
import { rpcUrlsInUse } from './chains/app-chains'
import { contentSecurityPolicy } from './security/content-security-policy'
import { safeAppOrigins } from './wallet/safe-app/safe-app-origins'

/**
 * Sends the Content-Security-Policy with a fresh nonce on every page. Next reads the nonce from the policy on the
 * request and puts it on its own scripts, so the policy goes on both the request and the response.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({
    nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64'),
    development: process.env.NODE_ENV === 'development',
    rpcUrls: rpcUrlsInUse(),
    walletConnectConfigured: Boolean(process.env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID),
    chat: request.nextUrl.pathname === '/chat' || request.nextUrl.pathname.startsWith('/chat/'),
    frameAncestors: safeAppOrigins(),
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  matcher: [
    {
      // Pages only: static files, the icon, the Safe App manifest, the API routes and downloads are not documents
      // and run no script.
      source: '/((?!api/|_next/static|_next/image|icon.svg|favicon.ico|manifest.json|treasury/history.csv).*)',
      // Prefetches render nothing the browser executes under a new policy.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
