import type { BaseLayoutProps } from 'fumadocs-ui/layouts/shared'
import { appUrl } from './app-url'

export const baseOptions: BaseLayoutProps = {
  nav: { title: 'Rialto docs' },
  links: [{ text: 'Open the app', url: appUrl, external: true }],
}
