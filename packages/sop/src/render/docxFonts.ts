/**
 * Fonts of the DOCX documents when no language is known (the report): `eastAsia` is what Word and
 * LibreOffice use for Chinese text, so it must be a CJK font; Noto Sans CJK SC (Source Han Sans)
 * is free and on Linux and many Macs. SOPs and job descriptions use `docxFonts(lang, …)`.
 */
export const DOCX_FONTS = {
  ascii: 'Arial',
  hAnsi: 'Arial',
  cs: 'Arial',
  eastAsia: 'Noto Sans CJK SC',
} as const;

/**
 * Page geometry in twips (1/1440 inch): A4 portrait, and the margins — the same as the HTML's
 * print CSS (18 mm top, 16 mm bottom, 14 mm sides), header and footer 8 mm from the edge.
 */
export const PAGE = {
  a4: { width: 11906, height: 16838 },
  margin: { top: 1020, bottom: 907, left: 794, right: 794, header: 454, footer: 454 },
} as const;

/** Twips per CSS pixel (96 per inch). */
export const TWIPS_PER_PX = 15;

/** Twips per point. */
export const TWIPS_PER_PT = 20;
