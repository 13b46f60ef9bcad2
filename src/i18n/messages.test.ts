import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { STEP_TYPES, TASK_KINDS, TIME_UNITS, VALUE_CLASSES, WEEKDAYS } from '@flowsmith/model';
import { en } from './en';
import { zhCN } from './zhCN';

type Tree = { [k: string]: string | Tree };

function lookup(tree: Tree, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined),
      tree,
    );
}

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`),
  );
}

// The editor's sources as text (Vite's glob import: no Node APIs in src/).
const files = import.meta.glob(
  '../ui/{actions,canvas,chrome,dialogs,files,inspector,panels,table,hooks,export}/*.{ts,tsx}',
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;

// Features keep their strings beside their code (`addFeatureStrings`): load those modules into an
// i18next started with the core tables, so their keys count too.
const sources = import.meta.glob('../ui/**/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const modules = import.meta.glob('../ui/**/*.{ts,tsx}');
beforeAll(async () => {
  await i18next.init({
    // Copies: i18next merges the feature bundles into the objects it is given.
    resources: {
      en: { translation: structuredClone(en) },
      'zh-CN': { translation: structuredClone(zhCN) },
    },
    lng: 'en',
    fallbackLng: false,
  });
  for (const [file, text] of Object.entries(sources))
    if (!file.includes('.test.') && text.includes('addFeatureStrings(')) await modules[file]!();
});
const known = (key: string) =>
  typeof lookup(en as unknown as Tree, key) === 'string' ||
  (i18next.exists(key, { lng: 'en' }) && i18next.exists(key, { lng: 'zh-CN' }));

describe('messages', () => {
  it('every key of English exists in zh-CN and is not left in English', () => {
    const keys = leaves(en as unknown as Tree);
    for (const key of keys) expect(typeof lookup(zhCN as unknown as Tree, key), key).toBe('string');
    // Only codes, units and names may read the same in both languages.
    const same = keys.filter(
      (k) => lookup(en as unknown as Tree, k) === lookup(zhCN as unknown as Tree, k),
    );
    expect(same).toEqual(['step.raci', 'help.gesture.tab.how']);
  });

  it('every literal key the editor asks for exists', () => {
    const missing: string[] = [];
    for (const [file, text] of Object.entries(files)) {
      if (file.endsWith('.test.ts')) continue;
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        const key = m[1]!;
        if (key.includes('.') && !known(key)) missing.push(`${file}: ${key}`);
      }
      // Panels and actions of other parts of the app bring their own strings (their own bundles).
      if (file.endsWith('panels/registry.ts')) continue;
      for (const m of text.matchAll(/titleKey: '([a-zA-Z0-9_.]+)'/g)) {
        const key = m[1]!;
        if (!known(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(Object.keys(files).length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('has a name for every step type, task kind, value class, unit and weekday', () => {
    for (const tree of [en, zhCN] as unknown as Tree[]) {
      for (const t of STEP_TYPES) expect(typeof lookup(tree, `type.${t}`)).toBe('string');
      for (const k of TASK_KINDS) expect(typeof lookup(tree, `kind.${k}`)).toBe('string');
      for (const v of VALUE_CLASSES) expect(typeof lookup(tree, `value.${v}`)).toBe('string');
      for (const u of TIME_UNITS) expect(typeof lookup(tree, `unit.${u}`)).toBe('string');
      for (const d of WEEKDAYS) expect(typeof lookup(tree, `day.${d}`)).toBe('string');
    }
  });
});
