import { isBurnAddress } from '@rialto/protocol/burn-address'
import { type Address, getAddress, isAddress } from 'viem'

export type RecipientParse = { ok: true; address: Address; isSelf: boolean } | { ok: false; reason: string }

/** The "stake for another address" field: empty means the connected account itself. */
export function parseRecipient(input: string, self: Address): RecipientParse {
  const text = input.trim()
  if (text === '') return { ok: true, address: self, isSelf: true }
  if (!isAddress(text)) {
    return { ok: false, reason: 'That is not an address: 0x followed by 40 hexadecimal characters, checksum intact.' }
  }
  const address = getAddress(text)
  if (isBurnAddress(address)) {
    return { ok: false, reason: 'Staking for the zero address would burn the VVV.' }
  }
  return { ok: true, address, isSelf: address === getAddress(self) }
}
