import { addFeatureStrings } from '../../i18n/featureStrings';

addFeatureStrings('present', {
  en: {
    action: 'Presentation mode',
    bar: 'Presentation',
    badges: 'Findings',
    heat: 'Heat',
    fit: 'Fit',
    leave: 'Leave (Esc)',
  },
  'zh-CN': {
    action: '演示模式',
    bar: '演示',
    badges: '发现',
    heat: '热力图',
    fit: '适应屏幕',
    leave: '退出（Esc）',
  },
});
