import { type HDAccount, mnemonicToAccount } from 'viem/accounts'

/** Anvil's well-known test mnemonic: the dev accounts are public and hold value only on the devnet. */
export const devMnemonic = 'test test test test test test test test test test test junk'

const account = (addressIndex: number): HDAccount => mnemonicToAccount(devMnemonic, { addressIndex })

/** The ten accounts anvil funds with ETH; the first eight are the people a developer signs in as. */
export const devAccounts = Array.from({ length: 8 }, (_, index) => account(index))

/** Plays Venice's buyback Safe, which sends VVV to 0x0 each month. */
export const buybackAccount = account(8)

/** Deploys and owns the contracts and receives the 100M genesis VVV: plays the Venice treasury Safe. */
export const treasuryAccount = account(9)

/** Large early holders beyond the dev accounts, so network totals and the DIEM curve look like Base. */
export const holderAccounts = Array.from({ length: 10 }, (_, index) => account(10 + index))

/**
 * The devnet's smart account: the seed delegates it to the batch executor with EIP-7702, so it runs several calls
 * in one transaction, all or nothing. Not one of the funded accounts 0–19: the seed gives it ETH and VVV.
 */
export const smartAccount = account(20)

/** The owners of the devnet's 2-of-3 treasury Safe (a DAO's). Anvil funds none of them: the seed gives them gas. */
export const treasurySafeOwners = [21, 22, 23].map(account)
