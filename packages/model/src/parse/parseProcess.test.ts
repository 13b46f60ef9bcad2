import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import { parseProcess } from './parseProcess';
import { minimalDocument } from './parseFixtures';

const galleryIds = new Set(Object.values(gallery).map((d) => d.id));

describe('parseProcess on the gallery', () => {
  it.each(Object.entries(gallery))('%s parses to an equal document', (_, doc) => {
    const input: unknown = JSON.parse(JSON.stringify(doc));
    const result = parseProcess(input, { resolveProcess: (id) => galleryIds.has(id) });
    expect(result).toEqual({ ok: true, document: doc, warnings: [] });
  });

  it('withSubprocess: a process id that does not resolve is a problem', () => {
    const result = parseProcess(gallery.withSubprocess, { resolveProcess: () => false });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'steps[2].process',
          code: 'reference.missing',
          message: 'no process with id "sequence3"',
        },
      ],
    });
  });
});

describe('the parsed document', () => {
  it('is a fresh deep copy: changing it leaves the input alone', () => {
    const input = minimalDocument();
    const result = parseProcess(input);
    if (!result.ok) throw new Error('expected ok');
    (result.document.steps[0] as { name: string }).name = 'changed';
    result.document.roles.pop();
    expect(input.steps[0]!.name).toBe('Start');
    expect(input.roles).toHaveLength(2);
  });

  it('expands a bare number into a fixed distribution in minutes', () => {
    const input = minimalDocument();
    input.steps[1]!.duration = 12.5;
    const result = parseProcess(input);
    expect(result.ok && result.document.steps[1]).toMatchObject({
      duration: { dist: 'fixed', value: 12.5, unit: 'min' },
    });
  });

  it('has its keys in canonical order, whatever the input order', () => {
    const input = {
      flows: [{ to: 'b', from: 'a', id: 'f', probability: 1, label: 'l' }],
      steps: [
        { position: { y: 2, x: 1 }, name: 'A', type: 'start', id: 'a' },
        {
          role: 'r',
          name: 'B',
          kind: 'review',
          id: 'b',
          type: 'task',
          duration: { unit: 'h', max: 3, dist: 'uniform', min: 1 },
        },
      ],
      roles: [{ capacity: 2, name: 'R', id: 'r' }],
      name: 'N',
      id: 'p',
      version: 1,
      format: 'flowsmith.process',
    };
    const result = parseProcess(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.stringify(result.document)).toBe(
      JSON.stringify({
        format: 'flowsmith.process',
        version: 1,
        id: 'p',
        name: 'N',
        roles: [{ id: 'r', name: 'R', capacity: 2 }],
        steps: [
          { id: 'a', type: 'start', name: 'A', position: { x: 1, y: 2 } },
          {
            id: 'b',
            type: 'task',
            name: 'B',
            kind: 'review',
            role: 'r',
            duration: { dist: 'uniform', min: 1, max: 3, unit: 'h' },
          },
        ],
        flows: [{ id: 'f', from: 'a', to: 'b', label: 'l', probability: 1 }],
      }),
    );
  });

  it('keeps hostile text as text', () => {
    const input = minimalDocument();
    input.name = '<script>alert(1)</script> 采购 🚀';
    const result = parseProcess(input);
    expect(result.ok && result.document.name).toBe('<script>alert(1)</script> 采购 🚀');
  });

  it('reports unknown __proto__, constructor and prototype keys without using them', () => {
    const text = JSON.stringify(minimalDocument()).replace(
      '"name":"Document"',
      '"name":"Document","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}}',
    );
    const result = parseProcess(JSON.parse(text));
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      '__proto__',
      'constructor',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not read inherited fields', () => {
    const input = Object.assign(Object.create({ flows: [] }), minimalDocument());
    delete input.flows;
    expect(parseProcess(input)).toMatchObject({
      ok: false,
      problems: [{ path: '', code: 'field.required' }],
    });
  });

  it('never throws on a throwing getter', () => {
    const input = minimalDocument();
    Object.defineProperty(input, 'name', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(parseProcess(input)).toMatchObject({
      ok: false,
      problems: [{ code: 'document.unreadable' }],
    });
  });
});
