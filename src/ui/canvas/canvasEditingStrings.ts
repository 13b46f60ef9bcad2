/** Strings of editing on the canvas (the context pad, names edited in place), en and zh-CN. */
import { addFeatureStrings } from '../../i18n/featureStrings';

addFeatureStrings('canvasEditing', {
  en: {
    pad: 'Step actions',
    appendTask: 'Append a task',
    appendXor: 'Append a decision',
    appendEnd: 'Append an end',
    connect: 'Connect to another step',
    connectHint: 'Click the step to connect to (Esc cancels)',
    rename: 'Edit the name',
    delete: 'Delete',
    name: 'Name of the {{type}}',
    flowLabel: 'Label of the flow',
  },
  'zh-CN': {
    pad: '步骤操作',
    appendTask: '追加任务',
    appendXor: '追加判断',
    appendEnd: '追加结束',
    connect: '连接到其他步骤',
    connectHint: '点击要连接到的步骤（Esc 取消）',
    rename: '编辑名称',
    delete: '删除',
    name: '{{type}}名称',
    flowLabel: '连线标签',
  },
});
