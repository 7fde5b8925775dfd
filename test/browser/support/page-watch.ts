/**
 * Records what a reader would notice went wrong while a page loads: console errors, uncaught
 * exceptions, failed or 4xx/5xx requests, and any request leaving the report (the report must
 * need nothing from the network).
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
}

export function emptyProblems(): Problems {
  return { consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] };
}

/** `isLocal` says whether a URL belongs to the report being tested. */
export async function watchContext(context: BrowserContext, isLocal: (url: string) => boolean): Promise<Problems> {
  const problems = emptyProblems();
  // Abort anything bound for the network before it leaves, and remember that it was tried.
  await context.route(/^(https?|wss?|ftp):/, async (route) => {
    const url = route.request().url();
    if (isLocal(url)) await route.continue();
    else {
      problems.externalRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!isLocal(url) && !problems.externalRequests.includes(url)) problems.externalRequests.push(url);
  });
  context.on('requestfailed', (request) => {
    if (isLocal(request.url())) problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} HTTP ${response.status()}`);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.location().url}: ${message.text()}`);
  });
  context.on('weberror', (error) => {
    problems.pageErrors.push(error.error().message);
  });
  return problems;
}

/** Loads `url` and waits until nothing more is loading. */
export async function open(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response && response.status() >= 400) throw new Error(`${url}: HTTP ${response.status()}`);
}
