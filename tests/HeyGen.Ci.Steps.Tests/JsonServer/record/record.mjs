// Records one HAR per shop page: starts json-server over a fresh copy of db.json and the pages, drives headless
// Debian chromium through each page until it marks itself done, and writes ../har/<page>.har.
// Usage: node record.mjs (see record.sh). Nothing leaves 127.0.0.1: the browser resolves no other host.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '..');
const root = join(data, '..', '..', '..');
const jsonServer = join(root, 'build', 'tools', 'node_modules', 'json-server', 'lib', 'cli', 'bin.js');
const pages = ['list', 'get', 'create', 'update', 'delete', 'search'];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`json-server did not answer at ${url}`);
}

async function startServer() {
  const folder = mkdtempSync(join(tmpdir(), 'heygen-record-'));
  cpSync(join(data, 'db.json'), join(folder, 'db.json'));
  cpSync(join(data, 'public'), join(folder, 'public'), { recursive: true });
  const port = await freePort();
  const child = spawn('node', [jsonServer, '--port', String(port), '--host', '127.0.0.1', '--static', 'public', 'db.json'],
    { cwd: folder, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  await waitReady(`${base}/products`);
  return { base, stop: () => { child.kill(); rmSync(folder, { recursive: true, force: true }); } };
}

const browserArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

// Each page is its own session: a fresh browser profile and a fresh HAR.
async function recordPage(base, page) {
  const harPath = join(data, 'har', `${page}.har`);
  const profile = mkdtempSync(join(tmpdir(), 'heygen-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: browserArgs,
    recordHar: { path: harPath, content: 'embed' },
  });
  try {
    const tab = context.pages()[0] ?? await context.newPage();
    await tab.goto(`${base}/${page}.html`);
    await tab.waitForSelector('#done', { timeout: 15000 });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  // The port is chosen at random; write it as a fixed one so re-recording changes only what really changed.
  const har = readFileSync(harPath, 'utf8').replaceAll(base, 'http://127.0.0.1:3000')
    .replaceAll(base.replace('http://', ''), '127.0.0.1:3000');
  writeFileSync(harPath, har);
  console.log(`recorded ${harPath}`);
}

const server = await startServer();
try {
  for (const page of pages) {
    await recordPage(server.base, page);
  }
} finally {
  server.stop();
}
