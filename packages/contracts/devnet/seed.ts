import { burnAddress, veniceContracts } from '@rialto/contracts-abi/addresses'
import { devnet } from '@rialto/contracts-abi/chains'
import { emissionRatePerSecond, emissionSchedule, utcDateToUnix } from '@rialto/protocol/emission-schedule'
import { currentMintRate, sVvvInForDiem } from '@rialto/protocol/mint-quote'
import { type MintRateTable, mintCurve, mintRateTable } from '@rialto/protocol/mint-rate'
import { type Account, maxUint256, parseEther } from 'viem'
import { buybackAccount, devAccounts, holderAccounts, treasuryAccount } from './accounts'
import { DevnetError } from './anvil'
import { scheduleTreasurySafe } from './seed-safe'
import type { DevnetSession } from './session'
import { seedSmartAccount } from './smart-account'

/** Bump when the story changes: persisted devnets built from an older story are rebuilt. */
export const seedVersion = 3

export const launchDate = '2025-01-27'
const diemLaunchDate = '2025-08-20'
const curveRetargetDate = '2026-09-14'
const firstBuybackDate = '2025-12-15'

const hour = 3600
const day = 24 * hour
const vvv = (amount: number) => parseEther(String(amount))
const diem = vvv
const stakingAddress = veniceContracts[devnet.id].staking
const poolAddress = veniceContracts[devnet.id].pool
const diemAddress = veniceContracts[devnet.id].diem
const vvvAddress = veniceContracts[devnet.id].vvv
/** The pool sorts its tokens by address (on the devnet DIEM is token0; on Base, VVV is). */
const vvvIsToken0 = BigInt(vvvAddress) < BigInt(diemAddress)
/** Holder 3 provides the pool's liquidity; the other holders trade against it. */
const liquidityProviderIndex = 3

