// Brings `/`'s network charts on screen, for the browser tests and the pages bench. The charts' code loads when
// their placeholder nears the viewport, and the network section streams in after the rest of the page: so this
// waits for the section, scrolls to its end, and scrolls again while the layout still grows, until a chart is drawn.

/** @param {import('playwright-core').Page} page */
export async function scrollToCharts(page, { timeoutMs = 30_000 } = {}) {
  await page.waitForSelector('[data-testid="network-section"]', { timeout: timeoutMs })
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    await page.evaluate(() =>
      document.querySelector('[data-testid="network-section"]')?.scrollIntoView({ block: 'end' }),
    )
    const drawn = await page
      .waitForSelector('[data-testid="network-charts"] svg.recharts-surface', { timeout: 1_000 })
      .then(
        () => true,
        () => false,
      )
    if (drawn) return
  }
  throw new Error(`The network charts were not drawn within ${timeoutMs / 1000} s.`)
}
