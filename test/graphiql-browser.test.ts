import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { gatewayUrl } from './setup/client';

// A real browser (Debian's chromium; CI installs it). Without one this file is skipped, and says so.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const describeWithBrowser = fs.existsSync(CHROMIUM) ? describe : describe.skip;
if (!fs.existsSync(CHROMIUM)) console.warn(`GraphiQL browser test skipped: no browser at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`);

describeWithBrowser('GraphiQL in a browser with no network beyond localhost', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(() => browser?.close());

  it('loads, and runs the headline query with the pre-filled companion token in one click', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    // Everything not on this machine fails, as it would offline; we list what was tried.
    await page.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === 'localhost' || host === '127.0.0.1') return route.continue();
      elsewhere.push(route.request().url());
      return route.abort();
    });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));

    await page.goto(`${new URL(gatewayUrl()).origin}/graphiql?role=companion`);
    await page.locator('.graphiql-execute-button').click({ timeout: 30_000 });
    const result = page.locator('.result-window');
    await result.getByText('"myFamilies"').waitFor({ timeout: 30_000 });
    const text = await result.innerText();
    expect(text).toContain('"agenda"');
    expect(text).toMatch(/DAYCARE|CLINIC|SOCIAL_OFFICE/);
    expect(text).not.toContain('UNAUTHENTICATED');
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  }, 90_000);
});
