/** The languages every user-facing message of Flowsmith exists in. */
export type Lang = 'en' | 'zh-CN';

/** The supported languages, English first. */
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/**
 * Picks the supported language for a BCP-47 tag or locale string (`zh`, `zh_CN.UTF-8`,
 * `zh-Hans-CN` → `zh-CN`; anything else → `en`). Pure.
 */
export function resolveLang(tag: string | undefined | null): Lang {
  return tag && /^zh(?:[-_]|$)/i.test(tag.trim()) ? 'zh-CN' : 'en';
}

/** A message in every language, with its parameters. */
export type Message<P> = Record<Lang, (params: P) => string>;

/**
 * A table of messages keyed by code. Each package keeps one (or one per area under a
 * `messages/` folder), so codes and texts live in one place.
 */
export type MessageTable<Params extends Record<string, object>> = {
  [Code in keyof Params]: Message<Params[Code]>;
};

/** Renders message `code` of `table` in `lang`. Pure. */
export function formatMessage<Params extends Record<string, object>, Code extends keyof Params>(
  table: MessageTable<Params>,
  code: Code,
  params: Params[Code],
  lang: Lang = 'en',
): string {
  return table[code][lang](params);
}
