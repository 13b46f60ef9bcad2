import type { Lang } from '@flowsmith/model';
import { FONT_FAMILIES } from '../diagram/renderFlowchart';

/**
 * The CSS font stacks of a document page by language. zh-CN puts the Simplified Chinese faces
 * first — Noto Serif CJK SC (宋体-like) for the body, Noto Sans CJK SC (黑体-like) for headings,
 * tables and the flowchart — so Chinese text never falls to the Japanese glyph variants of a
 * shared CJK collection; English keeps Latin faces first, the SC faces after them. Pure.
 */
export function fontStacks(lang: Lang): { body: string; heading: string } {
  const css = (list: readonly string[]) =>
    list.map((f) => (f.includes(' ') ? `"${f}"` : f)).join(', ');
  const sansCjk = ['Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC'];
  const serifCjk = ['Noto Serif CJK SC', 'Source Han Serif SC', 'SimSun', 'Songti SC'];
  const latinSans = ['Helvetica Neue', 'Arial', 'Liberation Sans'];
  if (lang === 'zh-CN')
    return {
      body: css([...serifCjk, ...sansCjk, 'serif']),
      heading: css([...sansCjk, ...latinSans, 'sans-serif']),
    };
  return { body: css(FONT_FAMILIES), heading: css(FONT_FAMILIES) };
}

/**
 * The fonts of a DOCX document's runs by language: `eastAsia` is what Word and LibreOffice use
 * for Chinese, so it must name the SC face (with "Microsoft YaHei" LibreOffice on Linux fell
 * back to the Japanese variant of Noto). zh-CN body text is set in Noto Serif CJK SC, headings in
 * Noto Sans CJK SC; English in Arial with the SC face for any Chinese name. Pure.
 */
export function docxFonts(lang: Lang, role: 'body' | 'heading') {
  const eastAsia = lang === 'zh-CN' && role === 'body' ? 'Noto Serif CJK SC' : 'Noto Sans CJK SC';
  return { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia } as const;
}
