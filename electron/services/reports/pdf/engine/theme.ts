/** Page geometry and typography of the Article 30 report, in PDF points (1/72 inch). A4 portrait. */
export const page = {
  width: 595.28,
  height: 841.89,
  left: 56,
  right: 56,
  /** Top of the body (below the running header). */
  top: 62,
  /** Bottom of the body (above the footer). */
  bottom: 780,
  headerBaseline: 36,
  footerBaseline: 808,
} as const;

export const contentWidth = page.width - page.left - page.right;

export type Rgb = readonly [number, number, number];

function hex(value: string): Rgb {
  const n = Number.parseInt(value.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

export const colour = {
  text: hex('#1d2430'),
  muted: hex('#5b6675'),
  accent: hex('#1f4e79'),
  accentLight: hex('#e6eef6'),
  rule: hex('#c5ced9'),
  tableHeader: hex('#e9eef4'),
  zebra: hex('#f6f8fa'),
  empty: hex('#8a6d1f'),
  white: hex('#ffffff'),
} as const;

/** Font sizes and line heights; line height is fixed per style so that layout is pure arithmetic. */
export const type = {
  body: { size: 9, leading: 12.2 },
  small: { size: 7.5, leading: 10 },
  table: { size: 8, leading: 10.6 },
  item: { size: 8.5, leading: 11.2 },
  h1: { size: 15, leading: 19 },
  h2: { size: 11.5, leading: 15 },
  title: { size: 24, leading: 29 },
  subtitle: { size: 12.5, leading: 16 },
} as const;

export type TextStyle = { size: number; leading: number };
