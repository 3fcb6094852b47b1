/**
 * Okabe–Ito: seven colours that stay apart for the common colour-vision deficiencies. Every chart takes its
 * colours from here, so one series reads the same colour everywhere.
 */
export const chartColors = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const

/** Axes, grid and tooltip on the dark slate cards. */
export const chartChrome = {
  axis: '#94a3b8',
  grid: 'rgba(255,255,255,0.06)',
  tooltipBackground: '#0f172a',
  tooltipBorder: 'rgba(255,255,255,0.12)',
} as const
