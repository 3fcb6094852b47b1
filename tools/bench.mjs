// `pnpm bench`: every performance figure of Rialto in one table, measured in one run, next to the bare RainbowKit +
// Recharts reference page (tools/bench-reference) and the goal. Figures, not a test: nothing here fails on a number.
// It builds apps/web several times with bench settings: run the browser suite without E2E_SKIP_BUILD afterwards.
// Sections (each script also runs alone, see the README): route JS (apps/web/scripts/bundle-size.mjs), Lighthouse,
// RPC requests and axe-core (apps/web/scripts/pages-bench.mjs), the vault in Node (packages/vault/bench) and in
// Chromium (apps/web/scripts/chat-vault-bench.mjs), the indexer (apps/indexer/bench).
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const webRoot = join(root, 'apps', 'web')
const vaultRoot = join(root, 'packages', 'vault')
const indexerRoot = join(root, 'apps', 'indexer')

/** Runs one section's script with `--json`; its progress goes to our stderr, its result is the last stdout line. */
function section(title, command, args, cwd) {
  console.error(`\n== ${title} ==`)
  const { status, stdout } = spawnSync(command, [...args, '--json'], {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (status !== 0) throw new Error(`${title}: ${command} ${args.join(' ')} exited ${status}`)
  const lines = stdout.trim().split('\n')
  return JSON.parse(lines.at(-1) ?? 'null')
}

const started = Date.now()
const routes = section('Route JS', 'node', ['scripts/bundle-size.mjs', '--build'], webRoot)
const pages = section('Lighthouse, RPC, axe', 'node', ['scripts/pages-bench.mjs'], webRoot)
const vaultNode = section(
  'Vault in Node',
  join(vaultRoot, 'node_modules', '.bin', 'tsx'),
  ['bench/vault-bench.ts'],
  vaultRoot,
)
const vaultChromium = section('Vault in Chromium', 'node', ['scripts/chat-vault-bench.mjs', '--build'], webRoot)
const indexer = section(
  'Indexer',
  join(indexerRoot, 'node_modules', '.bin', 'tsx'),
  ['bench/indexer-bench.ts'],
  indexerRoot,
)

const rows = []
const add = (area, measure, ours, reference, goal, verdict) =>
  rows.push([area, measure, String(ours), String(reference), goal, verdict])
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const met = (ok) => (ok ? 'met' : 'NOT MET')

const referenceHome = routes.reference.find(({ route }) => route === '/')
for (const bundle of routes.ours) {
  const isHome = bundle.route === '/'
  const ratio = isHome && referenceHome ? bundle.gzipBytes / referenceHome.gzipBytes : undefined
  add(
    'route JS',
    `${bundle.route} gzip (raw)`,
    `${kib(bundle.gzipBytes)} (${kib(bundle.rawBytes)})`,
    isHome && referenceHome ? `${kib(referenceHome.gzipBytes)} (${kib(referenceHome.rawBytes)})` : '',
    isHome ? `≤ ${routes.goalRatio}× reference` : `budget ${kib(bundle.budgetGzipBytes ?? 0)}`,
    isHome
      ? ratio === undefined
        ? 'reference not built'
        : `${met(ratio <= routes.goalRatio)}: ${ratio.toFixed(2)}×`
      : met(bundle.budgetGzipBytes !== null && bundle.gzipBytes <= bundle.budgetGzipBytes),
  )
}

const lighthouseReference = pages.lighthouse.rows.find(({ page }) => page === 'reference /')
for (const row of pages.lighthouse.rows.filter((row) => row !== lighthouseReference)) {
  const others = [row.accessibility, row.bestPractices, row.seo]
  const referenceOthers = lighthouseReference
    ? [lighthouseReference.accessibility, lighthouseReference.bestPractices, lighthouseReference.seo].join('/')
    : ''
  add(
    'Lighthouse',
    `${row.page} performance`,
    row.performance,
    lighthouseReference?.performance ?? '',
    '≥ 95',
    met(row.performance >= 95),
  )
  add(
    'Lighthouse',
    `${row.page} a11y/best practices/SEO`,
    others.join('/'),
    referenceOthers,
    '100/100/100',
    met(others.every((score) => score === 100)),
  )
  const paints = (of) => `${of.fcpMs} / ${of.lcpMs} / ${of.tbtMs} ms`
  add(
    'Lighthouse',
    `${row.page} FCP / LCP / TBT`,
    paints(row),
    lighthouseReference ? paints(lighthouseReference) : '',
    '',
    '',
  )
  add('Lighthouse', `${row.page} main thread`, row.topMainThread, '', '', row.topScripts)
}

const { watchLoad, connectedLoad, steadyState } = pages.rpc
/** "2× eth_call, eth_chainId": each HTTP request's methods, counted alike. */
const requestSummary = (methods) => {
  const counts = new Map()
  for (const request of methods) counts.set(request, (counts.get(request) ?? 0) + 1)
  return [...counts].map(([request, count]) => (count > 1 ? `${count}× ${request}` : request)).join(', ')
}
const loadRow = (name, load) =>
  add(
    'RPC',
    `dashboard load, ${name}: server + browser`,
    `${load.server.length} + ${load.browser.length}`,
    '',
    '≤ 1 in the browser',
    `${met(load.browser.length <= 1)}: server ${requestSummary(load.server) || 'none'}; browser ${requestSummary(load.browser) || 'none'}`,
  )
loadRow('watch mode', watchLoad)
loadRow('connected', connectedLoad)
add(
  'RPC',
  'open dashboard, per new block',
  steadyState.perBlock === null ? 'no block mined' : steadyState.perBlock.toFixed(2),
  '',
  '≤ 1',
  `${met(steadyState.perBlock !== null && steadyState.perBlock <= 1)}: ${steadyState.requests} requests, ${steadyState.blocks} blocks`,
)
for (const [page, count] of Object.entries(pages.axe)) {
  add('axe-core', `${page}: serious + critical`, count, '', '0', met(count === 0))
}
add(
  'charts',
  'first chart drawn after scrolling to them',
  `${pages.charts.firstChartMs} ms`,
  '',
  '',
  'chart code loads on approach',
)
for (const [card, points] of Object.entries(pages.charts.pointsByCard)) {
  add(
    'charts',
    `${card}: points per line at "All"`,
    points.join(' + ') || 'table only',
    '',
    '≤ 1000',
    met(points.every((count) => count <= 1000)),
  )
}
for (const [label, vault] of [
  [`vault, ${vaultNode.environment}`, vaultNode],
  [`vault, ${vaultChromium.environment}`, vaultChromium],
]) {
  for (const [measure, detail, result] of vault.rows) add(label, measure.trim(), result, '', '', detail)
}
const ms = (value) => `${value.toFixed(1)} ms`
add(
  'indexer',
  'backfill of the seeded devnet',
  `${(indexer.backfillMs / 1000).toFixed(1)} s`,
  '',
  '',
  `${indexer.blocks} blocks, ${indexer.events} events, from an empty PGlite database to caught up`,
)
add(
  'indexer',
  'rows written',
  Object.values(indexer.rows).reduce((sum, count) => sum + count, 0),
  '',
  '',
  Object.entries(indexer.rows)
    .map(([table, count]) => `${table} ${count}`)
    .join(', '),
)
add('indexer', 'database on disk', kib(indexer.databaseBytes), '', '', 'PGlite')
for (const [measure, serve] of [
  ['serve network history', indexer.serveNetwork],
  ['serve an account history', indexer.serveAccount],
]) {
  add('indexer', `${measure}: median / p95`, `${ms(serve.medianMs)} / ${ms(serve.p95Ms)}`, '', '', kib(serve.bytes))
}

const header = ['area', 'measure', 'Rialto', 'reference', 'goal', 'verdict / detail']
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')
console.log(
  `\nRialto bench — ${new Date().toISOString()}, ${Math.round((Date.now() - started) / 1000)} s. Lighthouse 12 mobile,` +
    ` median of ${pages.lighthouse.runs} runs; vault medians of ${vaultNode.pairs} pairs (a KDF, then the unlock).`,
)
console.log(line(header))
console.log(widths.map((width) => '-'.repeat(width)).join('-+-'))
for (const row of rows) console.log(line(row))
