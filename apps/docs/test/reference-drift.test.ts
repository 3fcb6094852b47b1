import * as abis from '@rialto/contracts-abi/abis'
import * as safe from '@rialto/contracts-abi/safe'
import { type Abi, toEventSelector, toFunctionSelector } from 'viem'
import { describe, expect, it } from 'vitest'
import { documentedContracts } from '@/lib/contracts'
import { readBuilt } from './built-site'
import { pageLinks } from './page-links'

// An export named `…Abi` holding an array of ABI items (each has a `type`) is an ABI.
const isAbiExport = (entry: [string, unknown]): entry is [string, Abi] =>
  entry[0].endsWith('Abi') &&
  Array.isArray(entry[1]) &&
  entry[1].every((item: unknown) => typeof item === 'object' && item !== null && 'type' in item)

/** Every ABI that @rialto/contracts-abi exports, by its export name. */
const exportedAbis = Object.entries<unknown>({ ...abis, ...safe }).filter(isAbiExport)

const pageOf = (abi: Abi) => documentedContracts.find((contract) => contract.abi === abi)

describe('the contract reference against @rialto/contracts-abi', () => {
  it('documents every ABI the package exports', () => {
    const undocumented = exportedAbis.filter(([, abi]) => !pageOf(abi)).map(([name]) => name)
    expect(exportedAbis.length).toBeGreaterThan(5)
    expect(undocumented).toEqual([])
  })

  it.each(exportedAbis)('the built page of %s lists each function and event with its selector', (_, abi) => {
    const contract = pageOf(abi)
    if (!contract) throw new Error('undocumented: see the test above')
    const html = readBuilt(`reference/contracts/${contract.slug}.html`)
    const { anchors } = pageLinks(html)
    // Selectors are hashed here by viem from the ABI item itself, not from the signature the page prints.
    const expected = abi.flatMap((item) => {
      if (item.type === 'function') return [{ name: item.name, selector: toFunctionSelector(item) }]
      if (item.type === 'event') return [{ name: item.name, selector: toEventSelector(item) }]
      return []
    })
    const missing = expected.filter(
      ({ name, selector }) => !anchors.has(name.toLowerCase()) || !html.includes(selector),
    )
    expect(missing).toEqual([])
  })
})
