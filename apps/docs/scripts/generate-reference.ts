// Writes what the site computes from the packages before Next builds it: a reference page per contract (from the
// ABIs) and the notes of the UNVERIFIED choices (from assumptions.ts). The outputs are git-ignored: the packages are
// the source, so nothing here can drift from them.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { assumptionNotes } from '../lib/assumption-notes'
import { contractPageMdx } from '../lib/contract-page'
import { documentedContracts } from '../lib/contracts'

const docsRoot = new URL('..', import.meta.url).pathname
const contractsFolder = `${docsRoot}content/docs/reference/contracts/`
const generatedFolder = `${docsRoot}lib/generated/`

/** Writes only what changed: a build reading these files meanwhile (turbo runs tasks side by side) sees no gap. */
function writeIfChanged(path: string, content: string) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return
  writeFileSync(path, content)
}

mkdirSync(contractsFolder, { recursive: true })
const pages = new Map(documentedContracts.map((contract) => [`${contract.slug}.mdx`, contractPageMdx(contract)]))
const meta = { title: 'Contracts', pages: documentedContracts.map(({ slug }) => slug) }
pages.set('meta.json', `${JSON.stringify(meta, null, 2)}\n`)
for (const [name, content] of pages) writeIfChanged(`${contractsFolder}${name}`, content)
// A contract no longer documented leaves no page behind.
for (const name of readdirSync(contractsFolder)) if (!pages.has(name)) rmSync(`${contractsFolder}${name}`)

const assumptionsPath = createRequire(import.meta.url).resolve('@rialto/contracts-abi/assumptions')
mkdirSync(generatedFolder, { recursive: true })
const notes = assumptionNotes(readFileSync(assumptionsPath, 'utf8'))
writeIfChanged(`${generatedFolder}assumptions.json`, `${JSON.stringify(notes, null, 2)}\n`)

console.log(`Generated ${documentedContracts.length} contract reference pages and the assumption notes.`)
