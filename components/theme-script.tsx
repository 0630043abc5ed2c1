/**
 * Runs before first paint: applies the stored theme, else the system's, so a page never flashes
 * in the wrong theme. Kept tiny and inline; the toggle button is the only other theme code.
 */
import { THEME_STORAGE_KEY } from './theme-storage-key';

const script = `(function(){try{var s=localStorage.getItem('${THEME_STORAGE_KEY}');var d=s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('dark',d)}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
