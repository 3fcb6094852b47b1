import type { NextConfig } from 'next'

// Defaults on purpose: the reference is what a plain setup of these libraries ships, with no tuning.
const nextConfig: NextConfig = { reactStrictMode: true }

export default nextConfig
