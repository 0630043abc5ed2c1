/** Where the reader's theme choice is kept, shared by the pre-paint script and the toggle. */
export const THEME_STORAGE_KEY = 'theme';
