// Calls back when a file the web build reads may have changed, for `npm start`'s rebuild-on-change.
import { watch } from 'node:fs'
import { dirname } from 'node:path'
import { repoRoot } from './pnpm.mjs'
import { buildSourceFiles } from './web-build.mjs'

// Editors save in bursts (write, rename, chmod): one check after the burst is enough.
const settleMs = 300

/**
 * Watches each folder that holds a build source, one by one (recursively would walk node_modules too).
 * `onChange` runs once per burst of events; the caller compares fingerprints, so a false alarm costs only a hash.
 * Returns a function that stops watching.
 */
export function watchBuildSources(onChange) {
  const folders = new Set()
  // Every folder on the way to a source too, so that a new folder (with its first file) is seen.
  for (const file of buildSourceFiles()) {
    for (let folder = dirname(file); !folders.has(folder); folder = dirname(folder)) {
      folders.add(folder)
      if (folder === '.') break
    }
  }
  let settleTimer
  const watchers = [...folders].map((folder) =>
    watch(`${repoRoot}${folder}`, () => {
      clearTimeout(settleTimer)
      settleTimer = setTimeout(onChange, settleMs)
    }),
  )
  return () => {
    clearTimeout(settleTimer)
    for (const watcher of watchers) watcher.close()
  }
}
