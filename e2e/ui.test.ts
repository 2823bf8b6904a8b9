/**
 * Browser tests of the main journeys: the real CLI imports a real FtM file into a real SQLite
 * store, the real server serves it with the web build, and headless chromium clicks through.
 * Screenshots of each journey go to e2e/artifacts/.
 */
import { entityDetailSchema, healthResponseSchema, type EntityDetail } from '@daylight/core/api';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './support/chromium.js';
import { ARTIFACTS, CLI, ROOT, WEB } from './support/paths.js';
import { run, startServer, type RunningServer } from './support/processes.js';
import { DOCUMENT_CLAIM, FIXTURE_FILE, seedStore, TEST_DATASET } from './support/seed.js';

const requireBrowser = process.env['DAYLIGHT_REQUIRE_BROWSER'] === '1';
const missingBrowser =
  `no chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium) ` +
  'or point CHROMIUM_PATH at a chromium binary';

if (!hasChromium && !requireBrowser) {
  console.warn(
    `browser tests skipped: ${missingBrowser} (DAYLIGHT_REQUIRE_BROWSER=1 turns this into a failure)`,
  );
}

describe.runIf(!hasChromium && requireBrowser)(
  'browser tests (required by DAYLIGHT_REQUIRE_BROWSER=1)',
  () => {
    it('find a chromium to run in', () => {
      throw new Error(`DAYLIGHT_REQUIRE_BROWSER=1 but ${missingBrowser}.`);
    });
  },
);

