import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import { securityHeaders } from './src/security/security-headers'

export default function nextConfig(phase: string): NextConfig {
  // A production build must say which chain it serves: left unset it would default to the devnet, and ship the
  // public-mnemonic dev accounts with it.
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.NEXT_PUBLIC_DEFAULT_CHAIN) {
    throw new Error('Set NEXT_PUBLIC_DEFAULT_CHAIN to "base" (or "devnet" for a local test build) before `next build`.')
  }
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
    headers: async () => [{ source: '/:path*', headers: [...securityHeaders] }],
  }
}
