import type { Address } from 'viem'

/** Anvil's public test mnemonic. Its keys are known to everyone: they hold value only on the local devnet. */
export const devMnemonic = 'test test test test test test test test test test test junk'

/**
 * Addresses #0–#7 of `devMnemonic` (m/44'/60'/0'/0/i), written out so showing them needs no key derivation;
 * a test derives them again to keep this list honest.
 */
export const devAccountAddresses = [
  '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
  '0x90F79bf6EB2c4f870365E785982E1f101E93b906',
  '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65',
  '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
  '0x976EA74026E726554dB657fA54763abd0C3a0aa9',
  '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955',
] as const

/** The mnemonic index of an account the dev wallet signs for. */
export type DevAccountIndex = number

/** Account #20, which the devnet seed delegates to the batch executor (EIP-7702): it runs batches atomically. */
export const smartAccount = {
  index: 20,
  address: '0x09DB0a93B389bEF724429898f539AEB7ac2Dd55f',
  label: 'Smart account (EIP-7702)',
} as const

export type DevWalletAccount = { index: DevAccountIndex; address: Address; label: string }

/** What the dev wallet's menu offers: #0–#7, then the smart account. */
export const devWalletAccounts: readonly DevWalletAccount[] = [
  ...devAccountAddresses.map((address, index) => ({ index, address, label: address.slice(0, 6) })),
  smartAccount,
]

export function isDevAccountIndex(value: unknown): value is DevAccountIndex {
  return devWalletAccounts.some(({ index }) => index === value)
}

/** The address the dev wallet signs with for `index` (account #0 for an index it does not offer). */
export function devAccountAddress(index: DevAccountIndex): Address {
  return devWalletAccounts.find((account) => account.index === index)?.address ?? devAccountAddresses[0]
}
