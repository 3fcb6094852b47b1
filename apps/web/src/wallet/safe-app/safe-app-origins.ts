/** Safe{Wallet}, the Safe web app: the one host that frames Rialto as a Safe App in production. */
export const safeWalletOrigin = 'https://app.safe.global'

/**
 * The origins allowed to frame Rialto and speak the Safe Apps SDK's protocol with it: Safe{Wallet}, and the
 * origins listed in `configured` (comma-separated, e.g. a self-hosted Safe{Wallet}), each a bare origin.
 * Throws one sentence on an entry that is not an http(s) origin, so a misspelt setting fails the build.
 */
export function safeAppOrigins(configured: string | undefined = process.env.NEXT_PUBLIC_SAFE_APP_ORIGINS): string[] {
  const extra = (configured ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  return [...new Set([safeWalletOrigin, ...extra.map(originOf)])]
}

function originOf(entry: string): string {
  const url = parsedUrl(entry)
  const bare = url !== null && (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry
  if (!bare) {
    throw new Error(
      `NEXT_PUBLIC_SAFE_APP_ORIGINS: "${entry}" is not an origin; write each as scheme://host[:port], without a path.`,
    )
  }
  return url.origin
}

/** The same origins as the Safe Apps SDK's `allowedDomains` takes them: exact matches of a message's origin. */
export function safeAppOriginPatterns(origins: readonly string[]): RegExp[] {
  return origins.map((origin) => new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`))
}

function parsedUrl(text: string): URL | null {
  try {
    return new URL(text)
  } catch {
    return null
  }
}
