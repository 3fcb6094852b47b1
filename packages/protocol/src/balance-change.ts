import { vvvAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import type { Address, PublicClient } from 'viem'

export type VeniceToken = 'vvv' | 'staking' | 'diem'

/**
 * How much a block changed an address's token balance: `balanceOf` after the block minus before it. This is how a
 * `mintDiem` result is measured, since the function returns nothing. Both reads go out together.
 */
export async function balanceChangeInBlock(
  client: Pick<PublicClient, 'readContract'>,
  {
    chainId,
    token,
    address,
    blockNumber,
  }: { chainId: SupportedChainId; token: VeniceToken; address: Address; blockNumber: bigint },
): Promise<bigint> {
  // balanceOf is the same ERC-20 function on all three contracts.
  const read = (at: bigint) =>
    client.readContract({
      address: veniceContracts[chainId][token],
      abi: vvvAbi,
      functionName: 'balanceOf',
      args: [address],
      blockNumber: at,
    })
  const [before, after] = await Promise.all([read(blockNumber - 1n), read(blockNumber)])
  return after - before
}
