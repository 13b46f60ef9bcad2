import { Option } from 'commander';
import { LANGS, resolveLang, type Lang } from '@flowsmith/model';

/**
 * The `--lang <lang>` option every command shares: `en` or `zh-CN`; without it, the language of
 * the `LANG` environment variable (read when the command runs, so tests can set it).
 */
export function langOption(): Option {
  return new Option(
    '--lang <lang>',
    'language of messages: en or zh-CN (default: from $LANG)',
  ).choices(LANGS);
}

/** The language a command runs in, from its parsed `--lang` option or `$LANG`. */
export function langOf(options: { lang?: string }): Lang {
  return options.lang === 'en' || options.lang === 'zh-CN'
    ? options.lang
    : resolveLang(process.env.LANG);
}
