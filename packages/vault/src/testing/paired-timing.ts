/** One measurement per task, all taken in the same iteration: the first task is the baseline the others compare with. */
export type PairedSample = { baselineMs: number; taskMs: number[] }

export type PairedSummary = {
  pairs: number
  baselineMs: number
  /** Per task: the median of the times, of `task / baseline` per iteration, and of `task - baseline` per iteration. */
  tasks: { medianMs: number; ratio: number; differenceMs: number }[]
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? Number.NaN
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2
}

/** Long enough for the event loop, and in a browser an idle-time GC, to finish what the previous task left behind. */
const settleMs = 50

async function timed(task: () => Promise<unknown>): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, settleMs))
  const started = performance.now()
  await task()
  return performance.now() - started
}

/**
 * Times the baseline, then each task, in every iteration (after one untimed warm-up of each), and summarises the
 * per-iteration ratios and differences. Medians of separate runs can land on different busy moments of a loaded
 * machine, so a task that contains the baseline could come out faster than it; a ratio taken within one iteration
 * compares like with like. A heavy task also slows whatever runs next (garbage to collect), so compare a heavy
 * task in a run of its own rather than before the baseline of a light one.
 */
export async function timePaired(
  baseline: () => Promise<unknown>,
  tasks: (() => Promise<unknown>)[],
  pairs: number,
): Promise<PairedSummary> {
  for (const task of [baseline, ...tasks]) await task()
  const samples: PairedSample[] = []
  for (let pair = 0; pair < pairs; pair++) {
    const baselineMs = await timed(baseline)
    const taskMs: number[] = []
    for (const task of tasks) taskMs.push(await timed(task))
    samples.push({ baselineMs, taskMs })
  }
  return {
    pairs,
    baselineMs: median(samples.map(({ baselineMs }) => baselineMs)),
    tasks: tasks.map((_, index) => {
      const of = (sample: PairedSample) => sample.taskMs[index] ?? Number.NaN
      return {
        medianMs: median(samples.map(of)),
        ratio: median(samples.map((sample) => of(sample) / sample.baselineMs)),
        differenceMs: median(samples.map((sample) => of(sample) - sample.baselineMs)),
      }
    }),
  }
}
