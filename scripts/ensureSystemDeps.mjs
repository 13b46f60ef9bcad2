#!/usr/bin/env node
/**
 * Installs the system packages the test suite needs when a fresh machine lacks them:
 * Debian's Chromium (end-to-end tests, PDF), Noto CJK fonts (Chinese in screenshots and PDFs),
 * poppler-utils (pdftotext, pdffonts), LibreOffice Writer (DOCX checks), Redis and PostgreSQL (the
 * workshop server's tests start their own redis-server and PostgreSQL cluster on free ports). Run by `pnpm test`
 * and therefore by CI. Needs root (or sudo) for apt-get; otherwise prints what to install.
 */
import { execSync, spawnSync } from 'node:child_process';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const hasCjkFont = () =>
  spawnSync('sh', ['-c', "fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'"], { stdio: 'ignore' })
    .status === 0;

const missing = [];
if (!has('chromium')) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');
if (!has('pdftotext') || !has('pdffonts')) missing.push('poppler-utils');
if (!has('soffice')) missing.push('libreoffice-writer-nogui');
if (!has('redis-server')) missing.push('redis-server');
const hasPostgresServer = () =>
  spawnSync('sh', ['-c', 'ls /usr/lib/postgresql/*/bin/initdb'], { stdio: 'ignore' }).status === 0;
if (!hasPostgresServer()) missing.push('postgresql');

if (missing.length === 0) process.exit(0);

const root = process.getuid?.() === 0;
const sudo = root ? '' : has('sudo') ? 'sudo ' : null;
if (sudo === null) {
  console.error(
    `missing system packages: ${missing.join(' ')}\ninstall them with: apt-get install ${missing.join(' ')}`,
  );
  process.exit(1);
}
console.log(`installing system packages: ${missing.join(' ')} (apt-get)`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit', env });
execSync(`${sudo}apt-get install -y -qq ${missing.join(' ')}`, {
  stdio: ['ignore', 'ignore', 'inherit'],
  env,
});
