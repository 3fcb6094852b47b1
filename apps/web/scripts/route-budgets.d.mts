import type { RouteBundle } from './route-bundles.mjs'

export type RouteBudget = { gzipBytes: number; reason: string }
export function readRouteBudgets(webRoot: string): Map<string, RouteBudget>
export function budgetProblems(bundles: RouteBundle[], budgets: Map<string, RouteBudget>): string[]
