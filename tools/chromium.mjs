// Debian's Chromium, as the browser tests (web and docs) and the benchmarks start it (Playwright's download fails here).

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium'

/** No GPU, QUIC or background traffic: nothing but the page reaches the network or competes for the 2 cores. */
export const chromiumFlags = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** What Playwright's `chromium.launch` takes for it. */
export const chromiumLaunchOptions = { executablePath: chromiumPath, args: chromiumFlags }
