// The page's own colours as CSS variables, with text colours that stay readable on them. Pure.

const channel = (hex: string, at: number) => parseInt(hex.slice(at, at + 2), 16) / 255;
const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  return 0.2126 * linear(channel(hex, 1)) + 0.7152 * linear(channel(hex, 3)) + 0.0722 * linear(channel(hex, 5));
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export const readableOn = (background: string) =>
  contrastRatio(background, "#000000") >= contrastRatio(background, "#ffffff") ? "#000000" : "#ffffff";

/**
 * CSS custom properties for a page's brand and background colours. The chosen background is the
 * light scheme's (with light text when it is dark); the dark scheme keeps its own.
 */
export function themeCss(brandColor: string, backgroundColor: string): string {
  const darkBackground = readableOn(backgroundColor) === "#ffffff";
  const light = darkBackground
    ? `--bg:${backgroundColor};--fg:#f0f3f6;--muted:#b7bdc8;--card:rgba(255,255,255,.06);--line:rgba(255,255,255,.2)`
    : `--bg:${backgroundColor}`;
  return `:root{--brand:${brandColor};--on-brand:${readableOn(brandColor)}}@media (prefers-color-scheme:light){:root{${light}}}`;
}
