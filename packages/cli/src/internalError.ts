import { resolveLang, type Lang } from '@flowsmith/model';

/**
 * The sentence for an error no command expected — a bug in Flowsmith, not in the input or the
 * call: which command failed and the error's first line, and what to do, in the language of the
 * call (`--lang`, else `$LANG`). Pure. `FLOWSMITH_DEBUG=1` adds the stack (see docs/cli.md).
 */
export function internalErrorMessage(argv: readonly string[], error: unknown): string {
  const command = argv.slice(2).find((a) => !a.startsWith('-')) ?? 'flowsmith';
  const detail = (error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    .split('\n')[0]!
    .slice(0, 300);
  return langOfArgv(argv) === 'zh-CN'
    ? `内部错误：“${command}”意外失败（${detail}）。这是 Flowsmith 的缺陷，请连同输入文件一起报告；设置 FLOWSMITH_DEBUG=1 可查看详细信息`
    : `internal error: "${command}" failed unexpectedly (${detail}). This is a bug in Flowsmith; please report it with the input file; FLOWSMITH_DEBUG=1 shows the details`;
}

function langOfArgv(argv: readonly string[]): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value =
    at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  return value === 'en' || value === 'zh-CN' ? value : resolveLang(process.env.LANG);
}
