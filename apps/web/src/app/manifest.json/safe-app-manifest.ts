/**
 * What Safe{Wallet} reads before it lists or opens Rialto as a Safe App: `/manifest.json` with a name, a
 * description and icons (the web app manifest's `icons`, which Safe{Wallet} reads now, and `iconPath`, which
 * older Safe web apps read), fetched from Safe{Wallet}'s origin, so it carries CORS headers.
 */
export const safeAppManifest = {
  name: 'Rialto',
  description:
    'Stake VVV for sVVV, claim and restake rewards, mint, burn and stake DIEM: the Venice AI tokens on Base, from your Safe.',
  iconPath: 'icon.svg',
  icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' }],
} as const

/** The CORS headers Safe's documentation asks a Safe App's manifest to answer with. */
export const safeAppManifestCorsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET',
  'Access-Control-Allow-Headers': 'X-Requested-With, content-type, Authorization',
} as const
