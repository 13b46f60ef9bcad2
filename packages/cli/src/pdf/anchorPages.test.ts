import { describe, expect, it } from 'vitest';
import { anchorPages } from './anchorPages';

/** A PDF skeleton as Chromium writes it: a nested page tree and named destinations. */
const pdf = [
  '%PDF-1.4',
  '1 0 obj\n<</Type /Catalog\n/Pages 2 0 R\n/Dests 9 0 R>>\nendobj',
  '2 0 obj\n<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R]>>\nendobj',
  '3 0 obj\n<</Type /Pages\n/Count 2\n/Kids [7 0 R 5 0 R]>>\nendobj',
  '4 0 obj\n<</Type /Pages\n/Count 1\n/Kids [6 0 R]>>\nendobj',
  '5 0 obj\n<</Type /Page\n/Parent 3 0 R>>\nendobj',
  '6 0 obj\n<</Type /Page\n/Parent 4 0 R>>\nendobj',
  '7 0 obj\n<</Type /Page\n/Parent 3 0 R>>\nendobj',
  '9 0 obj\n<</sec-2 [5 0 R /XYZ 0 620.5 0]\n/sec-1 [7 0 R /XYZ 0 823 0]\n/sec-3 [6 0 R /XYZ 0 10 0]>>\nendobj',
  'trailer\n<</Root 1 0 R>>\n%%EOF',
].join('\n');

describe('anchorPages', () => {
  it('reads the page of each named destination, in page-tree order', () => {
    expect(anchorPages(new TextEncoder().encode(pdf))).toEqual(
      new Map([
        ['sec-2', 2],
        ['sec-1', 1],
        ['sec-3', 3],
      ]),
    );
  });

  it('gives nothing for what it cannot read', () => {
    expect(anchorPages(new TextEncoder().encode('not a pdf'))).toEqual(new Map());
  });
});
