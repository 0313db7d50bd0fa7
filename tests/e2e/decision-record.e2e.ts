import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/decision';
import { EVERY_QUESTION, expectClean, expectResult, readShareUrl, shareQuery } from './support/app';
import { type ViewportName, newSession } from './support/browser';
import { eventually } from './support/eventually';
import { NO_BROWSER } from './support/find-browser';
import { startStaticHost } from './support/servers';
import { browserAndServer } from './support/lifecycle';
import { resultHref } from '../../src/features/shared/paths';

/**
 * "Download decision record" under the production page's
 * Content-Security-Policy: the file is made in the page (a Blob behind an
 * object URL, clicked through <a download>), so nothing may be fetched from
 * anywhere and no directive may be broken on the way. Served by a plain
 * static host from a sub-folder, as people deploy it.
 */
const QUERY = shareQuery(EVERY_QUESTION);

describe.skipIf(NO_BROWSER)('the decision record download', () => {
  const running = browserAndServer(startStaticHost);

  it.concurrent.each<ViewportName>(['desktop', 'phone'])('saves a MADR file from a result link (%s)', async (viewport) => {
    const session = await newSession(running.browser, { viewport, contextOptions: { acceptDownloads: true } });
    const { page, record } = session;
    try {
      await page.goto(`${running.server.appUrl}${resultHref(EVERY_QUESTION)}`);
      await expectResult(page);
      const shareUrl = await readShareUrl(page);

      const button = page.getByRole('button', { name: 'Download decision record' });
      await button.scrollIntoViewIfNeeded();
      const [download] = await Promise.all([page.waitForEvent('download'), viewport === 'phone' ? button.tap() : button.click()]);

      const fileName = download.suggestedFilename();
      expect(fileName).toMatch(/^decision-record-\d{4}-\d{2}-\d{2}\.md$/);
      const path = await download.path();
      const text = await readFile(path, 'utf8');
      const day = /^decision-record-(.+)\.md$/.exec(fileName)![1]!;
      expect(text.startsWith(`---\nstatus: proposed\ndate: ${day}\n---\n\n# `)).toBe(true);

      const chosen = recommend(EVERY_QUESTION).services[0]!;
      expect(chosen.tied).toBe(false);
      expect(text).toContain(`\nChosen option: "${chosen.name}", because `);
      expect(text).toContain(`## Pros and Cons of the Options`);
      expect(text).toContain(`[${shareUrl}](${shareUrl})`);
      expect(shareUrl).toContain(QUERY);

      // The page says it too, for those who cannot see the browser's download bar.
      await eventually(() => page.getByRole('status').filter({ hasText: 'Decision record saved' }).textContent()).toBe(
        `Decision record saved as ${fileName}.`,
      );
      // No request left the site, and the policy was not broken to make the file.
      expectClean(record, running.server.origin);
      expect(record.failedRequests).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