describe.skipIf(!hasChromium)('the web UI in chromium, on a real server and store', () => {
  let tmp = '';
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  /** The entity the test document speaks about, as the API describes it. */
  let claimed: EntityDetail;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // Test the UI as it is in the working tree, not a stale build.
    await run(
      process.execPath,
      [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: WEB,
      },
    );
    tmp = mkdtempSync(join(tmpdir(), 'daylight-e2e-'));
    const dbPath = join(tmp, 'd.db');
    await seedStore(dbPath);
    server = await startServer(CLI, dbPath);
    const response = await fetch(`${server.baseUrl}/api/v1/entities/${DOCUMENT_CLAIM.entityId}`);
    claimed = entityDetailSchema.parse(await response.json());
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  afterEach(async () => {
    for (const page of context?.pages() ?? []) await page.close();
    // An uncaught exception in the page is a bug even when the journey looked fine.
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function open(path: string, target: BrowserContext | undefined = context): Promise<Page> {
    if (!target || !server) throw new Error('the browser or the server did not start (see beforeAll)');
    const page = await target.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.baseUrl}${path}`);
    return page;
  }

  function shot(page: Page, name: string): Promise<Buffer> {
    return page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  }

  it('searches by name, opens a result, and shows its values with their import source', async () => {
    const page = await open('/');
    const health = healthResponseSchema.parse(await (await fetch(`${server?.baseUrl}/api/v1/health`)).json());
    const size = page.getByTestId('store-size').filter({ hasText: 'statements' });
    await size.waitFor();
    const sizeText = (await size.textContent()) ?? '';
    expect(sizeText).toContain(`${health.store.entities.toLocaleString('en')} entities`);
    expect(sizeText).toContain(`${health.store.statements.toLocaleString('en')} statements`);

    const input = page.getByTestId('search-input');
    await input.fill('Kalashnikov');
    await input.press('Enter');
    const result = page.getByTestId('search-result').filter({ hasText: claimed.caption });
    await result.first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kalashnikov');
    // The caption may be another of the entity's names; the hit says which name matched.
    expect(await result.first().textContent()).toMatch(/kalashnikov/i);
    expect(await result.first().textContent()).toContain('zala');
    await shot(page, '1-search-results');

    await result.first().getByRole('link', { name: claimed.caption, exact: true }).click();
    await page.waitForURL(`**/entities/${DOCUMENT_CLAIM.entityId}`);
    const caption = page.getByTestId('entity-caption');
    await caption.waitFor();
    expect(await caption.textContent()).toBe(claimed.caption);

    const names = page.locator('[data-testid="property-row"][data-property="name"]');
    expect(await names.textContent()).toContain('Kalashnikov Concern JSC');
    expect(await page.getByTestId('property-row').count()).toBe(claimed.properties.length);
    const importCitation = names.getByTestId('source-citation').filter({ hasText: FIXTURE_FILE }).first();
    expect(await importCitation.textContent()).toMatch(/ · dataset zala · import$/);

    // The fixture's ownership records name this company as their owner.
    expect(claimed.referencedBy.length).toBeGreaterThan(0);
    const referencedBy = page.getByTestId('referenced-by');
    expect(await referencedBy.getByTestId('referenced-by-item').count()).toBe(claimed.referencedBy.length);
    expect(await referencedBy.textContent()).toContain('Ownership');
    await shot(page, '2-entity-page');

    // An ownership record that points at the company links back to it by its caption.
    const ownership = claimed.referencedBy.find((ref) => ref.property === 'owner');
    if (!ownership) throw new Error('the fixture has no Ownership whose owner is the company');
    await referencedBy.getByRole('link', { name: ownership.caption, exact: true }).first().click();
    await page.waitForURL((url) => url.pathname !== `/entities/${DOCUMENT_CLAIM.entityId}`);
    await page.getByTestId('entity-caption').waitFor();
    const owner = page
      .locator('[data-testid="property-row"][data-property="owner"]')
      .getByTestId('entity-value-link');
    expect(await owner.textContent()).toBe(claimed.caption);
    expect(await owner.getAttribute('href')).toBe(`/entities/${DOCUMENT_CLAIM.entityId}`);

    // Back twice to the results, with the query still in the box.
    await page.goBack();
    await page.getByTestId('entity-caption').filter({ hasText: claimed.caption }).waitFor();
    await page.goBack();
    await page.getByTestId('search-result').first().waitFor();
    expect(await page.getByTestId('search-input').inputValue()).toBe('Kalashnikov');
  });

  it('shows a document source with its publisher, date and evidence quote, and escapes untrusted text', async () => {
    const page = await open(`/entities/${DOCUMENT_CLAIM.entityId}`);
    const citation = page.getByTestId('source-citation').filter({ hasText: DOCUMENT_CLAIM.title }).first();
    await citation.waitFor();
    const text = (await citation.textContent()) ?? '';
    expect(text).toContain(DOCUMENT_CLAIM.publisher);
    expect(text).toContain(`published ${DOCUMENT_CLAIM.publishedAt}`);
    expect(text).toContain(`dataset ${TEST_DATASET}`);
    expect(text).toContain('extract');

    const quote = citation.getByTestId('evidence-quote');
    expect(await quote.evaluate((element) => element.tagName)).toBe('BLOCKQUOTE');
    // The quote's markup is shown as text, never interpreted.
    expect(await quote.textContent()).toBe(DOCUMENT_CLAIM.quote);
    expect(await quote.locator('b').count()).toBe(0);

    const link = citation.getByRole('link', { name: DOCUMENT_CLAIM.title });
    expect(await link.getAttribute('href')).toBe(DOCUMENT_CLAIM.url);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');

    // A javascript: URL from data is shown, but not as a link.
    const website = page.locator('[data-testid="property-row"][data-property="website"]');
    expect(await website.textContent()).toContain(DOCUMENT_CLAIM.unsafeUrl);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);

    await citation.scrollIntoViewIfNeeded();
    await page
      .locator('[data-testid="property-row"][data-property="notes"]')
      .screenshot({ path: join(ARTIFACTS, '3-evidence-notes.png') });
  });

  it('says so when no entity has the id, and links back to search', async () => {
    const page = await open('/entities/no-such-entity-e2e');
    const notFound = page.getByTestId('entity-not-found');
    await notFound.waitFor();
    expect(await notFound.textContent()).toContain('No entity with this id');
    await shot(page, '4-not-found');

    await notFound.getByRole('link', { name: 'Back to search' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('search-input').waitFor();
  });

  it('keeps the search and its filter through a reload, from the URL', async () => {
    const page = await open('/');
    await page.getByTestId('search-input').fill('Zala');
    await page.getByTestId('schema-filter').selectOption('Company');
    await page.getByTestId('search-submit').click();
    await page.waitForURL(
      (url) => url.searchParams.get('q') === 'Zala' && url.searchParams.get('schema') === 'Company',
    );
    await page.getByTestId('search-result').first().waitFor();
    const before = await page.getByTestId('search-result').allTextContents();
    expect(before.length).toBeGreaterThan(0);
    for (const text of before) expect(text).toContain('Company');

    await page.reload();
    await page.getByTestId('search-result').first().waitFor();
    expect(await page.getByTestId('search-input').inputValue()).toBe('Zala');
    expect(await page.getByTestId('schema-filter').inputValue()).toBe('Company');
    expect(await page.getByTestId('search-result').allTextContents()).toEqual(before);
    await shot(page, '5-search-after-reload');
  });

  it('fits a 360px wide phone screen without sideways scrolling', async () => {
    const phone = await browser?.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    try {
      const page = await open(`/entities/${DOCUMENT_CLAIM.entityId}`, phone);
      await page.getByTestId('entity-caption').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(page, '6-entity-page-360px');
    } finally {
      await phone?.close();
    }
  });
});
