/**
 * A data URL for SVG text, to show a drawing built by the packages (escaped there) as an image:
 * nothing inside an `<img>` can run. Pure.
 */
export function svgImage(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
