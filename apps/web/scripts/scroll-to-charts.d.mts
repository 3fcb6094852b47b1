import type { Page } from 'playwright-core'

export function scrollToCharts(page: Page, options?: { timeoutMs?: number }): Promise<void>
