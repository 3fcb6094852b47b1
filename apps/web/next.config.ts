import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import { securityHeaders } from './src/security/security-headers'
import { safeAppOrigins } from './src/wallet/safe-app/safe-app-origins'

export default function nextConfig(phase: string): NextConfig {
  // A production build must say which chain it serves: left unset it would default to the devnet, and ship the
  // public-mnemonic dev accounts with it.
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.NEXT_PUBLIC_DEFAULT_CHAIN) {
    throw new Error('Set NEXT_PUBLIC_DEFAULT_CHAIN to "base" (or "devnet" for a local test build) before `next build`.')
  }
  // Throws on a misspelt NEXT_PUBLIC_SAFE_APP_ORIGINS, before anything is built with it.
  safeAppOrigins()
  // Bench builds add the developer pages (`page.bench.tsx`) and build into a folder of their own, so that a
  // production build never contains them and the two builds never overwrite each other.
  const benchBuild = process.env.RIALTO_CHAT_BENCH === '1'
  return {
    reactStrictMode: true,
    pageExtensions: benchBuild ? ['bench.tsx', 'tsx', 'ts'] : ['tsx', 'ts'],
    distDir: benchBuild ? '.next-bench' : '.next',
    // Workspace packages ship TypeScript source, not built JavaScript.
    transpilePackages: ['@rialto/contracts-abi', '@rialto/protocol', '@rialto/ui'],
    // The page's Content-Security-Policy needs a nonce per request: src/proxy.ts sends it.
    headers: async () => [
      { source: '/:path*', headers: [...securityHeaders] },
      // The Safe App's icon, which the manifest points Safe{Wallet} to (the manifest route sends its own headers).
      { source: '/icon.svg', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] },
    ],
  }
}
