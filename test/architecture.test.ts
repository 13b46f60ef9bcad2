/**
 * DESIGN.md rule 1: packages point at @flowsmith/model; sibling edges only where ARCHITECTURE.md
 * lists them. Reads every package.json and the edge table in ARCHITECTURE.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function allowedEdges(): Set<string> {
  const text = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  const section = text.split('<!-- edges:start -->')[1]?.split('<!-- edges:end -->')[0];
  if (!section)
    throw new Error('ARCHITECTURE.md has no <!-- edges:start --> … <!-- edges:end --> table');
  const edges = new Set<string>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*`?([@\w/.-]+)`?\s*\|\s*([^|]*)\|/.exec(line);
    if (!m || m[1] === 'package' || /^-+$/.test(m[1]!)) continue;
    for (const dep of m[2]!.split(',').map((s) => s.replace(/`/g, '').trim())) {
      if (dep && dep !== '—' && dep !== '-') edges.add(`${m[1]} -> ${dep}`);
    }
  }
  return edges;
}

function workspacePackages(): Array<{ name: string; deps: string[] }> {
  const read = (file: string) =>
    JSON.parse(readFileSync(file, 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
  const pkgs = readdirSync(join(root, 'packages')).map((d) =>
    read(join(root, 'packages', d, 'package.json')),
  );
  const app = read(join(root, 'package.json'));
  return [...pkgs, { ...app, name: 'app' }].map((p) => ({
    name: p.name,
    deps: Object.keys({ ...p.dependencies, ...p.devDependencies }).filter((d) =>
      d.startsWith('@flowsmith/'),
    ),
  }));
}

describe('dependency edges', () => {
  const edges = allowedEdges();

  it('ARCHITECTURE.md lists edges', () => {
    expect(edges.size).toBeGreaterThan(5);
  });

  for (const pkg of workspacePackages()) {
    it(`${pkg.name} depends only on listed packages`, () => {
      const unlisted = pkg.deps.filter((d) => !edges.has(`${pkg.name} -> ${d}`));
      expect(unlisted, `add these to ARCHITECTURE.md or remove the dependency`).toEqual([]);
    });
  }

  it('no source file imports a workspace package it does not declare', () => {
    const problems: string[] = [];
    for (const dir of readdirSync(join(root, 'packages'))) {
      const manifest = JSON.parse(
        readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'),
      ) as {
        name: string;
        dependencies?: Record<string, string>;
        devDependencies?: Record<string, string>;
      };
      // The CLI bundles the workspace packages into its build: they are its devDependencies.
      const declared = new Set(
        Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }),
      );
      for (const file of sourceFiles(join(root, 'packages', dir, 'src'))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/from\s+'(@flowsmith\/[a-z-]+)'/g)) {
          if (m[1] !== manifest.name && !declared.has(m[1]!)) problems.push(`${file}: ${m[1]}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}
