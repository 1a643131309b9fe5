// Records the sample shop's sessions as HAR files: headless Chromium clicks through the pages in a fixed
// order, one fresh browser profile per session, and Playwright writes every exchange with its body.
//
//   node record.mjs --base http://127.0.0.1:5080 --out ../sessions
//
// The shop must already run at --base with HEYGEN_SAMPLE_SEED=none (record.sh starts it).

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: options } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:5080' },
    out: { type: 'string', default: path.join(import.meta.dirname, '..', 'sessions') },
    only: { type: 'string' },
  },
});

// Loopback only: every other host name resolves to nothing, and Chromium's own background traffic is off.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

// A person reads a page before clicking on; the pause makes the recorded think time realistic.
const thinkTimeMs = 250;

class Shopper {
  constructor(page, base) {
    this.page = page;
    this.base = base;
  }

  async open(pathAndQuery) {
    await this.page.goto(new URL(pathAndQuery, this.base).href);
    await this.ready();
  }

  async ready() {
    await this.page.waitForSelector('body[data-ready="true"]');
    await this.page.waitForTimeout(thinkTimeMs);
  }

  async clickAndLoad(selector) {
    await Promise.all([this.page.waitForNavigation(), this.page.click(selector)]);
    await this.ready();
  }

  async viewProduct(id) {
    await this.clickAndLoad(`#product-list a[data-product-id="${id}"]`);
  }

  async backToList() {
    await this.page.goBack();
    await this.ready();
  }

  async search(text) {
    await this.page.fill('#search-input', text);
    await this.clickAndLoad('#search-button');
  }

  async sortBy(order) {
    await Promise.all([this.page.waitForNavigation(), this.page.selectOption('#sort-select', order)]);
    await this.ready();
  }

  async signIn(email, password) {
    await this.clickAndLoad('#nav-sign-in');
    await this.page.fill('#email', email);
    await this.page.fill('#password', password);
    await this.clickAndLoad('#sign-in');
  }

  async addToCart(quantity) {
    await this.page.fill('#quantity', String(quantity));
    const added = this.page.waitForResponse((response) => response.url().endsWith('/api/cart/items'));
    await this.page.click('#add-to-cart');
    await added;
    await this.page.waitForSelector('#message:not(:empty)');
    await this.page.waitForTimeout(thinkTimeMs);
  }

  async openCart() {
    await this.clickAndLoad('#nav-cart');
  }

  async removeFromCart(productId) {
    const removed = this.page.waitForResponse((response) => response.request().method() === 'DELETE');
    await this.page.click(`#cart-lines button[data-product-id="${productId}"]`);
    await removed;
    await this.page.waitForTimeout(thinkTimeMs);
  }

  async checkOut(deliveryName, deliveryAddress) {
    await this.page.fill('#delivery-name', deliveryName);
    await this.page.fill('#delivery-address', deliveryAddress);
    await this.clickAndLoad('#place-order');
  }
}

// Each session is what one visitor did, in a fixed order so that re-recording gives the same requests.
const sessions = {
  '01-browse-catalog': async (shop) => {
    await shop.open('/');
    await shop.viewProduct(102);
    await shop.backToList();
    await shop.clickAndLoad('#next-page');
    await shop.viewProduct(108);
    await shop.backToList();
    await shop.viewProduct(111);
  },
  '02-browse-sorted': async (shop) => {
    await shop.open('/');
    await shop.sortBy('price');
    await shop.viewProduct(109);
    await shop.backToList();
    await shop.sortBy('rating');
    await shop.viewProduct(103);
  },
  '03-search-lamp-and-tea': async (shop) => {
    await shop.open('/');
    await shop.search('lamp');
    await shop.viewProduct(103);
    await shop.backToList();
    await shop.search('tea');
    await shop.viewProduct(109);
  },
  '04-checkout-demo-user': async (shop) => {
    await shop.open('/');
    await shop.signIn('demo@example.com', 'demo-password');
    await shop.viewProduct(101);
    await shop.addToCart(2);
    await shop.open('/');
    await shop.viewProduct(103);
    await shop.addToCart(1);
    await shop.openCart();
    await shop.checkOut('Demo Shopper', '1 Sample Street, Springfield');
  },
  '05-checkout-ada': async (shop) => {
    await shop.open('/');
    await shop.signIn('ada@example.com', 'demo-password');
    await shop.search('notebook');
    await shop.viewProduct(104);
    await shop.addToCart(3);
    await shop.openCart();
    await shop.checkOut('Ada Lovelace', '12 Analytical Row, London');
  },
  '06-remove-item-grace': async (shop) => {
    await shop.open('/');
    await shop.signIn('grace@example.com', 'demo-password');
    await shop.viewProduct(105);
    await shop.addToCart(1);
    await shop.open('/?page=2&sort=id');
    await shop.viewProduct(110);
    await shop.addToCart(2);
    await shop.openCart();
    await shop.removeFromCart(105);
    await shop.checkOut('Grace Hopper', '7 Compiler Court, Arlington');
  },
};

// Playwright names pages with a random id, which becomes part of a session's id downstream; numbering them
// keeps session ids the same from one recording to the next. Indented JSON keeps the files reviewable.
async function settle(harPath) {
  const har = JSON.parse(await readFile(harPath, 'utf8'));
  const ids = new Map(har.log.pages.map((page, index) => [page.id, `page_${index + 1}`]));
  for (const page of har.log.pages) {
    page.id = ids.get(page.id);
  }
  for (const entry of har.log.entries) {
    entry.pageref = ids.get(entry.pageref) ?? entry.pageref;
  }
  await writeFile(harPath, `${JSON.stringify(har, null, 2)}\n`);
}

async function record(name, visit) {
  const profile = await mkdtemp(path.join(tmpdir(), 'heygen-sample-profile-'));
  const harPath = path.join(options.out, `${name}.har`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    recordHar: { path: harPath, content: 'embed', mode: 'full' },
  });

  try {
    const page = context.pages()[0] ?? await context.newPage();
    await visit(new Shopper(page, options.base));
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
  await settle(harPath);
  console.log(`recorded ${harPath}`);
}

for (const [name, visit] of Object.entries(sessions)) {
  if (!options.only || options.only === name) {
    await record(name, visit);
  }
}
