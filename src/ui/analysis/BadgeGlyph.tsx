import type { FindingKind } from '@flowsmith/analysis';
import { BADGE_GLYPHS } from './stepBadges';

/** The waste kinds drawn as an inline SVG icon rather than a font glyph. */
export const ICON_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>(['duplicate-steps']);

/**
 * One waste kind's mark on a step badge: a glyph from `BADGE_GLYPHS`, or for duplicate steps an
 * inline SVG of two overlapping cards (drawn in the badge's text colour, at its text size).
 */
export function BadgeGlyph({ kind }: { kind: FindingKind }) {
  if (ICON_KINDS.has(kind))
    return (
      <svg
        className="fs-badge-icon"
        viewBox="0 0 16 16"
        width="1em"
        height="1em"
        aria-hidden
        data-badge-icon={kind}
      >
        <rect
          x="1.5"
          y="1.5"
          width="9"
          height="9"
          rx="1.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
        <rect
          x="5.5"
          y="5.5"
          width="9"
          height="9"
          rx="1.5"
          fill="currentColor"
          fillOpacity="0.25"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
    );
  return <span aria-hidden>{BADGE_GLYPHS[kind] ?? '!'}</span>;
}
