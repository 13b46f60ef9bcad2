/** The SOP panel's strings, in English and zh-CN (under the `sop.` prefix). */
import { addFeatureStrings } from '../../i18n/featureStrings';

/** English strings of the SOP panel. */
export const sopStringsEn = {
  panel: 'SOP',
  actionOpen: 'SOP and job descriptions',
  intro:
    'The standard operating procedure and the job descriptions of this process, kept up to date as you edit.',
  document: 'Document',
  sop: 'Standard operating procedure (SOP)',
  allJobs: 'Job descriptions, all roles',
  job: 'Job description: {{role}}',
  language: 'Language',
  langEn: 'English',
  langZh: '中文',
  preview: 'Preview',
  previewTitle: 'Preview of {{title}}',
  building: 'Updating the preview…',
  failed: 'The document could not be made: {{message}}',
  download: 'Download',
  markdown: 'Markdown',
  html: 'HTML',
  docx: 'Word (DOCX)',
  pdf: 'PDF (print)',
  pdfHint: 'PDF: choose “Save as PDF” in the print dialog.',
  fullPage: 'Open as a full page',
  docxRunning: 'Making the DOCX…',
  cancel: 'Cancel',
  downloadFailed: 'The download failed: {{message}}',
  noRoles: 'This process has no roles yet, so there are no job descriptions.',
};

/** Chinese strings of the SOP panel (the same keys). */
export const sopStringsZh: typeof sopStringsEn = {
  panel: 'SOP',
  actionOpen: 'SOP 与岗位说明书',
  intro: '本流程的标准操作流程（SOP）和岗位说明书，随编辑自动更新。',
  document: '文档',
  sop: '标准操作流程（SOP）',
  allJobs: '岗位说明书（全部角色）',
  job: '岗位说明书：{{role}}',
  language: '语言',
  langEn: 'English',
  langZh: '中文',
  preview: '预览',
  previewTitle: '{{title}} 预览',
  building: '正在更新预览…',
  failed: '无法生成文档：{{message}}',
  download: '下载',
  markdown: 'Markdown',
  html: 'HTML',
  docx: 'Word（DOCX）',
  pdf: 'PDF（打印）',
  pdfHint: 'PDF：在打印对话框中选择“另存为 PDF”。',
  fullPage: '在新页面中打开',
  docxRunning: '正在生成 DOCX…',
  cancel: '取消',
  downloadFailed: '下载失败：{{message}}',
  noRoles: '本流程还没有角色，因此没有岗位说明书。',
};

addFeatureStrings('sop', { en: sopStringsEn, 'zh-CN': sopStringsZh });
