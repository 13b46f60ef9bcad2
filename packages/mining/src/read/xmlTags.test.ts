import { describe, expect, it } from 'vitest';
import { xmlTags } from './xmlTags';

async function texts(chunks: string[]): Promise<string> {
  const out: string[] = [];
  for await (const tag of xmlTags(chunks, { text: true }))
    out.push(tag.kind === 'text' ? `"${tag.text}"` : `${tag.kind}:${tag.name}`);
  return out.join(' ');
}

describe('xmlTags with text', () => {
  it('yields the text between tags, entities decoded even when split across chunks, CDATA as written', async () => {
    const whole = await texts(['<t>a &amp; b</t><v><![CDATA[x<y]]></v>']);
    expect(whole).toBe('open:t "a & b" close:t open:v "x<y" close:v');
    const split = await texts(['<t>a &a', 'mp; b</t><v><![CDATA[x<', 'y]]></v>']);
    expect(split.replace(/" "/g, '')).toBe(whole);
  });

  it('yields no text unless asked', async () => {
    const tags = [];
    for await (const tag of xmlTags('<t>a</t>')) tags.push(tag.kind);
    expect(tags).toEqual(['open', 'close']);
  });
});
