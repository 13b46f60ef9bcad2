/**
 * Fonts of the DOCX documents. `eastAsia` is what Word and LibreOffice use for Chinese text, so it
 * must be a CJK font. Noto Sans CJK SC (Source Han Sans) is free and on Linux and many Macs; where
 * it is missing, Word substitutes the default font of the runs' East Asian language (zh-CN, set
 * on every run). With "Microsoft YaHei" here, LibreOffice on Linux fell back to the Japanese
 * variant of Noto, whose glyphs differ for some Chinese characters.
 */
export const DOCX_FONTS = {
  ascii: 'Arial',
  hAnsi: 'Arial',
  cs: 'Arial',
  eastAsia: 'Noto Sans CJK SC',
} as const;

/** Page geometry in twips (1/1440 inch): A4 and A3 portrait, and the margin used everywhere. */
export const PAGE = {
  a4: { width: 11906, height: 16838 },
  a3: { width: 16838, height: 23811 },
  margin: 1000,
} as const;

/** Twips per CSS pixel (96 per inch). */
export const TWIPS_PER_PX = 15;
