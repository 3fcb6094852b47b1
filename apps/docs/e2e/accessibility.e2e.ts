import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { docsOrigin, docsSiteInChromium } from './docs-site'

/** The serious and critical violations on the page, one line each, to read in a failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .flatMap(({ id, help, nodes }) => nodes.map(({ target }) => `${id} (${help}): ${target.join(' ')}`))
}

const pages = [
  ['the home', '/'],
  ['a guide', '/guides/staking'],
  ['a contract reference', '/reference/contracts/staking'],
  ['the formulas', '/reference/formulas'],
] as const

describe('accessibility', () => {
  const site = docsSiteInChromium()

  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(pages)(`%s, ${colorScheme}: nothing serious or critical`, async (_, path) => {
      const context = await site.newContext({ colorScheme })
      const page = await context.newPage()
      await page.goto(`${docsOrigin}${path}`)
      // The theme follows the system's: the class says which one the page shows.
      await expect(page.locator('html').getAttribute('class')).resolves.toContain(colorScheme)
      await expect(seriousViolations(page)).resolves.toEqual([])
      expect(site.blockedRequests()).toEqual([])
      await context.close()
    })
  }
})
