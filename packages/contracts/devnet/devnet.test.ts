import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { vvvDiemPoolAbi } from '@rialto/contracts-abi/abis'
import { burnAddress, veniceContracts } from '@rialto/contracts-abi/addresses'
import { devnet as devnetChain } from '@rialto/contracts-abi/chains'
import { emissionRatePerSecond } from '@rialto/protocol/emission-schedule'
import { currentMintRate, diemAmountOut } from '@rialto/protocol/mint-quote'
import { mintRateTable } from '@rialto/protocol/mint-rate'
import { parseEther } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { devAccounts } from './accounts'
import { DevnetError, freePort } from './anvil'
import { type Devnet, startDevnet } from './devnet'
import { openSession } from './session'

const stateDir = mkdtempSync(join(tmpdir(), 'rialto-devnet-'))
const [dev0, dev1] = devAccounts
let devnet: Devnet
let session: ReturnType<typeof openSession>

let port: number

beforeAll(async () => {
  port = await freePort()
  devnet = await startDevnet({ port, stateDir, blockTimeSeconds: 1 })
  session = openSession(devnet.rpcUrl)
})

afterAll(async () => {
  await devnet?.stop()
  rmSync(stateDir, { recursive: true, force: true })
})

describe('a new devnet', () => {
  it('is built, not reused, and serves chain 31337', async () => {
    expect(devnet.reused).toBe(false)
    expect(await session.publicClient.getChainId()).toBe(devnetChain.id)
  })

  it('has the contracts at the addresses @rialto/contracts-abi gives', async () => {
    const { vvv, staking, diem, pool } = veniceContracts[devnetChain.id]
    for (const address of [vvv, staking, diem, pool]) {
      expect(await session.publicClient.getCode({ address })).toMatch(/^0x.+/)
    }
    expect(await session.read.staking.read.venice()).toBe(vvv)
    expect(await session.read.vvv.read.owner()).toBe(staking)
  })

  it('batches reads through Multicall3 at its canonical address', async () => {
    const results = await session.publicClient.multicall({
      contracts: [
        { ...session.read.vvv, functionName: 'totalSupply' },
        { ...session.read.diem, functionName: 'totalStaked' },
      ],
      allowFailure: false,
    })
    expect(results[0]).toBeGreaterThan(parseEther('100000000'))
    expect(results[1]).toBeGreaterThan(0n)
  })

  it('ends its history at the present, on the latest emission rate and the 40,000-DIEM curve', async () => {
    const block = await session.publicClient.getBlock()
    expect(Math.abs(Number(block.timestamp) - Date.now() / 1000)).toBeLessThan(120)
    expect(await session.read.staking.read.emissionRatePerSecond()).toBe(emissionRatePerSecond(2_000_000))
    const table = mintRateTable(40_000)
    for (const index of [0n, 79n, 255n]) {
      expect(await session.read.staking.read.diemMintRates([index])).toBe(table.diemMintRates[Number(index)])
    }
  })

  it('has DIEM minted across many buckets and mostly staked, and VVV burned to 0x0', async () => {
    const supply = await session.read.diem.read.totalSupply()
    expect(supply).toBeGreaterThan(parseEther('30000'))
    expect(supply).toBeLessThan(parseEther('45000'))
    expect(await session.read.diem.read.totalStaked()).toBeGreaterThan(supply / 2n)
    expect(await session.read.vvv.read.balanceOf([burnAddress])).toBeGreaterThan(parseEther('25000000'))
    expect(await session.read.staking.read.totalLockedStakedVVV()).toBeGreaterThan(0n)
  })

  it('quotes DIEM out exactly as the TypeScript mint quote does', async () => {
    const table = mintRateTable(40_000)
    const supply = await session.read.diem.read.totalSupply()
    for (const sVvv of [1n, parseEther('1'), parseEther('12345.678'), parseEther('2000000')]) {
      expect(await session.read.staking.read.getDiemAmountOut([sVvv])).toBe(diemAmountOut(table, supply, sVvv))
    }
  })

  it('has a VVV/DIEM pool, tokens sorted as on Aerodrome, traded both ways since DIEM launched', async () => {
    const { vvv, diem, pool } = veniceContracts[devnetChain.id]
    const [token0, token1] = [await session.read.pool.read.token0(), await session.read.pool.read.token1()]
    expect([token0, token1]).toEqual(BigInt(vvv) < BigInt(diem) ? [vvv, diem] : [diem, vvv])
    const [reserve0, reserve1, updatedAt] = await session.read.pool.read.getReserves()
    const [reserveVvv, reserveDiem] = token0 === vvv ? [reserve0, reserve1] : [reserve1, reserve0]
    expect(reserveVvv).toBe(await session.read.vvv.read.balanceOf([pool]))
    expect(reserveDiem).toBe(await session.read.diem.read.balanceOf([pool]))

    const swaps = await session.publicClient.getContractEvents({
      address: pool,
      abi: vvvDiemPoolAbi,
      eventName: 'Swap',
      fromBlock: 0n,
    })
    expect(swaps.length).toBeGreaterThanOrEqual(30)
    const diemOut = (swap: (typeof swaps)[number]) => (token0 === diem ? swap.args.amount0Out : swap.args.amount1Out)
    expect(swaps.filter((swap) => (diemOut(swap) ?? 0n) > 0n).length).toBeGreaterThanOrEqual(5)
    expect(swaps.filter((swap) => diemOut(swap) === 0n).length).toBeGreaterThanOrEqual(5)
    const timestamp = async (blockNumber: bigint) =>
      Number((await session.publicClient.getBlock({ blockNumber })).timestamp)
    const first = swaps[0]
    if (!first) throw new Error('no swaps')
    expect(await timestamp(first.blockNumber)).toBeLessThan(Date.parse('2025-09-20T00:00:00Z') / 1000)
    expect(Date.now() / 1000 - Number(updatedAt)).toBeLessThan(15 * 86_400)

    // Traders keep the market near the mint rate (sVVV per DIEM), as arbitrage would.
    const rate = currentMintRate(mintRateTable(40_000), await session.read.diem.read.totalSupply()) ?? 0n
    const price = (reserveVvv * 10n ** 18n) / reserveDiem
    expect(price).toBeGreaterThan(rate / 2n)
    expect(price).toBeLessThan(rate * 2n)
  })

  it('gives dev account 0 every kind of position, with cooldowns still running', async () => {
    const address = dev0?.address ?? '0x'
    const now = BigInt(Math.floor(Date.now() / 1000))
    expect(await session.read.vvv.read.balanceOf([address])).toBeGreaterThan(0n)
    expect(await session.read.staking.read.balanceOf([address])).toBeGreaterThan(0n)
    const [locked] = await session.read.staking.read.lockedStakes([address])
    expect(locked).toBeGreaterThan(0n)
    expect(await session.read.staking.read.pendingRewards([address])).toBeGreaterThan(0n)
    const [, cooldownEnd, cooldownAmount] = await session.read.staking.read.stakes([address])
    expect(cooldownAmount).toBe(parseEther('10000'))
    expect(cooldownEnd).toBeGreaterThan(now)
    const [diemStaked, diemCooldownEnd, diemCooldownAmount] = await session.read.diem.read.stakedInfos([address])
    expect(diemStaked).toBeGreaterThan(0n)
    expect(diemCooldownAmount).toBe(parseEther('30'))
    expect(diemCooldownEnd).toBeGreaterThan(now)
    expect(await session.read.diem.read.balanceOf([address])).toBeGreaterThan(0n)
  })

  it('leaves dev account 1 an unstake that is ready to finalize', async () => {
    const [, cooldownEnd, cooldownAmount] = await session.read.staking.read.stakes([dev1?.address ?? '0x'])
    expect(cooldownAmount).toBe(parseEther('5000'))
    expect(cooldownEnd).toBeLessThan(BigInt(Math.floor(Date.now() / 1000)))
  })
})

