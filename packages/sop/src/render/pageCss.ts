/**
 * The print CSS of SOPs and job descriptions: A4 with the running header and page numbers in the
 * margin boxes (`furniture`), the language's font stacks, headings kept with what follows them
 * (and a table's note with the table), table headers repeated on every page, rows never split and
 * short tables (class `keep`) kept whole, flowcharts on their own pages (landscape when their
 * parts are). Pure.
 */
export function pageCss(fonts: { body: string; heading: string }, furniture: string): string {
  return `
:root { color: #1f2933; font-family: ${fonts.body}; font-size: 10.5pt; line-height: 1.55; }
body { margin: 0 auto; max-width: 60em; padding: 2em; }
h1, h2, h3, caption, th, .toc, figcaption, svg { font-family: ${fonts.heading}; }
h1 { font-size: 1.8em; margin: 1.5em 0 1em; text-align: center; }
h2 { font-size: 1.3em; margin: 1.4em 0 .5em; border-bottom: 1px solid #c5ccd3; padding-bottom: .2em; }
h3 { font-size: 1.08em; margin: 1.1em 0 .4em; }
h1, h2, h3, caption { break-after: avoid; page-break-after: avoid; }
p:has(+ table), h2 + p:has(+ p + table) { break-after: avoid; page-break-after: avoid; }
table + p.muted { break-before: avoid; page-break-before: avoid; }
p { margin: .35em 0; orphans: 2; widows: 2; }
.label { font-weight: bold; }
.muted { color: #52606d; font-size: .92em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; table-layout: auto; }
table.fixed { table-layout: fixed; }
table.keep { break-inside: avoid; page-break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding: .2em 0; }
th, td { border: 1px solid #9aa5b1; padding: .3em .45em; vertical-align: top; text-align: left; overflow-wrap: break-word; }
th { background: #eef2f6; }
td { font-size: .95em; }
td.center, th.center { text-align: center; }
td.right, th.right { text-align: right; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.toc ul { list-style: none; padding: 0; margin: .3em 0; columns: 1; }
.toc li { display: flex; padding: .15em 0; border-bottom: 1px dotted #c5ccd3; }
.toc a { color: inherit; text-decoration: none; flex: 1; }
.toc .toc-page { min-width: 2.5em; text-align: right; }
figure { margin: 1em 0; }
figure .screen svg { width: 100%; height: auto; }
figure .print { display: none; }
figcaption { color: #52606d; font-size: 9pt; margin-top: .3em; }
.warning { border: 2px solid #c62828; background: #fdecea; padding: .6em 1em; margin: 1em 0; }
.warning strong { color: #b71c1c; }
.page-break { break-before: page; page-break-before: always; }
@page {
  size: A4;
  margin: 18mm 14mm 16mm;
  ${furniture}
}
@page landscape { size: A4 landscape; margin: 18mm 14mm 16mm; }
@media print {
  body { max-width: none; padding: 0; }
  h1 { margin-top: 0; }
  section.chart { break-before: page; }
  section.chart.landscape { page: landscape; }
  figure .screen { display: none; }
  figure .print { display: block; }
  figure { margin: .5em 0 0; }
  figure .part { break-inside: avoid; text-align: center; }
  figure .part + .part { break-before: page; }
  figure .part svg { display: block; margin: 0 auto; }
}
`;
}
