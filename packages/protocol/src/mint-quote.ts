import type { MintRateTable } from './mint-rate'

const wad = 10n ** 18n

const ceilDiv = (numerator: bigint, denominator: bigint) => (numerator + denominator - 1n) / denominator

/**
 * DIEM minted for `sVvvInWei` locked when the DIEM supply is `diemSupplyWei`, walking the table bucket by
 * bucket the way the staking contract's `getDiemAmountOut` does (cost rounded up, output rounded down).
 * Returns `null` when the input runs past the last bucket (the contract reverts there).
 */
export function diemAmountOut(table: MintRateTable, diemSupplyWei: bigint, sVvvInWei: bigint): bigint | null {
  let supply = diemSupplyWei
  let remaining = sVvvInWei
  let minted = 0n
  for (let bucket = 0; bucket < table.diemSupply.length && remaining > 0n; bucket++) {
    const upper = table.diemSupply[bucket] ?? 0n
    const rate = table.diemMintRates[bucket] ?? 0n
    if (upper <= supply) continue
    const available = upper - supply
    const cost = ceilDiv(available * rate, wad)
    if (remaining >= cost) {
      minted += available
      remaining -= cost
      supply = upper
    } else {
      minted += (remaining * wad) / rate
      remaining = 0n
    }
  }
  return remaining > 0n ? null : minted
}

/** The sVVV (wei) to lock to mint `diemOutWei` starting from `diemSupplyWei`; `null` past the table's end. */
export function sVvvInForDiem(table: MintRateTable, diemSupplyWei: bigint, diemOutWei: bigint): bigint | null {
  let supply = diemSupplyWei
  let wanted = diemOutWei
  let cost = 0n
  for (let bucket = 0; bucket < table.diemSupply.length && wanted > 0n; bucket++) {
    const upper = table.diemSupply[bucket] ?? 0n
    const rate = table.diemMintRates[bucket] ?? 0n
    if (upper <= supply) continue
    const taken = wanted < upper - supply ? wanted : upper - supply
    // Rounded up so that locking this much always mints at least `diemOutWei`.
    cost += ceilDiv(taken * rate, wad)
    wanted -= taken
    supply += taken
  }
  return wanted > 0n ? null : cost
}

/** The marginal mint rate (sVVV wei per DIEM) at a given DIEM supply: the rate of the bucket it falls in. */
export function currentMintRate(table: MintRateTable, diemSupplyWei: bigint): bigint | null {
  const bucket = table.diemSupply.findIndex((upper) => upper > diemSupplyWei)
  return bucket === -1 ? null : (table.diemMintRates[bucket] ?? null)
}
