import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { devnet } from '@rialto/contracts-abi/chains'
import type { PublicClient } from 'viem'
import { describe, expect, it } from 'vitest'
import { balanceChangeInBlock } from './balance-change'

const address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

/** A chain where the DIEM balance is 100 until block 41 and 130 from block 42. */
const client: Pick<PublicClient, 'readContract'> = {
  readContract: (async ({ address: token, blockNumber }: { address: string; blockNumber: bigint }) => {
    expect(token).toBe(veniceContracts[devnet.id].diem)
    return (blockNumber ?? 0n) >= 42n ? 130n : 100n
  }) as unknown as PublicClient['readContract'],
}

describe('balanceChangeInBlock', () => {
  it('compares the balance after the block with the one before it', async () => {
    const change = await balanceChangeInBlock(client, { chainId: devnet.id, token: 'diem', address, blockNumber: 42n })
    expect(change).toBe(30n)
  })
})
