/** Runs tasks one after another, so two saves from the same tab cannot race each other into a conflict. */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve()
  return function run<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task)
    tail = result.catch(() => undefined)
    return result
  }
}
