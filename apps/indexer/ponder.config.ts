import { diemAbi, stakingAbi, vvvAbi, vvvDiemPoolAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
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
    // Every VVV transfer, not only mints, burns and payouts: an account's history needs the plain ones between
    // holders too (on Base, most of them; see README). Ponder fetches only the events a handler is registered for.
    Vvv: { chain: chainName, abi: vvvAbi, address: contracts.vvv, startBlock },
    Staking: { chain: chainName, abi: stakingAbi, address: contracts.staking, startBlock },
    Diem: { chain: chainName, abi: diemAbi, address: contracts.diem, startBlock },
    Pool: { chain: chainName, abi: vvvDiemPoolAbi, address: contracts.pool, startBlock },
  },
})
