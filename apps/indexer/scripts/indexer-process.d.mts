export const indexerRoot: string

export type RunningIndexer = {
  url: string
  /** Everything the indexer printed so far. */
  lines: string[]
  exited: Promise<number | string | null>
  stop: () => Promise<void>
  /** From spawning it to its backfill being done (`/ready`). */
  readyInMs: number
}

export function startIndexer(options: {
  rpcUrl: string
  port: number
  pgliteDirectory?: string
  /** Start from an empty index (the default): the devnet can be rebuilt under the same chain id. */
  fresh?: boolean
  env?: NodeJS.ProcessEnv
  onLine?: (line: string) => void
  /** Called right after the process starts, with what stops it. */
  onSpawn?: (process: { stop: () => Promise<void>; exited: Promise<number | string | null> }) => void
  readyTimeoutMs?: number
}): Promise<RunningIndexer>
