import { safeAppManifest, safeAppManifestCorsHeaders } from './safe-app-manifest'

// The same bytes for everyone: rendered once at build time.
export const dynamic = 'force-static'

export function GET() {
  return Response.json(safeAppManifest, { headers: safeAppManifestCorsHeaders })
}

/** A preflight, should a Safe web app ever send one (a plain GET does not need it). */
export function OPTIONS() {
  return new Response(null, { status: 204, headers: safeAppManifestCorsHeaders })
}
