/**
 * Rialto's Content-Security-Policy, written once: the proxy (`src/proxy.ts`) sends it with every page.
 *
 * Scripts run only with the request's nonce (Next puts it on its own scripts) or when loaded by such a script
 * (`'strict-dynamic'`, for Next's chunks). Network access is the narrow part:
 * - every page may reach the app itself and the chains' JSON-RPC endpoints, and WalletConnect's servers only when
 *   a project id is configured (otherwise the wallet list offers no WalletConnect, so nothing calls it);
 * - /chat may also reach the Venice API and the custom endpoint a user types. That endpoint cannot be listed in a
 *   policy sent before the user types it, so /chat allows any https: origin and local model servers on
 *   http://localhost and http://127.0.0.1 (any port). We chose this over routing custom endpoints through Rialto's
 *   server: a model on the user's own machine (Ollama, LM Studio, llama.cpp) is unreachable from that server, and a
 *   server relay would put Rialto between the user and a provider they picked to talk to directly. The looser
 *   rule is kept to /chat, which has no wallet actions; links between the dashboard and /chat are full page loads,
 *   so that each runs under its own policy.
 */

export type ContentSecurityPolicyOptions = {
  /** Fresh for every request. */
  nonce: string
  /** `next dev` needs `eval` (React rebuilds server error stacks with it); a production build never does. */
  development: boolean
  /** The JSON-RPC URLs the wallet config talks to. */
  rpcUrls: readonly string[]
  walletConnectConfigured: boolean
  /** Whether the page is the chat, which also talks to the model endpoint the user chose. */
  chat: boolean
  /** Who may frame Rialto: the Safe web apps it runs inside as a Safe App (`safeAppOrigins`); nobody else. */
  frameAncestors: readonly string[]
}

/** Where the Venice API lives (`veniceBaseUrl` in @rialto/venice-api is under it). */
const veniceApiOrigin = 'https://api.venice.ai'

/** Local model servers speak plain http on a loopback address, on a port of their choosing. */
const localModelServers = ['http://localhost:*', 'http://127.0.0.1:*']

/** WalletConnect's relay (WebSocket), its RPC, its wallet registry and its verify server. */
const walletConnectOrigins = [
  'wss://relay.walletconnect.com',
  'wss://relay.walletconnect.org',
  'https://rpc.walletconnect.com',
  'https://rpc.walletconnect.org',
  'https://explorer-api.walletconnect.com',
  'https://api.web3modal.org',
  'https://verify.walletconnect.org',
]

export function contentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const connectSources = [
    "'self'",
    ...new Set(options.rpcUrls.map((url) => new URL(url).origin)),
    ...(options.walletConnectConfigured ? walletConnectOrigins : []),
    ...(options.chat ? [veniceApiOrigin, ...localModelServers, 'https:'] : []),
  ]
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      `'nonce-${options.nonce}'`,
      "'strict-dynamic'",
      ...(options.development ? ["'unsafe-eval'"] : []),
    ],
    // Inline styles stay allowed: React style attributes, Recharts and RainbowKit's theme <style> carry no nonce,
    // and a style cannot run code.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': connectSources,
    'frame-src': ["'none'"],
    // Never empty: an empty source list would not parse, and "'none'" is what no Safe App host means.
    'frame-ancestors': options.frameAncestors.length > 0 ? options.frameAncestors : ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}
