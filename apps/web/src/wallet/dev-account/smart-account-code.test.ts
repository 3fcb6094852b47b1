import { describe, expect, it } from 'vitest'
import { delegatesTo, delegationTarget } from './smart-account-code'

const executor = '0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629'
const designator = `0xef0100${executor.slice(2).toLowerCase()}` as const

describe('delegationTarget', () => {
  it('reads the address out of an EIP-7702 delegation designator', () => {
    expect(delegationTarget(designator)).toBe(executor)
    expect(delegationTarget('0xEF0100E1AA25618FA0C7A1CFDAB5D6B456AF611873B629')).toBe(executor)
  })

  it('is null for an account without code, a contract, or a truncated designator', () => {
    expect(delegationTarget(undefined)).toBeNull()
    expect(delegationTarget('0x')).toBeNull()
    expect(delegationTarget('0x6080604052348015600f57600080fd5b50')).toBeNull()
    expect(delegationTarget(`0xef0100${'11'.repeat(19)}`)).toBeNull()
    expect(delegationTarget(`0xef0101${executor.slice(2)}`)).toBeNull()
  })
})

describe('delegatesTo', () => {
  it('is true only for a delegation to that executor', () => {
    expect(delegatesTo(designator, executor)).toBe(true)
    expect(delegatesTo(`0xef0100${'22'.repeat(20)}`, executor)).toBe(false)
    expect(delegatesTo('0x', executor)).toBe(false)
  })
})
