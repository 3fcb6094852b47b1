/**
 * The security headers every response carries (next.config.ts sends them); the Content-Security-Policy, which
 * needs a nonce per request, comes from the proxy.
 */
export const securityHeaders = [
  // No URL (an address in `?address=`) leaks to an RPC, Venice or a custom endpoint.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Nothing in Rialto needs these powers; a compromised script should not get them either.
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), browsing-topics=()',
  },
  // Not `same-origin`: wallet SDKs (Coinbase Wallet) talk to the popup they open through `window.opener`.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' },
] as const