/** A small deterministic PRNG, so every fresh devnet tells exactly the same story. */
function seededRandom(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Step = { at: number; label: string; run: () => Promise<void> }

/**
 * Replays a compressed but faithful history from VVV's launch to now: airdrop, stakers, every emission cut,
 * DIEM's launch and mints across many mint-rate buckets, burns of DIEM, DIEM staking, monthly buyback burns
 * to 0x0, unstakes still cooling down, and a VVV/DIEM market (the reference pool) that traders keep near the
 * mint rate. Time travels with anvil; the last block lands at `now`.
 */
export async function seedHistory(session: DevnetSession, now: number): Promise<void> {
  const { as, read, confirm, testClient, publicClient } = session
  const random = seededRandom(20250127)
  let activeTable: MintRateTable = mintRateTable(mintCurve.launchTargetSupply)
  const steps: Step[] = []
  const at = (date: string, offsetSeconds: number, label: string, run: () => Promise<void>) =>
    steps.push({ at: utcDateToUnix(date) + offsetSeconds, label, run })

  const stake = async (account: Account, amount: bigint) => {
    await confirm(as(account).vvv.write.approve([stakingAddress, amount]))
    await confirm(as(account).staking.write.stake([account.address, amount]))
  }
  const stakeShare = async (account: Account, share: number) => {
    const balance = await read.vvv.read.balanceOf([account.address])
    const amount = (balance * BigInt(Math.round(share * 1000))) / 1000n
    if (amount > 0n) await stake(account, amount)
  }
  const quoteMint = async (wanted: bigint) => {
    const supply = await read.diem.read.totalSupply()
    const cost = sVvvInForDiem(activeTable, supply, wanted)
    if (cost === null) throw new DevnetError('the seed tried to mint past the mint-rate table')
    const quoted = await read.staking.read.getDiemAmountOut([cost])
    if (quoted < wanted)
      throw new DevnetError(`getDiemAmountOut quoted ${quoted}, below the ${wanted} the TS quote promised`)
    return { sVvvAmountWei: cost, minDiemOutWei: (quoted * 995n) / 1000n }
  }
  const mintDiem = async (account: Account, wanted: bigint) => {
    const { sVvvAmountWei, minDiemOutWei } = await quoteMint(wanted)
    await confirm(as(account).staking.write.mintDiem([sVvvAmountWei, minDiemOutWei]))
  }
  const buyback = async (amount: bigint) => {
    await confirm(as(treasuryAccount).vvv.write.transfer([buybackAccount.address, amount]))
    await confirm(as(buybackAccount).vvv.write.transfer([burnAddress, amount]))
  }

  // Launch: the treasury holds the 100M genesis supply and airdrops to the early community.
  const holderAirdrops = holderAccounts.map((_, index) => vvv(2_000_000 + index * 250_000))
  const devAirdrops = [250_000, 120_000, 80_000, 60_000, 40_000, 25_000, 15_000, 10_000].map(vvv)
  at(launchDate, hour, 'airdrop', async () => {
    for (const [index, holder] of holderAccounts.entries()) {
      await confirm(as(treasuryAccount).vvv.write.transfer([holder.address, holderAirdrops[index] ?? 0n]))
    }
    for (const [index, dev] of devAccounts.entries()) {
      await confirm(as(treasuryAccount).vvv.write.transfer([dev.address, devAirdrops[index] ?? 0n]))
    }
  })
  for (const [index, holder] of holderAccounts.entries()) {
    at(launchDate, 2 * hour + index * 7 * hour, 'early holder stakes', () => stakeShare(holder, 0.6 + random() * 0.3))
  }
  // Dev accounts 0–3 stake; 4–7 keep their VVV liquid, so both kinds of user exist.
  for (const [index, dev] of devAccounts.slice(0, 4).entries()) {
    at(launchDate, 3 * day + index * day, 'dev account stakes', () => stakeShare(dev, 0.5 + index * 0.1))
  }
  // Unclaimed airdrop tokens were burned by sending them to 0x0.
  at('2025-03-27', 12 * hour, 'unclaimed airdrop burn', async () => {
    await confirm(as(treasuryAccount).vvv.write.transfer([burnAddress, vvv(25_000_000)]))
  })

  // Every emission cut after launch, on the day the schedule gives.
  for (const step of emissionSchedule.slice(1)) {
    at(step.effective, 0, `emissions cut to ${step.vvvPerYear}`, () =>
      confirm(as(treasuryAccount).staking.write.setEmissionRate([emissionRatePerSecond(step.vvvPerYear)])),
    )
  }

  // DIEM launch: the real curve goes live, then Venice mints 10,000 DIEM (rate 93.34 after it).
  at(diemLaunchDate, hour, 'DIEM mint curve goes live', async () => {
    activeTable = mintRateTable(mintCurve.launchTargetSupply)
    await confirm(
      as(treasuryAccount).staking.write.setDiemMintCurve([activeTable.diemSupply, activeTable.diemMintRates]),
    )
  })
  at(diemLaunchDate, 2 * hour, 'Venice mints 10,000 DIEM', async () => {
    await stake(treasuryAccount, vvv(1_000_000))
    await mintDiem(treasuryAccount, diem(10_000))
    await confirm(as(treasuryAccount).diem.write.stake([diem(9_000)]))
  })
  at(curveRetargetDate, 0, 'mint curve retargeted to 40,000 DIEM', async () => {
    activeTable = mintRateTable(mintCurve.targetSupply)
    await confirm(
      as(treasuryAccount).staking.write.setDiemMintCurve([activeTable.diemSupply, activeTable.diemMintRates]),
    )
  })

  // Holders mint DIEM month after month, climbing the curve towards ~37,700 DIEM by September 2026.
  const diemMonths = monthsBetween('2025-08-25', '2026-09-10')
  for (const [monthIndex, month] of diemMonths.entries()) {
    const minters = [holderAccounts[monthIndex % 10], holderAccounts[(monthIndex + 3) % 10]]
    for (const [slot, minter] of minters.entries()) {
      if (!minter) continue
      at(month, slot * 5 * hour, 'holder mints and stakes DIEM', async () => {
        const wanted = diem(900 + Math.round(random() * 400))
        await mintDiem(minter, wanted)
        await confirm(as(minter).diem.write.stake([(wanted * 3n) / 4n]))
      })
    }
  }
  // Some holders exit part of a position: unstake DIEM, burn it, get their own locked sVVV back.
  for (const [date, holder] of [
    ['2026-01-20', holderAccounts[0]],
    ['2026-04-08', holderAccounts[3]],
  ] as const) {
    if (!holder) continue
    at(date, 0, 'holder starts unstaking DIEM', () => confirm(as(holder).diem.write.initiateUnstake([diem(400)])))
    at(date, 2 * day, 'holder unstakes and burns DIEM', async () => {
      await confirm(as(holder).diem.write.unstake())
      await confirm(as(holder).staking.write.burnDiem([diem(400)]))
    })
  }

  // Dev account 0 holds every kind of position; dev account 3 bought DIEM on the market.
  const [dev0, dev1, dev2, dev3] = devAccounts
  if (!dev0 || !dev1 || !dev2 || !dev3) throw new DevnetError('missing dev accounts')
  at('2025-09-02', 0, 'dev account 0 mints DIEM', async () => {
    await mintDiem(dev0, diem(150))
    await confirm(as(dev0).diem.write.stake([diem(100)]))
  })
  at('2025-10-12', 0, 'dev account 3 buys DIEM', async () => {
    const seller = holderAccounts[1]
    if (!seller) return
    await confirm(as(seller).diem.write.transfer([dev3.address, diem(25)]))
    await confirm(as(dev3).diem.write.stake([diem(20)]))
  })

  // A DAO's 2-of-3 treasury Safe receives VVV, then stakes and mints DIEM through execTransaction.
  scheduleTreasurySafe(session, at, quoteMint)

  // Every month: rewards claimed and compounded, unstakes started and finalized.
  const activityMonths = monthsBetween('2025-02-10', isoDate(now - 10 * day))
  const cooling = new Map<Account, number>()
  for (const [monthIndex, month] of activityMonths.entries()) {
    at(month, 3 * hour, 'monthly staking activity', async () => {
      for (const [account, endsAt] of cooling) {
        if (endsAt < utcDateToUnix(month)) {
          await confirm(as(account).staking.write.finalizeUnstake())
          cooling.delete(account)
        }
      }
      const claimer = holderAccounts[monthIndex % 10]
      const compounder = holderAccounts[(monthIndex + 5) % 10]
      if (claimer) await confirm(as(claimer).staking.write.claim())
      if (compounder) await confirm(as(compounder).staking.write.claimAndStake())
      const leaver = holderAccounts[(monthIndex * 7 + 2) % 10]
      if (leaver && monthIndex % 3 === 2 && !cooling.has(leaver)) {
        const unlocked = await read.staking.read.balanceOfUnlocked([leaver.address])
        await confirm(as(leaver).staking.write.initiateUnstake([unlocked / 20n]))
        cooling.set(leaver, utcDateToUnix(month) + 7 * day)
      }
    })
  }

  // Buyback and burn: the buyback Safe sends revenue-bought VVV to 0x0 every month.
  for (const month of monthsBetween(firstBuybackDate, isoDate(now - 10 * day))) {
    at(month, 6 * hour, 'monthly buyback burn', () => buyback(vvv(40_000 + Math.round(random() * 30_000))))
  }

  // The VVV/DIEM market (Aerodrome's volatile pool on Base). Holder 3 deposits its free DIEM the day after each
  // of its mints; the other holders trade every ten days, pulling the price towards the rising mint rate with
  // some noise, so it moves both ways. A PRNG of its own keeps the rest of the story what it was.
  const poolRandom = seededRandom(20250820)
  const units = (wei: bigint) => Number(wei) / 1e18
  const wei = (amount: number) => BigInt(Math.floor(amount * 1e6)) * 10n ** 12n
  const poolReserves = async () => {
    const [reserve0, reserve1] = await read.pool.read.getReserves()
    return vvvIsToken0 ? { vvv: reserve0, diem: reserve1 } : { vvv: reserve1, diem: reserve0 }
  }
  const mintRateNow = async () => currentMintRate(activeTable, await read.diem.read.totalSupply()) ?? 0n
  const approvedForPool = new Set<Account>()
  const approvePool = async (account: Account) => {
    if (approvedForPool.has(account)) return
    await confirm(as(account).vvv.write.approve([poolAddress, maxUint256]))
    await confirm(as(account).diem.write.approve([poolAddress, maxUint256]))
    approvedForPool.add(account)
  }
  const provideLiquidity = async (account: Account) => {
    const diemAmount = await read.diem.read.balanceOf([account.address])
    const reserves = await poolReserves()
    // The first deposit opens the market at the mint rate; later ones keep the pool's price.
    const vvvAmount =
      reserves.diem === 0n
        ? (diemAmount * (await mintRateNow())) / 10n ** 18n
        : (diemAmount * reserves.vvv) / reserves.diem
    await approvePool(account)
    await confirm(as(account).pool.write.addLiquidity(vvvIsToken0 ? [vvvAmount, diemAmount] : [diemAmount, vvvAmount]))
  }
  const swap = async (account: Account, tokenIn: 'vvv' | 'diem', amountIn: bigint) => {
    const amountOut = await read.pool.read.getAmountOut([amountIn, tokenIn === 'vvv' ? vvvAddress : diemAddress])
    if (amountOut === 0n) return
    const inIsToken0 = (tokenIn === 'vvv') === vvvIsToken0
    const signer = as(account)
    await confirm(
      tokenIn === 'vvv'
        ? signer.vvv.write.transfer([poolAddress, amountIn])
        : signer.diem.write.transfer([poolAddress, amountIn]),
    )
    // Aerodrome's swap: the input is already in the pool, ask for the quoted output.
    await confirm(
      signer.pool.write.swap([inIsToken0 ? 0n : amountOut, inIsToken0 ? amountOut : 0n, account.address, '0x']),
    )
  }
  const traders = holderAccounts.filter((_, index) => index !== liquidityProviderIndex)
  const trade = async (tradeIndex: number) => {
    const reserves = await poolReserves()
    const price = units(reserves.vvv) / units(reserves.diem)
    const target = units(await mintRateNow()) * (0.85 + poolRandom() * 0.3)
    const share = 0.3 + poolRandom() * 0.7 // how far towards the target this trader pushes
    const k = units(reserves.vvv) * units(reserves.diem)
    const trader = traders[tradeIndex % traders.length]
    if (!trader) return
    if (target > price) {
      const vvvIn = (Math.sqrt(k * target) - units(reserves.vvv)) * share
      const liquid = units(await read.vvv.read.balanceOf([trader.address]))
      await swap(trader, 'vvv', wei(Math.min(vvvIn, liquid / 4)))
    } else {
      // The holder with the most free DIEM sells, never more than 40% of it.
      const balances = await Promise.all(traders.map((holder) => read.diem.read.balanceOf([holder.address])))
      const richest = balances.reduce((best, balance, index) => (balance > (balances[best] ?? 0n) ? index : best), 0)
      const seller = traders[richest]
      const diemIn = (Math.sqrt(k / target) - units(reserves.diem)) * share
      const amount = wei(Math.min(diemIn, units(balances[richest] ?? 0n) * 0.4))
      if (seller && amount > 0n) await swap(seller, 'diem', amount)
    }
  }
  const liquidityProvider = holderAccounts[liquidityProviderIndex]
  if (!liquidityProvider) throw new DevnetError('missing the liquidity provider')
  for (const [monthIndex, month] of diemMonths.entries()) {
    if (monthIndex % 10 !== liquidityProviderIndex && (monthIndex + 3) % 10 !== liquidityProviderIndex) continue
    at(month, day + 12 * hour, 'holder adds VVV/DIEM liquidity', () => provideLiquidity(liquidityProvider))
  }
  const firstTrade = utcDateToUnix(diemMonths[0] ?? diemLaunchDate) + 3 * day
  for (let tradeIndex = 0, time = firstTrade; time < now - day; tradeIndex += 1, time += 10 * day) {
    const index = tradeIndex
    steps.push({
      at: time + ((index * 7) % 24) * hour,
      label: 'holder swaps on the VVV/DIEM pool',
      run: () => trade(index),
    })
  }

  // Recent positions, relative to now, so cooldowns show live countdowns.
  steps.push({
    at: now - 8 * day,
    label: 'dev account 1 starts an unstake (ready to finalize)',
    run: () => confirm(as(dev1).staking.write.initiateUnstake([vvv(5_000)])),
  })
  steps.push({
    at: now - 2 * day,
    label: 'dev account 0 starts an unstake (5 days left)',
    run: () => confirm(as(dev0).staking.write.initiateUnstake([vvv(10_000)])),
  })
  steps.push({
    at: now - 6 * hour,
    label: 'dev account 0 starts a DIEM unstake (18 h left)',
    run: () => confirm(as(dev0).diem.write.initiateUnstake([diem(30)])),
  })
  steps.push({
    at: now - 3 * hour,
    label: 'the smart account delegates to the batch executor (EIP-7702) and receives VVV',
    run: () => seedSmartAccount(session, vvv(20_000)),
  })
  steps.push({
    at: now - hour,
    label: 'dev account 2 claims',
    run: () => confirm(as(dev2).staking.write.claim()),
  })

  steps.sort((a, b) => a.at - b.at)
  for (const step of steps) {
    const latest = await publicClient.getBlock()
    if (step.at > Number(latest.timestamp)) await testClient.setNextBlockTimestamp({ timestamp: BigInt(step.at) })
    try {
      await step.run()
    } catch (error) {
      throw new DevnetError(
        `seed step "${step.label}" at ${new Date(step.at * 1000).toISOString()} failed: ${(error as Error).message}`,
      )
    }
  }
  await testClient.setNextBlockTimestamp({ timestamp: BigInt(now) })
  await testClient.mine({ blocks: 1 })
}

function isoDate(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 10)
}

/** The same day of each month from `first` up to and including `last` (ISO dates). */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = []
  const cursor = new Date(`${first}T00:00:00Z`)
  const end = Date.parse(`${last}T00:00:00Z`)
  while (cursor.getTime() <= end) {
    months.push(cursor.toISOString().slice(0, 10))
    cursor.setUTCMonth(cursor.getUTCMonth() + 1)
  }
  return months
}
