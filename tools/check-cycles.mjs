// Fails when imports go round in a circle: between files, or between sibling folders (features/chat/store →
// features/chat/memory → features/chat/store). A cycle means neither side can be read, tested or moved alone.
// Imports are read with TypeScript's own scanner, so type-only imports count too: they tie modules all the same.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, posix, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Folder cycles known and left for their owners, each with its reason. A new cycle fails; so does one listed here
 * that has gone (delete its line then).
 */
const knownFolderCycles = new Map()
const sourceExtensions = ['.ts', '.tsx', '.mts', '.cts', '.mjs', '.js']

/** Tracked and new files, minus what .gitignore hides (builds, caches, node_modules). */
function gitFiles() {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root })
  return listed
    .toString()
    .split('\n')
    .filter((file) => existsSync(join(root, file)))
}

function sourceFiles() {
  return gitFiles()
    .filter((file) => /^(apps|packages)\//.test(file) && sourceExtensions.some((ext) => file.endsWith(ext)))
    .sort()
}

/** Workspace package name → its folder and `exports` map, to follow `@rialto/vault/vault` into the repo. */
function workspacePackages() {
  const manifests = gitFiles().filter((file) => /^(apps|packages)\/[^/]+\/package\.json$/.test(file))
  const packages = new Map()
  for (const manifest of manifests) {
    const { name, exports } = JSON.parse(readFileSync(join(root, manifest), 'utf8'))
    packages.set(name, { folder: posix.dirname(manifest), exports: exports ?? {} })
  }
  return packages
}

function exportTarget(exports, subpath) {
  for (const [pattern, target] of Object.entries(exports)) {
    const path = typeof target === 'string' ? target : (target.import ?? target.default ?? target.types)
    if (typeof path !== 'string') continue
    if (pattern === subpath) return path
    const star = pattern.indexOf('*')
    if (star === -1) continue
    const [prefix, suffix] = [pattern.slice(0, star), pattern.slice(star + 1)]
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= prefix.length + suffix.length) {
      return path.replace('*', subpath.slice(prefix.length, subpath.length - suffix.length))
    }
  }
  return undefined
}

function existingFile(base, known) {
  const candidates = [
    base,
    ...sourceExtensions.map((ext) => base + ext),
    ...sourceExtensions.map((ext) => `${base}/index${ext}`),
  ]
  // `./thing.js` written for ESM may name `thing.ts`.
  if (/\.m?js$/.test(base)) candidates.push(base.replace(/\.(m?)js$/, '.$1ts'), base.replace(/\.js$/, '.tsx'))
  return candidates.find((candidate) => known.has(candidate))
}

function resolveImport(from, specifier, packages, known) {
  if (specifier.startsWith('.')) return existingFile(posix.normalize(posix.join(posix.dirname(from), specifier)), known)
  const match = /^(@[^/]+\/[^/]+|[^@/][^/]*)(\/.*)?$/.exec(specifier)
  const workspace = match && packages.get(match[1])
  if (!workspace) return undefined
  const target = exportTarget(workspace.exports, `.${match[2] ?? ''}`)
  return target === undefined ? undefined : existingFile(posix.normalize(posix.join(workspace.folder, target)), known)
}

function importGraph(files) {
  const known = new Set(files)
  const packages = workspacePackages()
  const graph = new Map()
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true)
    const targets = importedFiles.map(({ fileName }) => resolveImport(file, fileName, packages, known))
    graph.set(file, [...new Set(targets.filter((target) => target !== undefined && target !== file))].sort())
  }
  return graph
}

/** Each import between two sibling folders, as an edge between those folders (the deepest pair that differs). */
function folderGraph(graph) {
  const folders = new Map()
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const a = posix.dirname(from).split('/')
      const b = posix.dirname(to).split('/')
      let shared = 0
      while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++
      // Files directly in the shared folder are not a sibling folder: only folder → folder edges count.
      if (shared >= a.length || shared >= b.length) continue
      const parent = a.slice(0, shared).join('/')
      const edge = [posix.join(parent, a[shared]), posix.join(parent, b[shared])]
      if (!folders.has(edge[0])) folders.set(edge[0], new Set())
      folders.get(edge[0]).add(edge[1])
    }
  }
  return new Map([...folders].map(([folder, targets]) => [folder, [...targets].sort()]))
}

/** Tarjan's strongly connected components: every group of nodes that reach each other is one cycle to report. */
function cycles(graph) {
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const found = []
  let next = 0
  const visit = (node) => {
    index.set(node, next)
    low.set(node, next++)
    stack.push(node)
    onStack.add(node)
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target)
        low.set(node, Math.min(low.get(node), low.get(target)))
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node), index.get(target)))
    }
    if (low.get(node) !== index.get(node)) return
    const component = []
    let member
    do {
      member = stack.pop()
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    if (component.length > 1) found.push(component.sort())
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node)
  return found.sort((a, b) => a[0].localeCompare(b[0]))
}

/** One path round the cycle, for the message: `a → b → a` (the other members, if any, after it). */
function loopThrough(component, graph) {
  const members = new Set(component)
  const cameFrom = new Map([[component[0], undefined]])
  const queue = [component[0]]
  while (queue.length > 0) {
    const node = queue.shift()
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue
      if (target === component[0]) {
        const back = []
        for (let at = node; at !== undefined; at = cameFrom.get(at)) back.unshift(at)
        const others = component.filter((member) => !back.includes(member))
        return (
          [...back, component[0]].join(' → ') + (others.length > 0 ? ` (also in this cycle: ${others.join(', ')})` : '')
        )
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node)
        queue.push(target)
      }
    }
  }
  return component.join(', ')
}

const files = sourceFiles()
const graph = importGraph(files)
const folders = folderGraph(graph)
const fileCycles = cycles(graph)
const folderCycles = cycles(folders).filter((component) => !knownFolderCycles.has(component.join(', ')))
const found = new Set(cycles(folders).map((component) => component.join(', ')))
const gone = [...knownFolderCycles.keys()].filter((members) => !found.has(members))
for (const component of fileCycles) console.error(`file cycle: ${loopThrough(component, graph)}`)
for (const component of folderCycles) console.error(`folder cycle: ${loopThrough(component, folders)}`)
for (const members of gone) console.error(`no longer a cycle, remove it from knownFolderCycles: ${members}`)
if (fileCycles.length + folderCycles.length + gone.length > 0) {
  console.error(
    `${fileCycles.length} file and ${folderCycles.length} folder import cycles. Make the imports run one way.`,
  )
  process.exit(1)
}
const known = knownFolderCycles.size === 0 ? '' : `; ${knownFolderCycles.size} known folder cycle left to its owners`
console.log(`No import cycles among ${files.length} files${known}.`)
