import { HeaderWallet, HeaderWalletAlerts } from '../wallet/header-wallet'

/** The documentation site, a static build of its own (apps/docs); inlined at build time. */
const docsUrl = process.env.NEXT_PUBLIC_DOCS_URL || 'http://localhost:3001'

/** Server-rendered; only the wallet button and the network prompt are islands that load wallet code. */
export function SiteHeader() {
  return (
    <header className="border-b border-white/5">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-6 py-4">
        {/* Full page loads, not client-side navigations: the dashboard and /chat each have their own policy. */}
        <a href="/" className="flex items-baseline gap-3">
          <span className="text-xl font-semibold tracking-tight text-amber-400">Rialto</span>
          <span className="hidden text-sm text-slate-400 sm:inline">VVV · sVVV · DIEM on Base</span>
        </a>
        <a href="/treasury" className="ml-auto text-sm text-slate-300 hover:text-white">
          Treasury
        </a>
        <a href="/chat" className="text-sm text-slate-300 hover:text-white">
          Chat
        </a>
        <a href={docsUrl} className="text-sm text-slate-300 hover:text-white">
          Docs
        </a>
        <HeaderWallet />
      </div>
      <HeaderWalletAlerts />
    </header>
  )
}
