/**
 * Debian's Chromium with its DevTools port open, for Lighthouse: launched by chrome-launcher
 * (Lighthouse's own launcher, with the flags that keep Chromium's background work out of the
 * measurements), in a throwaway profile.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import { CHROMIUM_PATH } from '../../test/support/browser';

export function launchChromium(): Promise<LaunchedChrome> {
  return launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    logLevel: 'error',
  });
}
