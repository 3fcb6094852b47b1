import type { Address } from 'viem'
import type { SupportedChainId } from './chains'

export type VeniceContracts = {
  vvv: Address
  staking: Address
  diem: Address
  /** The VVV/DIEM market: Aerodrome's volatile pool on Base, a reference constant-product pool on the devnet. */
  pool: Address
}

/**
 * Where the Venice contracts live on each supported chain.
 * Devnet addresses are deterministic: the deploy script sends the same transactions from the same
 * account on every fresh devnet, and a test checks that it lands on exactly these.
 */
export const veniceContracts = {
  8453: {
    vvv: '0xacfE6019Ed1A7Dc6f7B508C02d1b04ec88cC21bf',
    staking: '0x321b7ff75154472B18EDb199033fF4D116F340Ff',
    diem: '0xF4d97F2da56e8c3098f3a8D538DB630A2606a024',
    pool: '0xbB345D35450BF9Ee76F3D2cE214E8e7AC5e1071d',
  },
  31337: {
    vvv: '0x700b6A60ce7EaaEA56F065753d8dcB9653dbAD35',
    staking: '0xA15BB66138824a1c7167f5E85b957d04Dd34E468',
    diem: '0x07E06C8Fab4A6bF1E242F3d786bc5B19785Bb921',
    pool: '0x8ce361602B935680E8DeC218b820ff5056BeB7af',
  },
} as const satisfies Record<SupportedChainId, VeniceContracts>

/** The account that deploys and owns the devnet contracts (anvil's 10th mnemonic account); plays the Venice treasury. */
export const devnetDeployer = '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720' as const

/**
 * Devnet only: the ERC-7821 batch executor (`batchExecutorAbi`) that the devnet's smart account delegates to with
 * EIP-7702. The deployer creates it with its nonce 4, right after the reference pool.
 */
export const devnetBatchExecutor = '0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629' as const

/** VVV has no burn function: "burning" is a transfer to the zero address. */
export const burnAddress = '0x0000000000000000000000000000000000000000' as const
