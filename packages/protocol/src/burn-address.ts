import { type Address, isAddressEqual, zeroAddress } from 'viem'

/**
 * The zero address: no key can ever sign for it, so VVV (or sVVV, DIEM) sent there is burned. Staking for it,
 * or reading its balance as if it were a holder's position, is always a mistake worth saying.
 */
export const burnAddress: Address = zeroAddress

export function isBurnAddress(address: Address): boolean {
  return isAddressEqual(address, burnAddress)
}
