/**
 * Web Storage has no compare-and-set across tabs: each tab reads a copy that the browser updates a moment after
 * another tab writes. Two tabs saving the same record within that moment can both pass the vault's revision
 * check, and the later write replaces the earlier. The earlier tab then gets a `storage` event for a record whose
 * revision is not above its own write: that is the sign its change was lost, and it applies it again.
 */

/** Longer than any storage propagation delay; short enough that old changes are not replayed much later. */
export const healWindowMs = 30_000

type Written = { revision: number; at: number; reapply: () => Promise<number | undefined> }

export function recentWrites(now: () => number = Date.now) {
  const byRecord = new Map<string, Written[]>()
  const fresh = (id: string) => (byRecord.get(id) ?? []).filter((written) => now() - written.at < healWindowMs)

  return {
    /** Remembers a change this tab wrote (as revision `revision`), and how to apply it again. */
    note(id: string, revision: number, reapply: () => Promise<number | undefined>) {
      byRecord.set(id, [...fresh(id), { revision, at: now(), reapply }])
    },

    /**
     * After another tab wrote `id`, now at `storedRevision` (`undefined`: deleted): when that write did not build
     * on this tab's last one, every recent change of this tab is applied again, on top of the other tab's value.
     * A deletion is left alone: it is what the user asked for in the other tab. Returns whether it re-applied.
     */
    async heal(id: string, storedRevision: number | undefined): Promise<boolean> {
      const recent = fresh(id)
      byRecord.set(id, recent)
      const last = recent.at(-1)
      if (last === undefined || storedRevision === undefined || storedRevision > last.revision) {
        byRecord.delete(id)
        return false
      }
      let revision: number | undefined
      // Changes are idempotent (add by id, set a field): one already present writes nothing.
      for (const written of recent) revision = (await written.reapply()) ?? revision
      if (revision !== undefined)
        byRecord.set(
          id,
          recent.map((written) => ({ ...written, revision })),
        )
      return true
    },

    forget(id: string) {
      byRecord.delete(id)
    },
  }
}
