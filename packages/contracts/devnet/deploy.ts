import { stakingAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { devnet, multicall3Address } from '@rialto/contracts-abi/chains'
import { emissionRatePerSecond, emissionSchedule } from '@rialto/protocol/emission-schedule'
import { mintCurve, mintRateTable } from '@rialto/protocol/mint-rate'
import { getAddress } from 'viem'
import { treasuryAccount } from './accounts'
import { DevnetError } from './anvil'
import { readArtifact } from './artifacts'
import type { DevnetSession } from './session'
import { deployBatchExecutor } from './smart-account'

const sevenDays = 7n * 24n * 60n * 60n

/**
 * Until DIEM launched, the mint curve was set punitively high so nobody could snipe the first mints.
 * The seed installs the real table on launch day.
 */
export const preLaunchMintRateMultiplier = 1_000_000n

/**
 * Deploys VVV, staking (which creates DIEM), Multicall3, the reference VVV/DIEM pool and the batch executor exactly
 * as Rialto's addresses expect. Must run first on a new chain: the addresses follow from the treasury's nonces 0, 1,
 * 3 and 4.
 */
export async function deployVenice(session: DevnetSession): Promise<void> {
  const { testClient, publicClient, deploy, confirm, as } = session
  await testClient.setCode({ address: multicall3Address, bytecode: readArtifact('Multicall3').deployedBytecode })

  const nonce = await publicClient.getTransactionCount({ address: treasuryAccount.address })
  if (nonce !== 0) throw new DevnetError('The deployer account has sent transactions already: deploy on a new chain.')

  const token = readArtifact('VeniceToken')
  const vvv = await deploy(treasuryAccount, token.abi, token.bytecode, [
    treasuryAccount.address,
    treasuryAccount.address,
  ])

  const launchTable = mintRateTable(mintCurve.launchTargetSupply)
  const staking = readArtifact('VeniceStaking')
  const stakingAddress = await deploy(treasuryAccount, staking.abi, staking.bytecode, [
    vvv,
    treasuryAccount.address,
    emissionRatePerSecond(emissionSchedule[0]?.vvvPerYear ?? 0),
    sevenDays,
    launchTable.diemSupply,
    launchTable.diemMintRates.map((rate) => rate * preLaunchMintRateMultiplier),
    treasuryAccount.address,
  ])
  // The staking contract mints emissions, so it owns VVV (our reading of Base; see assumptions.ts).
  await confirm(as(treasuryAccount).vvv.write.transferOwnership([stakingAddress]))
  const diem = await publicClient.readContract({ address: stakingAddress, abi: stakingAbi, functionName: 'diem' })

  // Deployed last, so the addresses above stay what they were before the devnet had a pool.
  const referencePool = readArtifact('ReferencePool')
  const pool = await deploy(treasuryAccount, referencePool.abi, referencePool.bytecode, [vvv, diem])

  const deployed = { vvv, staking: stakingAddress, diem, pool }
  const expected = veniceContracts[devnet.id]
  for (const name of ['vvv', 'staking', 'diem', 'pool'] as const) {
    if (getAddress(deployed[name]) !== getAddress(expected[name])) {
      throw new DevnetError(
        `${name} deployed at ${deployed[name]}, but @rialto/contracts-abi expects ${expected[name]}. ` +
          'The deployment transactions changed: update packages/contracts-abi/src/addresses.ts.',
      )
    }
  }
  await deployBatchExecutor(session)
}
