export const routeBundleStatsPath: string
export type RouteBundle = { route: string; chunks: number; rawBytes: number; gzipBytes: number }
export function measureRouteBundles(appRoot: string): RouteBundle[]
