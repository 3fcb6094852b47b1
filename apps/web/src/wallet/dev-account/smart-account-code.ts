import { type Address, getAddress, type Hex, isAddressEqual } from 'viem'

/** EIP-7702: the code of an account that delegates is this prefix followed by the address it delegates to. */
const delegationPrefix = '0xef0100'

/** The address an account delegates its code to (EIP-7702), or null when `code` is not a delegation designator. */
export function delegationTarget(code: Hex | undefined): Address | null {
  if (!code || code.length !== delegationPrefix.length + 40) return null
  if (!code.toLowerCase().startsWith(delegationPrefix)) return null
  return getAddress(`0x${code.slice(delegationPrefix.length)}`)
}

/** True when `code` delegates to `executor`: the account can then run batches through it. */
export function delegatesTo(code: Hex | undefined, executor: Address): boolean {
  const target = delegationTarget(code)
  return target !== null && isAddressEqual(target, executor)
}
