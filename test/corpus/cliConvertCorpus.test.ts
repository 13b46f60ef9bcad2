/**
 * Issue 14 item 7: every BPMN file of the third-party corpus that the library imports (and so the
 * app) also converts through the CLI, in-process — a call activity to a process outside the file is
 * a warning, not a refusal.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { BpmnImportError, importBpmn } from '@flowsmith/bpmn';
import { parseProcess } from '@flowsmith/model';
import { runCapture } from '../../packages/cli/src/testing/runCapture';
import { jsonResult } from '../../packages/cli/src/testing/jsonResult';
import { tempDir } from '../../packages/cli/src/testing/tempDir';

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

const files = walk(corpus).filter((f) => /\.(bpmn|xml)$/.test(f));
const dir = tempDir('corpus-convert');

describe('CLI convert of the BPMN corpus (../shared/corpus)', () => {
  it('converts every file the library imports, warning about calls outside the file', async () => {
    let imported = 0;
    let calledOutside = 0;
    const refused: string[] = [];
    for (const [i, file] of files.entries()) {
      const xml = readFileSync(file, 'utf8');
      const library = await importBpmn(xml).catch((e: unknown) => {
        if (e instanceof BpmnImportError) return undefined;
        throw e;
      });
      if (!library) continue;
      imported++;
      // The CLI picks the kind by the ending, so .xml files are read as the .bpmn they are.
      const input = dir.file(`in-${i}.bpmn`);
      const output = dir.file(`out-${i}.flow.json`);
      await writeFile(input, xml);
      const r = await runCapture('convert', input, '-o', output, '--json', '--lang', 'en');
      if (r.code !== 0) {
        refused.push(`${relative(corpus, file)}: exit ${r.code}: ${r.stderr.split('\n')[0]}`);
        continue;
      }
      const report = jsonResult<{
        files: Array<{ warnings: Array<{ code: string; path: string }> }>;
      }>(r).files[0]!;
      const outside = library.externalProcesses ?? [];
      if (outside.length > 0) {
        calledOutside++;
        expect(
          report.warnings.some((w) => /^bpmn\.call-(target-outside|without-target)$/.test(w.code)),
        ).toBe(true);
      }
      // What was written is the document the library gave, normalised, and parses as the format.
      const written: unknown = JSON.parse(await readFile(output, 'utf8'));
      const parsed = parseProcess(written);
      expect(parsed.ok).toBe(true);
    }
    expect(refused).toEqual([]);
    expect(imported).toBeGreaterThan(200);
    // B.1.0, call-activity.bpmn, activity-markers.bpmn, embedded labels, Camunda mainProcess.
    expect(calledOutside).toBeGreaterThanOrEqual(5);
  }, 240_000);
});
