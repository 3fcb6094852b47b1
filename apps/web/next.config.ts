import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Workspace packages ship TypeScript source, not built JavaScript.
  transpilePackages: ['@rialto/contracts-abi', '@rialto/protocol', '@rialto/ui'],
}

export default nextConfig
