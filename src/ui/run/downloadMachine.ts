import type { TFunction } from 'i18next';
import { emitMachineConfig, emitTypeScript } from '@flowsmith/compiler';
import type { ProcessDocument } from '@flowsmith/model';
import { currentLang } from '../../i18n/i18n';
import { fileNameFor, saveBlob } from '../files/fileAccess';
import type { UiStore } from '../uiStore';

const TYPES = {
  ts: [{ description: 'TypeScript', accept: { 'text/typescript': ['.ts'] } }],
  json: [{ description: 'JSON', accept: { 'application/json': ['.json'] } }],
};

/**
 * Saves the state machine of `doc` as a TypeScript module (`emitTypeScript`) or its JSON config
 * (`emitMachineConfig`); a process the compiler refuses, or a failed save, becomes an error notice.
 */
export async function downloadMachine(
  doc: ProcessDocument,
  format: 'ts' | 'json',
  ui: UiStore,
  t: TFunction,
): Promise<void> {
  try {
    const lang = currentLang();
    const blob =
      format === 'ts'
        ? new Blob([emitTypeScript(doc, { lang })], { type: 'text/typescript' })
        : new Blob([`${JSON.stringify(emitMachineConfig(doc, { lang }), null, 2)}\n`], {
            type: 'application/json',
          });
    await saveBlob(
      blob,
      fileNameFor(doc, format === 'ts' ? '.machine.ts' : '.machine.json'),
      null,
      TYPES[format],
    );
  } catch (e) {
    ui.setState({
      notice: {
        kind: 'error',
        text: t('run.downloadFailed', { message: e instanceof Error ? e.message : String(e) }),
      },
    });
  }
}
