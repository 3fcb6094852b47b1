import { UserRejectedRequestError } from 'viem'
import { describe, expect, it } from 'vitest'
import { describeConnectFailure } from './connect-failure'

describe('describeConnectFailure', () => {
  it('says the wallet refused when the request was rejected', () => {
    const refused = { refused: true, sentence: 'The wallet refused the connection. Nothing was connected.' }
    expect(describeConnectFailure(new UserRejectedRequestError(new Error('User rejected.')))).toEqual(refused)
  })

  it('passes any other failure on in words', () => {
    const failure = describeConnectFailure(new Error('Provider not found.'))
    expect(failure.refused).toBe(false)
    expect(failure.sentence).toMatch(/^The wallet did not connect\. .*Provider not found\./)
  })
})
