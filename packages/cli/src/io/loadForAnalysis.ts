import type { Lang, ProcessDocument } from '@flowsmith/model';
import { CliError } from '../CliError';
import { loadProcessFile } from './readProcessFile';

/** Loads a valid document; an invalid one is exit 2 here (the analysis needs a valid document). */
export async function loadForAnalysis(file: string, lang: Lang): Promise<ProcessDocument> {
  try {
    return (await loadProcessFile(file, { lang })).document;
  } catch (error) {
    if (error instanceof CliError) throw new CliError(error.message, 2, error.code);
    throw error;
  }
}
