import { useCallback, useState } from 'react'
import type { ChatSettings } from './chat-settings'

/** What the settings need of the chat store; declared here so this folder does not import the store. */
export type SettingsStore = {
  readSettings(): Promise<ChatSettings>
  updateSettings(patch: Partial<ChatSettings>): Promise<ChatSettings>
}

/** The settings record in React state; saves go to the vault first and show only once stored. */
export function useChatSettings(store: SettingsStore, initial: ChatSettings, report: (error: unknown) => void) {
  const [settings, setSettings] = useState(initial)

  const save = useCallback(
    async (patch: Partial<ChatSettings>): Promise<boolean> => {
      try {
        setSettings(await store.updateSettings(patch))
        return true
      } catch (error) {
        report(error)
        return false
      }
    },
    [store, report],
  )

  const reload = useCallback(() => {
    store.readSettings().then(setSettings, report)
  }, [store, report])

  return { settings, save, reload }
}
