// Runs the repository's pinned pnpm, bringing it in through npx when the machine has none:
// the start and test commands must work on a machine that has only Node and npm.
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

export const repoRoot = new URL('..', import.meta.url).pathname

const pinned = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')).packageManager.replace('pnpm@', '')

function installedPnpmVersion() {
  try {
    return execFileSync('pnpm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null
  }
}

/** The command and leading arguments that run pnpm `pinned`. */
export function pnpmCommand() {
  if (installedPnpmVersion() === pinned) return ['pnpm']
  return ['npx', '--yes', `pnpm@${pinned}`]
}

/** Runs pnpm with `args` in the repository root; rejects on a non-zero exit. Output goes to this terminal. */
export function runPnpm(args, { env = {}, capture = false } = {}) {
  const [command, ...prefix] = pnpmCommand()
  return runCommand(command, [...prefix, ...args], { env, capture })
}

export function runCommand(command, args, { env = {}, capture = false, cwd = repoRoot } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...telemetryOff, ...env },
      stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
    })
    let output = ''
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk) => {
        output += chunk
        ;(stream === child.stdout ? process.stdout : process.stderr).write(chunk)
      })
    }
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(Object.assign(new Error(`${command} ${args.join(' ')} exited with ${code}`), { output })),
    )
  })
}

export const telemetryOff = { NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' }

/**
 * Whether node_modules was installed from exactly this lockfile (pnpm keeps a copy of the one it installed from):
 * then a frozen install would change nothing, and `npm start` skips the seconds pnpm takes to say so.
 */
export function isInstallCurrent() {
  try {
    return (
      readFileSync(`${repoRoot}pnpm-lock.yaml`, 'utf8') ===
      readFileSync(`${repoRoot}node_modules/.pnpm/lock.yaml`, 'utf8')
    )
  } catch {
    return false
  }
}

/** Installs dependencies exactly as the lockfile pins them. */
export async function installDependencies() {
  await runPnpm(['install', '--frozen-lockfile', '--prefer-offline'])
}
