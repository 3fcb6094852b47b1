/** The Rialto web app the docs link back to; inlined at build time. */
export const appUrl = process.env.NEXT_PUBLIC_APP_URL || 'http://localhost:3000'
