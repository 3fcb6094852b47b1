import { diemAbi, stakingAbi, vvvAbi, vvvDiemPoolAbi } from '@rialto/contracts-abi/abis'
import { burnAddress, veniceContracts } from '@rialto/contracts-abi/addresses'
import { createConfig } from 'ponder'
import { indexerSettings } from './src/settings'

const { chainName, chainId, rpcUrl, startBlock, databaseUrl, pgliteDirectory } = indexerSettings(process.env)
const contracts = veniceContracts[chainId]
const devnetRpcEndpoints = 8

export default createConfig({
  database: databaseUrl
    ? { kind: 'postgres', connectionString: databaseUrl }
    : { kind: 'pglite', directory: pgliteDirectory },
  chains: {
    [chainName]: {
      id: chainId,
      // Ponder starts each RPC endpoint at 20 requests/s and ramps up as it answers; anvil on loopback has no limit,
      // so the devnet's URL is listed as several endpoints (the seeded devnet backfills in a third of the time).
      rpc: chainName === 'devnet' ? Array.from({ length: devnetRpcEndpoints }, () => rpcUrl) : rpcUrl,
      // anvil can rewind (snapshots, reorgs, a new devnet on the same port): never answer from a cache there.
      disableCache: chainName === 'devnet',
    },
  },
  contracts: {
    // Only the VVV transfers that change what the charts show, as two sources (Ponder keeps one filter per event):
    // mints (emissions) and VVV leaving staking (unstakes finalized); and burns, sent to 0x0.
    VvvMintsAndPayouts: {
      chain: chainName,
      abi: vvvAbi,
      address: contracts.vvv,
      startBlock,
      filter: { event: 'Transfer', args: { from: [burnAddress, contracts.staking] } },
    },
    VvvBurns: {
      chain: chainName,
      abi: vvvAbi,
      address: contracts.vvv,
      startBlock,
      filter: { event: 'Transfer', args: { to: burnAddress } },
    },
    Staking: { chain: chainName, abi: stakingAbi, address: contracts.staking, startBlock },
    Diem: { chain: chainName, abi: diemAbi, address: contracts.diem, startBlock },
    Pool: { chain: chainName, abi: vvvDiemPoolAbi, address: contracts.pool, startBlock },
  },
})
