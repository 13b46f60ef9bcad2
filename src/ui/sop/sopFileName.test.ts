import { describe, expect, it } from 'vitest';
import type { ProcessDocument } from '@flowsmith/model';
import { sopFileName } from './sopDownloads';

const doc = {
  format: 'flowsmith.process',
  version: 1,
  id: 'purchase',
  name: '采购审批',
  roles: [{ id: 'clerk', name: '采购/专员' }],
  steps: [],
  flows: [],
} as unknown as ProcessDocument;

describe('sopFileName', () => {
  it('names the process, the document and the format', () => {
    expect(sopFileName(doc, { kind: 'sop' }, 'md')).toBe('采购审批.sop.md');
    expect(sopFileName(doc, { kind: 'jobs' }, 'docx')).toBe('采购审批.jobs.docx');
    expect(sopFileName(doc, { kind: 'jobs', role: 'clerk' }, 'html')).toBe(
      '采购审批 采购 专员.job.html',
    );
  });
  it('falls back to the id when the name has nothing a file name can hold', () => {
    expect(sopFileName({ ...doc, name: '<>:' }, { kind: 'sop' }, 'md')).toBe('purchase.sop.md');
  });
});
