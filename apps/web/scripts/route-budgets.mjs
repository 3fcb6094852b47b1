// The first-load JS budgets in route-budgets.json, and the check the browser suite runs against a fresh build.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The budgets by route: `{ gzipBytes, reason }`. Throws on a malformed file rather than checking nothing. */
export function readRouteBudgets(webRoot) {
  const { routes } = JSON.parse(readFileSync(join(webRoot, 'route-budgets.json'), 'utf8'))
  for (const [route, budget] of Object.entries(routes ?? {})) {
    if (!Number.isInteger(budget?.gzipBytes) || typeof budget?.reason !== 'string' || budget.reason === '') {
      throw new Error(`route-budgets.json: "${route}" needs an integer gzipBytes and a reason.`)
    }
  }
  return new Map(Object.entries(routes ?? {}))
}

/** One sentence per route over its budget, without one, or budgeted but no longer built. Empty when all fit. */
export function budgetProblems(bundles, budgets) {
  const problems = []
  for (const { route, gzipBytes } of bundles) {
    const budget = budgets.get(route)
    if (!budget) problems.push(`${route}: ${gzipBytes} B gzip and no budget; add one to route-budgets.json.`)
    else if (gzipBytes > budget.gzipBytes) {
      problems.push(`${route}: ${gzipBytes} B gzip is over its budget of ${budget.gzipBytes} B (${budget.reason}).`)
    }
  }
  const built = new Set(bundles.map(({ route }) => route))
  for (const route of budgets.keys()) {
    if (!built.has(route)) problems.push(`${route}: budgeted in route-budgets.json but not in the build.`)
  }
  return problems
}