describe('restarts', () => {
  it('reuse the saved chain, history included', async () => {
    const blockBefore = await session.publicClient.getBlockNumber()
    const supplyBefore = await session.read.diem.read.totalSupply()
    await devnet.stop()
    devnet = await startDevnet({ port, stateDir, blockTimeSeconds: 1 })
    session = openSession(devnet.rpcUrl)
    expect(devnet.reused).toBe(true)
    expect(await session.publicClient.getBlockNumber()).toBeGreaterThanOrEqual(blockBefore)
    expect(await session.read.diem.read.totalSupply()).toBe(supplyBefore)
  })

  it('rebuild a chain built from other contracts instead of serving wrong addresses', async () => {
    await devnet.stop()
    const manifestPath = join(stateDir, 'manifest.json')
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, fingerprint: 'from-an-older-build' }))
    const lines: string[] = []
    devnet = await startDevnet({ port, stateDir, blockTimeSeconds: 1, log: (line) => lines.push(line) })
    session = openSession(devnet.rpcUrl)
    expect(devnet.reused).toBe(false)
    expect(lines.join('\n')).toMatch(/other contracts or an older seed story/)
    expect(JSON.parse(readFileSync(manifestPath, 'utf8')).fingerprint).toBe(manifest.fingerprint)
  })

  it('refuse a busy port with a clear message', async () => {
    const server: Server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const busyPort = typeof address === 'object' && address ? address.port : 0
    try {
      const busyDir = mkdtempSync(join(tmpdir(), 'rialto-busy-'))
      const attempt = startDevnet({ port: busyPort, stateDir: busyDir })
      await expect(attempt).rejects.toThrow(DevnetError)
      await expect(attempt).rejects.toThrow(/Port \d+ is already in use/)
      rmSync(busyDir, { recursive: true, force: true })
    } finally {
      server.close()
    }
  })
})
