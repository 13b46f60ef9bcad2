import { describe, expect, it } from 'vitest';
import { BADGE_GLYPHS, WASTE_KINDS } from './stepBadges';
import { ICON_KINDS } from './BadgeGlyph';

// Blocks every common font (DejaVu, Noto, Segoe UI Symbol, PingFang) carries.
const COMMON = [
  [0x2190, 0x21ff], // arrows
  [0x2200, 0x22ff], // mathematical operators
  [0x2300, 0x23ff], // miscellaneous technical
  [0x2700, 0x27bf], // dingbats
];
const common = (c: string) => {
  const p = c.codePointAt(0)!;
  return p < 0x7f || COMMON.some(([a, b]) => p >= a! && p <= b!);
};

describe('badge glyphs', () => {
  it('draws every waste kind with a glyph common fonts have, or an SVG icon', () => {
    for (const kind of WASTE_KINDS) {
      const glyph = BADGE_GLYPHS[kind];
      if (ICON_KINDS.has(kind)) expect(glyph, kind).toBeUndefined();
      else expect([...glyph!].every(common), `${kind}: ${glyph}`).toBe(true);
    }
  });
  it('draws duplicate steps as an icon (⧉ is an empty box in most fonts)', () => {
    expect(ICON_KINDS.has('duplicate-steps')).toBe(true);
  });
});
