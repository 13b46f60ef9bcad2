import type { Command } from 'commander';
import { formatMessage } from '@flowsmith/model';
import { buildJobs } from '@flowsmith/sop';
import { CliError } from '../CliError';
import { langOf } from '../io/langOption';
import { writeDocument } from '../pdf/writeDocument';
import { documentMessages } from '../pdf/documentMessages';
import { documentOptions, prepareDocument, type DocumentCommandOptions } from './sop';
import type { RegisterCommand } from './RegisterCommand';

/**
 * `flowsmith jobs FILE --format md|html|docx|pdf [--role ID] [-o OUT]`: writes the job
 * descriptions of a process, every role in one document or just `--role`. Exit codes as `sop`;
 * an unknown `--role` is exit 2 and names the roles there are.
 */
export const registerJobs: RegisterCommand = (program: Command) => {
  documentOptions(
    program
      .command('jobs')
      .description('write the job descriptions (one per role) of a process: md, html, docx or pdf')
      .argument('<file>', 'the process file'),
  )
    .option('--role <id>', 'describe only this role')
    .addHelpText(
      'after',
      '\nExit codes: 0 written, 1 invalid process (or structural errors with --strict), 2 I/O or an\n' +
        'unknown --role.\n' +
        'Example: flowsmith jobs examples/order-to-cash.flow.json --role billing --format docx -o billing.docx\n',
    )
    .action(async (input: string, options: DocumentCommandOptions & { role?: string }) => {
      const messages = langOf(options);
      const { document, lang, analysis, format } = await prepareDocument(input, options);
      if (options.role !== undefined && !document.roles.some((r) => r.id === options.role)) {
        const known = document.roles.map((r) => r.id).join(', ') || '—';
        throw new CliError(
          formatMessage(
            documentMessages,
            'document.noRole',
            { file: input, role: options.role, known },
            messages,
          ),
          2,
        );
      }
      const tree = buildJobs(document, {
        lang,
        analysis,
        ...(options.role !== undefined ? { role: options.role } : {}),
      });
      await writeDocument(tree, format, options.output, messages);
    });
};
