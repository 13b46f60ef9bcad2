import { describe, expect, it } from 'vitest';
import { parseProcessJson } from './parseProcessJson';
import { minimalDocument } from './parseFixtures';

describe('parseProcessJson', () => {
  it('parses a document', () => {
    expect(parseProcessJson(JSON.stringify(minimalDocument(), null, 2))).toMatchObject({
      ok: true,
    });
  });

  it('ignores a UTF-8 byte order mark', () => {
    expect(parseProcessJson(`\uFEFF${JSON.stringify(minimalDocument())}`)).toMatchObject({
      ok: true,
    });
  });

  it.each(['', '   \n', '\uFEFF'])('reports empty text %j', (text) => {
    expect(parseProcessJson(text)).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          code: 'json.empty',
          message: 'the file is empty; a process document is a JSON object',
        },
      ],
    });
  });

  it.each([
    ['{\n  "a": 1,\n}', 3, 1],
    ['{\n  "id": "x"\n  "name": "y"\n}', 3, 3],
    ['\uFEFF{\n  "a": tru\n}', 2, 8],
    ['{\n  "名称": "采购",, }', 2, 14],
    ['{"a":1}x', 1, 8],
    ['{', 1, 2],
  ])('reports a syntax error in %j at line %i, column %i', (text, line, column) => {
    const result = parseProcessJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.code).toBe('json.syntax');
    expect(result.problems[0]!.message).toMatch(
      new RegExp(`^not valid JSON at line ${line}, column ${column}: \\S`),
    );
  });

  it('says what it found and what it expected', () => {
    const result = parseProcessJson('{\n  "a": 1,\n}');
    expect(result.ok ? '' : result.problems[0]!.message).toBe(
      'not valid JSON at line 3, column 1: found "}" where a property name in double quotes was expected',
    );
  });

  it('names an invisible character, as a binary file starts with one', () => {
    const result = parseProcessJson('\u007fELF\u0002\u0001');
    expect(result.ok ? '' : result.problems[0]!.message).toBe(
      'not valid JSON at line 1, column 1: found U+007F where a value was expected',
    );
  });

  it('says it in Chinese', () => {
    const result = parseProcessJson('{\n  "a": 1,\n}', { lang: 'zh-CN' });
    expect(result.ok ? '' : result.problems[0]!.message).toBe(
      '第 3 行第 1 列不是合法的 JSON：此处应为双引号括起的字段名，却是 "}"',
    );
  });

  it('passes the options on to parseProcess', () => {
    const doc = minimalDocument();
    doc.steps[1]!.role = 'clerkk';
    const result = parseProcessJson(JSON.stringify(doc), { lang: 'zh-CN' });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: 'steps[1].role', message: '没有 id 为 "clerkk" 的角色' }],
    });
  });
});
