/** The workshop (co-editing) feature's strings, in English and zh-CN, under the `workshop.` prefix. */
import { addFeatureStrings } from '../../i18n/featureStrings';

const en = {
  actionJoin: 'Join workshop…',
  actionLeave: 'Leave workshop',
  joinTitle: 'Join a workshop',
  joinIntro:
    'Paste the link the facilitator gave you, or fill in the server, room and token. Everyone in the room edits the same process live.',
  link: 'Workshop link',
  server: 'Server',
  room: 'Room',
  token: 'Token',
  name: 'Your name',
  join: 'Join',
  cancel: 'Cancel',
  badLink: 'This link names no workshop: it needs a server (ws://…), a room and a token.',
  here: 'Here',
  you: '{{name}} (you)',
  guest: 'Guest {{n}}',
  status: {
    connecting: 'Connecting to the workshop…',
    connected: 'Live: changes are shared',
    offline: 'Offline: your changes are kept and shared when the connection is back',
    refused: 'The workshop refused this link (wrong token or room).',
  },
  invalidRoom: 'The workshop’s process is not valid and was not opened:\n{{problems}}',
  selected: '{{name}} has this selected',
  rejectedPermission:
    'The workshop does not allow that change here (participants may not delete the process, change roles, run the timer or set the dots). The room’s process is shown again.',
  rejected: 'The workshop refused your last change. The room’s process is shown again.',
};

const zhCN: typeof en = {
  actionJoin: '加入研讨会…',
  actionLeave: '离开研讨会',
  joinTitle: '加入研讨会',
  joinIntro: '粘贴主持人给你的链接，或填写服务器、房间和令牌。房间里的每个人实时编辑同一个流程。',
  link: '研讨会链接',
  server: '服务器',
  room: '房间',
  token: '令牌',
  name: '你的名字',
  join: '加入',
  cancel: '取消',
  badLink: '这个链接没有指明研讨会：需要服务器（ws://…）、房间和令牌。',
  here: '在场',
  you: '{{name}}（你）',
  guest: '访客 {{n}}',
  status: {
    connecting: '正在连接研讨会…',
    connected: '在线：修改实时共享',
    offline: '离线：你的修改已保留，连接恢复后共享',
    refused: '研讨会拒绝了这个链接（令牌或房间不对）。',
  },
  invalidRoom: '研讨会的流程无效，未打开：\n{{problems}}',
  selected: '{{name}} 选中了这里',
  rejectedPermission:
    '研讨会不允许在这里做这个修改（参与者不能删除流程、修改角色、操作计时器或设置票数）。已重新显示房间里的流程。',
  rejected: '研讨会拒绝了你刚才的修改。已重新显示房间里的流程。',
};

addFeatureStrings('workshop', { en, 'zh-CN': zhCN });
