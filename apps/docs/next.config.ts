import { createMDX } from 'fumadocs-mdx/next'
import type { NextConfig } from 'next'

const withMDX = createMDX()

const config: NextConfig = {
  // A static site: `out/` is served as files, search included (the index is one JSON file in it).
  output: 'export',
  reactStrictMode: true,
  // `pnpm typecheck` checks the types (turbo runs it beside the build): the build does not check them twice.
  typescript: { ignoreBuildErrors: true },
  // Workspace packages ship TypeScript source, not built JavaScript.
  transpilePackages: ['@rialto/contracts-abi', '@rialto/protocol'],
}

export default withMDX(config)
