import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from './content-security-policy'

const dashboard = {
  nonce: 'bm9uY2U=',
  development: false,
  rpcUrls: ['http://127.0.0.1:8545/', 'https://mainnet.base.org'],
  walletConnectConfigured: false,
  chat: false,
  frameAncestors: ['https://app.safe.global'],
}

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((entry) => entry.startsWith(`${name} `))
    ?.split(' ')
    .slice(1)

describe('contentSecurityPolicy', () => {
  it('runs only scripts with the nonce, and never eval in production', () => {
    const policy = contentSecurityPolicy(dashboard)
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"])
    expect(directive(contentSecurityPolicy({ ...dashboard, development: true }), 'script-src')).toContain(
      "'unsafe-eval'",
    )
  })

  it('lets the dashboard reach the app and its RPC origins only', () => {
    expect(directive(contentSecurityPolicy(dashboard), 'connect-src')).toEqual([
      "'self'",
      'http://127.0.0.1:8545',
      'https://mainnet.base.org',
    ])
  })

  it('adds WalletConnect only when a project id is configured', () => {
    const withWalletConnect = directive(
      contentSecurityPolicy({ ...dashboard, walletConnectConfigured: true }),
      'connect-src',
    )
    expect(withWalletConnect).toContain('wss://relay.walletconnect.org')
    expect(directive(contentSecurityPolicy(dashboard), 'connect-src')?.join(' ')).not.toContain('walletconnect')
  })

  it('lets the chat reach Venice, local model servers and https endpoints', () => {
    expect(directive(contentSecurityPolicy({ ...dashboard, chat: true }), 'connect-src')).toEqual([
      "'self'",
      'http://127.0.0.1:8545',
      'https://mainnet.base.org',
      'https://api.venice.ai',
      'http://localhost:*',
      'http://127.0.0.1:*',
      'https:',
    ])
  })

  it('is framed by the Safe web apps it is given only, and frames nothing', () => {
    const policy = contentSecurityPolicy(dashboard)
    expect(directive(policy, 'frame-ancestors')).toEqual(['https://app.safe.global'])
    const withSelfHosted = contentSecurityPolicy({
      ...dashboard,
      frameAncestors: ['https://app.safe.global', 'https://safe.example.org'],
    })
    expect(directive(withSelfHosted, 'frame-ancestors')).toEqual([
      'https://app.safe.global',
      'https://safe.example.org',
    ])
    expect(directive(contentSecurityPolicy({ ...dashboard, frameAncestors: [] }), 'frame-ancestors')).toEqual([
      "'none'",
    ])
    expect(directive(policy, 'frame-src')).toEqual(["'none'"])
    expect(directive(policy, 'object-src')).toEqual(["'none'"])
    expect(directive(policy, 'base-uri')).toEqual(["'none'"])
  })
})
