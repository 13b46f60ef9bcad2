/**
 * Prints a standalone HTML page through the browser's print dialog, where "Save as PDF" makes the
 * PDF: the page goes into a hidden iframe that may not run scripts (the SOP has none and forbids
 * them) but may open the dialog, and is removed a minute later.
 */
export function printHtml(html: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('data-testid', 'sop-print-frame');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;left:-10000px;top:0';
  frame.addEventListener(
    'load',
    () => {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 60_000);
    },
    { once: true },
  );
  frame.srcdoc = html;
  document.body.append(frame);
}

/**
 * Opens a standalone HTML page in a new tab, for reading at full width: as a `blob:` address
 * without an opener, so the page (which forbids scripts anyway) cannot reach the app.
 */
export function openFullPage(html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
