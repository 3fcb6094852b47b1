// The production builds of the web app and the docs for `npm start`, and what each is built from, so that an
// unchanged start reuses them. Every function takes the app's folder; the web app's by default.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { repoRoot } from './pnpm.mjs'

export const webRoot = `${repoRoot}apps/web/`
const webFolder = 'apps/web'
// Inside `.next/`, so that any other build of the app (the e2e setup's, say) deletes it with the rest.
const buildStampPath = (appFolder) => `${repoRoot}${appFolder}/.next/rialto-start-build.json`
// Files next to the sources that never reach the bundle: editing a test should not cost a rebuild.
const notInTheBuild = /(\.(test|test-d|bench)\.[cm]?[jt]sx?$)|(^|\/)e2e\//
const rootFilesInTheBuild = ['package.json', 'pnpm-lock.yaml', 'tsconfig.base.json']

/** The app's folder and those of the workspace packages it depends on, relative to the repository root. */
function buildSourceFolders(appFolder) {
  const { dependencies } = JSON.parse(readFileSync(`${repoRoot}${appFolder}/package.json`, 'utf8'))
  const packageFolders = readdirSync(`${repoRoot}packages`).filter((folder) =>
    existsSync(`${repoRoot}packages/${folder}/package.json`),
  )
  const workspaceFolders = packageFolders.filter((folder) => {
    const { name } = JSON.parse(readFileSync(`${repoRoot}packages/${folder}/package.json`, 'utf8'))
    return dependencies[name]?.startsWith('workspace:')
  })
  return [appFolder, ...workspaceFolders.map((folder) => `packages/${folder}`)]
}

/** Every file the production build reads from the repository (relative paths, sorted). */
export function buildSourceFiles(appFolder = webFolder) {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...buildSourceFolders(appFolder)],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  // `.env*.local` files are git-ignored, yet `next build` reads them.
  const localEnvFiles = readdirSync(`${repoRoot}${appFolder}`)
    .filter((name) => name.startsWith('.env'))
    .map((name) => `${appFolder}/${name}`)
  const files = [...listed.split('\0').filter(Boolean), ...localEnvFiles, ...rootFilesInTheBuild]
  return [...new Set(files)].filter((file) => !notInTheBuild.test(file)).sort()
}

/**
 * A hash of everything a build depends on: the source files, the NEXT_PUBLIC_ values it inlines, and Node's version.
 * Two equal fingerprints mean the same build.
 */
export function buildFingerprint(buildEnv, appFolder = webFolder) {
  const hash = createHash('sha256').update(`node ${process.version}\n`)
  const inlinedEnv = Object.entries(buildEnv)
    .filter(([name]) => name.startsWith('NEXT_PUBLIC_'))
    .sort(([a], [b]) => a.localeCompare(b))
  for (const [name, value] of inlinedEnv) hash.update(`env ${name}=${value}\n`)
  for (const file of buildSourceFiles(appFolder)) {
    hash.update(`file ${file}\n`)
    // A file git still lists but the worktree has deleted counts as a change, not an error.
    if (existsSync(`${repoRoot}${file}`)) hash.update(readFileSync(`${repoRoot}${file}`))
  }
  return hash.digest('hex')
}

/** Whether `.next/` holds a complete build made by `npm start` from sources with this fingerprint. */
export function isBuildCurrent(fingerprint, appFolder = webFolder) {
  try {
    return JSON.parse(readFileSync(buildStampPath(appFolder), 'utf8')).fingerprint === fingerprint
  } catch {
    return false
  }
}

/** Records that the build now in `.next/` came from sources with this fingerprint. */
export function stampBuild(fingerprint, appFolder = webFolder) {
  writeFileSync(buildStampPath(appFolder), `${JSON.stringify({ fingerprint, builtAt: new Date().toISOString() })}\n`)
}
