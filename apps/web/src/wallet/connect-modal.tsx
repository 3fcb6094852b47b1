'use client'

import '@rainbow-me/rainbowkit/styles.css'
import { darkTheme, RainbowKitProvider, useConnectModal } from '@rainbow-me/rainbowkit'
import { useEffect, useRef } from 'react'

const theme = darkTheme({ accentColor: '#f59e0b', accentColorForeground: '#0b0f19' })

/** RainbowKit's connect modal, opened as soon as it mounts. Loaded on demand: it is most of RainbowKit's weight. */
export default function ConnectModal({ onClosed }: { onClosed: () => void }) {
  return (
    <RainbowKitProvider theme={theme}>
      <OpenOnMount onClosed={onClosed} />
    </RainbowKitProvider>
  )
}

function OpenOnMount({ onClosed }: { onClosed: () => void }) {
  const { openConnectModal, connectModalOpen } = useConnectModal()
  const opened = useRef(false)
  const wasOpen = useRef(false)

  useEffect(() => {
    if (opened.current || !openConnectModal) return
    opened.current = true
    openConnectModal()
  }, [openConnectModal])

  useEffect(() => {
    if (connectModalOpen) wasOpen.current = true
    else if (wasOpen.current) onClosed()
  }, [connectModalOpen, onClosed])

  return null
}
