/**
 * Strings of data safety (under `dataSafety.`): damaged stored records, restored unsaved changes
 * and the error boundary, in English and zh-CN.
 */
import { addFeatureStrings } from '../i18n/featureStrings';

addFeatureStrings('dataSafety', {
  en: {
    damaged: {
      message:
        '“{{name}}” could not be opened: it is damaged at {{path}}: {{problem}}. It is kept in the list below, marked as damaged — export its raw JSON to repair it. Your other processes are unaffected.',
      badge: 'damaged',
      row: 'Cannot be opened — {{path}}: {{problem}}',
      root: '(document)',
    },
    exportRaw: 'Export raw JSON',
    exportRawOf: 'Export the raw JSON of {{name}}',
    restored: 'Unsaved changes from your last visit were restored ({{count}} process(es)).',
    crash: {
      title: 'Something went wrong while showing this',
      detail: 'The error: {{message}}. Your stored processes are safe.',
      documents: 'Open My processes',
      reload: 'Reload the page',
      export: 'Export the open process as JSON',
    },
  },
  'zh-CN': {
    damaged: {
      message:
        '无法打开“{{name}}”：它在 {{path}} 处已损坏：{{problem}}。它仍保留在下方列表中并标为“已损坏”，可导出其原始 JSON 进行修复。其他流程不受影响。',
      badge: '已损坏',
      row: '无法打开 —— {{path}}：{{problem}}',
      root: '（文档）',
    },
    exportRaw: '导出原始 JSON',
    exportRawOf: '导出 {{name}} 的原始 JSON',
    restored: '已恢复上次访问时未保存的更改（{{count}} 个流程）。',
    crash: {
      title: '显示此内容时出错',
      detail: '错误信息：{{message}}。已存储的流程是安全的。',
      documents: '打开“我的流程”',
      reload: '重新加载页面',
      export: '将当前流程导出为 JSON',
    },
  },
});
