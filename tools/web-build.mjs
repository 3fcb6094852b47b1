// The web app's production build for `npm start`, and what it is built from, so that an unchanged start reuses it.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { repoRoot } from './pnpm.mjs'

export const webRoot = `${repoRoot}apps/web/`
// Inside `.next/`, so that any other build of the app (the e2e setup's, say) deletes it with the rest.
const buildStampPath = `${webRoot}.next/rialto-start-build.json`
// Files next to the sources that never reach the bundle: editing a test should not cost a rebuild.
const notInTheBuild = /(\.(test|test-d|bench)\.[cm]?[jt]sx?$)|(^|\/)e2e\//
const rootFilesInTheBuild = ['package.json', 'pnpm-lock.yaml', 'tsconfig.base.json']

/** The web app's folder and those of the workspace packages it depends on, relative to the repository root. */
function buildSourceFolders() {
  const { dependencies } = JSON.parse(readFileSync(`${webRoot}package.json`, 'utf8'))
  const packageFolders = readdirSync(`${repoRoot}packages`).filter((folder) =>
    existsSync(`${repoRoot}packages/${folder}/package.json`),
  )
  const workspaceFolders = packageFolders.filter((folder) => {
    const { name } = JSON.parse(readFileSync(`${repoRoot}packages/${folder}/package.json`, 'utf8'))
    return dependencies[name]?.startsWith('workspace:')
  })
  return ['apps/web', ...workspaceFolders.map((folder) => `packages/${folder}`)]
}

/** Every file the production build reads from the repository (relative paths, sorted). */
export function buildSourceFiles() {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...buildSourceFolders()],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  // `.env*.local` files are git-ignored, yet `next build` reads them.
  const localEnvFiles = readdirSync(webRoot)
    .filter((name) => name.startsWith('.env'))
    .map((name) => `apps/web/${name}`)
  const files = [...listed.split('\0').filter(Boolean), ...localEnvFiles, ...rootFilesInTheBuild]
  return [...new Set(files)].filter((file) => !notInTheBuild.test(file)).sort()
}

/**
 * A hash of everything a build depends on: the source files, the NEXT_PUBLIC_ values it inlines, and Node's version.
 * Two equal fingerprints mean the same build.
 */
export function buildFingerprint(buildEnv) {
  const hash = createHash('sha256').update(`node ${process.version}\n`)
  const inlinedEnv = Object.entries(buildEnv)
    .filter(([name]) => name.startsWith('NEXT_PUBLIC_'))
    .sort(([a], [b]) => a.localeCompare(b))
  for (const [name, value] of inlinedEnv) hash.update(`env ${name}=${value}\n`)
  for (const file of buildSourceFiles()) {
    hash.update(`file ${file}\n`)
    // A file git still lists but the worktree has deleted counts as a change, not an error.
    if (existsSync(`${repoRoot}${file}`)) hash.update(readFileSync(`${repoRoot}${file}`))
  }
  return hash.digest('hex')
}

/** Whether `.next/` holds a complete build made by `npm start` from sources with this fingerprint. */
export function isBuildCurrent(fingerprint) {
  try {
    return JSON.parse(readFileSync(buildStampPath, 'utf8')).fingerprint === fingerprint
  } catch {
    return false
  }
}

/** Records that the build now in `.next/` came from sources with this fingerprint. */
export function stampBuild(fingerprint) {
  writeFileSync(buildStampPath, `${JSON.stringify({ fingerprint, builtAt: new Date().toISOString() })}\n`)
}
