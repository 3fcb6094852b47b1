import { type Abi, type AbiParameter, toEventSelector, toFunctionSelector } from 'viem'

export type ReferenceParameter = { name: string; type: string; indexed?: boolean }

export type ReferenceEntry = {
  kind: 'function' | 'event' | 'error'
  name: string
  /** The canonical signature the selector is hashed from, e.g. `transfer(address,uint256)`. */
  signature: string
  /** 4 bytes for a function or an error, the 32-byte topic 0 for an event. */
  selector: string
  /** Functions only: view, pure, nonpayable or payable. */
  stateMutability?: string
  inputs: ReferenceParameter[]
  outputs: ReferenceParameter[]
}

/** The type as Solidity hashes it: a tuple is its components' types in brackets, `(address,bool)[]`. */
function canonicalType(parameter: AbiParameter): string {
  if (!parameter.type.startsWith('tuple') || !('components' in parameter)) return parameter.type
  return `(${parameter.components.map(canonicalType).join(',')})${parameter.type.slice('tuple'.length)}`
}

/** The type as a reader wants it: a tuple names its components, `(address target, bool allowFailure)[]`. */
function readableType(parameter: AbiParameter): string {
  if (!parameter.type.startsWith('tuple') || !('components' in parameter)) return parameter.type
  const components = parameter.components.map((component) =>
    component.name ? `${readableType(component)} ${component.name}` : readableType(component),
  )
  return `(${components.join(', ')})${parameter.type.slice('tuple'.length)}`
}

const describeParameter = (parameter: AbiParameter, indexed?: boolean): ReferenceParameter => ({
  name: parameter.name ?? '',
  type: readableType(parameter),
  ...(indexed === undefined ? {} : { indexed }),
})

const canonicalSignature = (name: string, inputs: readonly AbiParameter[]) =>
  `${name}(${inputs.map(canonicalType).join(',')})`

/** The functions, events and errors of an ABI as the reference shows them, in the ABI's order. */
export function referenceEntries(abi: Abi): ReferenceEntry[] {
  return abi.flatMap((item): ReferenceEntry[] => {
    if (item.type === 'function') {
      const signature = canonicalSignature(item.name, item.inputs)
      return [
        {
          kind: 'function',
          name: item.name,
          signature,
          selector: toFunctionSelector(signature),
          stateMutability: item.stateMutability,
          inputs: item.inputs.map((input) => describeParameter(input)),
          outputs: item.outputs.map((output) => describeParameter(output)),
        },
      ]
    }
    if (item.type === 'event') {
      const signature = canonicalSignature(item.name, item.inputs)
      return [
        {
          kind: 'event',
          name: item.name,
          signature,
          selector: toEventSelector(signature),
          inputs: item.inputs.map((input) => describeParameter(input, input.indexed ?? false)),
          outputs: [],
        },
      ]
    }
    if (item.type === 'error') {
      const signature = canonicalSignature(item.name, item.inputs)
      return [
        {
          kind: 'error',
          name: item.name,
          signature,
          selector: toFunctionSelector(signature),
          inputs: item.inputs.map((input) => describeParameter(input)),
          outputs: [],
        },
      ]
    }
    return []
  })
}
