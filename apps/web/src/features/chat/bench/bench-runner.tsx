'use client'

import { Button } from '@rialto/ui/button'
import { useState } from 'react'
import { type BenchReport, runChatVaultBench } from './chat-vault-bench'

/** Runs the vault benchmark in this browser and shows the figures (read by `scripts/chat-vault-bench.mjs`). */
export function BenchRunner() {
  const [step, setStep] = useState<string>()
  const [report, setReport] = useState<BenchReport>()
  const [failure, setFailure] = useState<string>()

  async function run() {
    setReport(undefined)
    setFailure(undefined)
    try {
      setReport(await runChatVaultBench(setStep))
    } catch (error) {
      setFailure(error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    } finally {
      setStep(undefined)
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <Button onClick={run} disabled={step !== undefined}>
        {step === undefined ? 'Run benchmark' : `Running: ${step}…`}
      </Button>
      {report ? <pre data-testid="bench-result">{JSON.stringify(report, null, 2)}</pre> : null}
      {failure ? <pre data-testid="bench-failure">{failure}</pre> : null}
    </div>
  )
}
