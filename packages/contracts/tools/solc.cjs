#!/usr/bin/env node
// A solc command-line shim over the npm `solc` package (solc-js), because forge cannot download
// native compilers on this machine. It implements only what forge uses: `--version` and `--standard-json`.
'use strict'

const fs = require('node:fs')
const path = require('node:path')
const solc = require('solc')

const args = process.argv.slice(2)

if (args.includes('--version')) {
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${solc.version()}\n`)
  process.exit(0)
}

if (!args.includes('--standard-json')) {
  process.stderr.write('tools/solc supports only --version and --standard-json\n')
  process.exit(2)
}

// Import roots: the working directory plus every --base-path / --include-path argument.
const roots = [process.cwd()]
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split('=', 2)
  if (flag === '--base-path' || flag === '--include-path') {
    const value = inline ?? args[++i]
    if (value) roots.push(path.resolve(value))
  }
}

function findImports(importPath) {
  const candidates = path.isAbsolute(importPath) ? [importPath] : roots.map((root) => path.join(root, importPath))
  for (const candidate of candidates) {
    if (fs.existsSync(candidate)) return { contents: fs.readFileSync(candidate, 'utf8') }
  }
  return { error: `File not found: ${importPath}` }
}

const input = fs.readFileSync(0, 'utf8')
const output = solc.compile(input, { import: findImports })
// Let the stream drain on its own; process.exit() here could truncate a large JSON output on a pipe.
process.stdout.write(output)
