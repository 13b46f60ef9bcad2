/** The messages of `flowsmith serve`, in English and zh-CN. */
import type { MessageTable } from '@flowsmith/model';

/** Parameters of each message, by code. */
export type ServeMessageParams = {
  'serve.listening': { url: string; store: string };
  'serve.room': { id: string; title: string };
  'serve.existingRoom': { id: string };
  'serve.facilitator': { link: string; token: string };
  'serve.participant': { link: string; token: string };
  'serve.redis': { address: string };
  'serve.notLoopback': { host: string };
  'serve.stop': Record<string, never>;
  'serve.stopped': Record<string, never>;
  'serve.redisSyntax': { value: string };
  'serve.tokensNeedRoom': Record<string, never>;
  'serve.processForKnownRoom': { id: string };
};

/** The serve messages. */
export const serveMessages: MessageTable<ServeMessageParams> = {
  'serve.listening': {
    en: (p) => `Workshop server listening on ${p.url} (rooms and documents kept in ${p.store})`,
    'zh-CN': (p) => `研讨会服务器已在 ${p.url} 上监听（房间与文档保存在 ${p.store}）`,
  },
  'serve.room': {
    en: (p) => `\nRoom "${p.title}" (${p.id})`,
    'zh-CN': (p) => `\n房间“${p.title}”（${p.id}）`,
  },
  'serve.existingRoom': {
    en: (p) => `\nRoom ${p.id} is already there: its links and tokens are unchanged.`,
    'zh-CN': (p) => `\n房间 ${p.id} 已存在：链接与令牌不变。`,
  },
  'serve.facilitator': {
    en: (p) => `  facilitator: ${p.link}\n               token ${p.token}`,
    'zh-CN': (p) => `  主持人：${p.link}\n          令牌 ${p.token}`,
  },
  'serve.participant': {
    en: (p) => `  participant: ${p.link}\n               token ${p.token}`,
    'zh-CN': (p) => `  参与者：${p.link}\n          令牌 ${p.token}`,
  },
  'serve.redis': {
    en: (p) => `Sharing rooms with other server processes through Redis at ${p.address}`,
    'zh-CN': (p) => `通过 ${p.address} 上的 Redis 与其他服务器进程共享房间`,
  },
  'serve.notLoopback': {
    en: (p) =>
      `Listening on ${p.host}: other machines can reach this server; hand out the tokens with care.`,
    'zh-CN': (p) => `正在 ${p.host} 上监听：其他机器可以访问此服务器，请谨慎分发令牌。`,
  },
  'serve.stop': {
    en: () => '\nPress Ctrl-C to stop.',
    'zh-CN': () => '\n按 Ctrl-C 停止。',
  },
  'serve.stopped': {
    en: () => 'Workshop server stopped; every room is stored.',
    'zh-CN': () => '研讨会服务器已停止；所有房间均已保存。',
  },
  'serve.redisSyntax': {
    en: (p) => `--redis wants host:port (such as 127.0.0.1:6379), not "${p.value}"`,
    'zh-CN': (p) => `--redis 需要 主机:端口（例如 127.0.0.1:6379），而不是“${p.value}”`,
  },
  'serve.tokensNeedRoom': {
    en: () =>
      'FLOWSMITH_FACILITATOR_TOKEN and FLOWSMITH_PARTICIPANT_TOKEN need --room (the room they open)',
    'zh-CN': () =>
      'FLOWSMITH_FACILITATOR_TOKEN 与 FLOWSMITH_PARTICIPANT_TOKEN 需要配合 --room（它们打开的房间）',
  },
  'serve.processForKnownRoom': {
    en: (p) =>
      `room ${p.id} already holds its workshop's process; --process only starts a new room`,
    'zh-CN': (p) => `房间 ${p.id} 已有其研讨会的流程；--process 只能用于新房间`,
  },
};
