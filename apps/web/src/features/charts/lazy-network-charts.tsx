'use client'

import { Notice } from '@rialto/ui/notice'
import dynamic from 'next/dynamic'
import { Component, type ReactNode, useEffect, useRef, useState } from 'react'
import type { ChartsData } from './chart-data'

// Recharts and the chart code are not in `/`'s first load: they load when the charts are about to be seen.
const NetworkCharts = dynamic(() => import('./network-charts'), { ssr: false, loading: ChartsPlaceholder })

/** Starts loading a little before the charts scroll into view, so they are drawn by the time they are seen. */
const preloadMargin = '400px'

export function LazyNetworkCharts({ data }: { data: ChartsData }) {
  const anchor = useRef<HTMLDivElement>(null)
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = anchor.current
    if (!element || near) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin: preloadMargin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [near])
  return (
    <div ref={anchor}>
      {near ? (
        <ChartsErrorBoundary>
          <NetworkCharts {...data} />
        </ChartsErrorBoundary>
      ) : (
        <ChartsPlaceholder />
      )}
    </div>
  )
}

function ChartsPlaceholder() {
  return (
    <div
      className="h-96 animate-pulse rounded-2xl border border-white/10 bg-white/[0.03]"
      data-testid="charts-placeholder"
      aria-hidden="true"
    />
  )
}

/** History the charts cannot draw (a level no contract could have) costs the charts, never the page above them. */
class ChartsErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <Notice tone="error" title="The charts could not be drawn." data-testid="charts-failed">
        The history this page received does not add up. The figures above are read from the chain and stand.
      </Notice>
    )
  }
}
