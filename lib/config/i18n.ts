/** Interface strings, one dictionary per language; `t` holds the site's (./locale.ts). Client-safe. */
import { siteLocale } from './locale';
export type Language = 'fr' | 'en';

export interface Dictionary {
  nav: { posts: string; tags: string; series: string; archives: string; main: string };
  skipToContent: string;
  readMore: string;
  /** Accessible name of a "read more" link: it must say which post. */
  readMoreAbout: (title: string) => string;
  readingTime: (minutes: number) => string;
  updatedOn: string;
  publishedOn: string;
  tableOfContents: string;
  tags: string;
  taggedWith: string;
  allTags: string;
  postCount: (count: number) => string;
  tagTitle: (tag: string) => string;
  categories: string;
  categorizedIn: string;
  allCategories: string;
  categoryTitle: (category: string) => string;
  allSeries: string;
  seriesTitle: (series: string) => string;
  /** The box on each post of a series. */
  seriesNav: {
    /** Its heading: which series, which part of how many. */
    position: (series: string, number: number, total: number) => string;
    previous: string;
    next: string;
    /** The link to the series' page. */
    all: (total: number) => string;
  };
  archives: string;
  archiveYear: (year: number) => string;
  /** The nav between year pages, and the link back to every year. */
  archiveYears: { label: string; all: string };
  pagination: { label: string; previous: string; next: string; page: (n: number) => string };
  pageTitle: (n: number) => string;
  previousPost: string;
  nextPost: string;
  relatedPosts: string;
  /** Before the links to a post's translations, each named in its own language ("English"). */
  translations: string;
  draft: string;
  scheduled: (date: string) => string;
  expired: (date: string) => string;
  unpublishedBanner: string;
  preview: { banner: string; leave: string; failed: string; failedUnbuilt: string };
  /** `<meta name="description">` of the pages that are not posts. */
  descriptions: {
    page: (n: number, siteTitle: string) => string;
    tag: (tag: string, count: number) => string;
    tags: string;
    category: (category: string, count: number) => string;
    categories: string;
    series: (series: string, count: number) => string;
    allSeries: string;
    archives: string;
    archiveYear: (year: number, count: number) => string;
    search: string;
  };
  notFound: { title: string; body: string; home: string; tags: string };
  theme: { toggle: string; light: string; dark: string };
  callout: { info: string; tip: string; important: string; warning: string; caution: string };
  /** A video of another site, before the reader asks for its player. */
  video: { untitled: (provider: string) => string; play: (provider: string) => string };
  footnotes: { label: string; backTo: (reference: string) => string };
  /** The link beside a heading to its own section (lib/mdx/rehype-heading-links.ts). */
  headingLink: string;
  /** The copy button of code blocks (unbundled/code-copy.mjs), its labels set on the article. */
  code: { copy: string; copied: string; selected: string };
  footer: { poweredBy: string; rss: string };
  search: {
    title: string;
    label: string;
    placeholder: string;
    submit: string;
    shortcutHint: string;
    resultCount: (count: number, query: string) => string;
    noResults: (query: string) => string;
    suggestTags: string;
    empty: string;
    searching: string;
    failed: string;
    invalid: string;
  };
}

const fr: Dictionary = {
  nav: {
    posts: 'Articles',
    tags: 'Tags',
    series: 'Séries',
    archives: 'Archives',
    main: 'Navigation principale',
  },
  skipToContent: 'Aller au contenu',
  readMore: 'Lire la suite',
  readMoreAbout: (title) => `Lire la suite de « ${title} »`,
  readingTime: (minutes) => `${minutes} min de lecture`,
  updatedOn: 'mis à jour le',
  publishedOn: 'Publié le',
  tableOfContents: 'Sommaire',
  tags: 'Tags',
  taggedWith: 'Tags de l’article',
  allTags: 'Tous les tags',
  postCount: (count) => (count <= 1 ? `${count} article` : `${count} articles`),
  tagTitle: (tag) => `Articles sur « ${tag} »`,
  categories: 'Catégories',
  categorizedIn: 'Catégories de l’article',
  allCategories: 'Toutes les catégories',
  categoryTitle: (category) => `Catégorie « ${category} »`,
  allSeries: 'Toutes les séries',
  // Non-breaking spaces inside the guillemets, as French typography wants them.
  seriesTitle: (series) => `Série «\u00a0${series}\u00a0»`,
  seriesNav: {
    position: (series, number, total) =>
      `Série «\u00a0${series}\u00a0» — billet ${number} sur ${total}`,
    previous: 'Billet précédent',
    next: 'Billet suivant',
    all: (total) => `Toute la série (${total} billets)`,
  },
  archives: 'Archives',
  archiveYear: (year) => `Archives ${year}`,
  archiveYears: { label: 'Autres années', all: 'Toutes les années' },
  pagination: {
    label: 'Pagination',
    previous: 'Page précédente',
    next: 'Page suivante',
    page: (n) => `Page ${n}`,
  },
  pageTitle: (n) => `Page ${n}`,
  previousPost: 'Article précédent',
  nextPost: 'Article suivant',
  relatedPosts: 'À lire aussi',
  translations: 'Traductions :',
  draft: 'Brouillon',
  scheduled: (date) => `Programmé (${date})`,
  expired: (date) => `Expiré (${date})`,
  unpublishedBanner: 'Cet article n’est pas publié : seul l’auteur le voit.',
  preview: {
    banner:
      'Mode aperçu : les articles sont lus depuis leurs fichiers à chaque chargement, brouillons compris.',
    leave: 'Quitter l’aperçu',
    failed: 'Le fichier ne se compile pas : voici la dernière version construite. À corriger :',
    failedUnbuilt: 'Le fichier ne se compile pas. À corriger :',
  },
  descriptions: {
    page: (n, siteTitle) =>
      `Tous les articles de ${siteTitle}, du plus récent au plus ancien : page ${n}.`,
    tag: (tag, count) =>
      `${count <= 1 ? `L’article` : `Les ${count} articles`} sur « ${tag} », du plus récent au plus ancien.`,
    tags: 'Tous les sujets abordés, avec le nombre d’articles pour chacun.',
    category: (category, count) =>
      `${count <= 1 ? `L’article` : `Les ${count} articles`} de la catégorie « ${category} », du plus récent au plus ancien.`,
    categories: 'Toutes les catégories, avec le nombre d’articles pour chacune.',
    series: (series, count) =>
      `${count <= 1 ? `Le billet` : `Les ${count} billets`} de la série «\u00a0${series}\u00a0», dans l’ordre de lecture.`,
    allSeries: 'Toutes les séries de billets, avec le nombre de billets de chacune.',
    archives: 'Tous les articles, année par année et mois par mois.',
    archiveYear: (year, count) =>
      count <= 1 ? `L’article de ${year}.` : `Les ${count} articles de ${year}, mois par mois.`,
    search: 'Rechercher dans tous les articles.',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'Cette page n’existe pas ou plus. Peut-être la trouverez-vous depuis l’accueil ou la liste des tags.',
    home: 'Retour à l’accueil',
    tags: 'Parcourir les tags',
  },
  theme: { toggle: 'Changer de thème', light: 'Thème clair', dark: 'Thème sombre' },
  callout: {
    info: 'Info',
    tip: 'Astuce',
    important: 'Important',
    warning: 'Attention',
    caution: 'Prudence',
  },
  video: {
    untitled: (provider) => `Vidéo ${provider}`,
    play: (provider) => `Lire la vidéo (le lecteur de ${provider} se charge au clic)`,
  },
  footnotes: { label: 'Notes', backTo: (reference) => `Retour à l’appel de note ${reference}` },
  headingLink: 'Lien vers cette section',
  code: {
    copy: 'Copier',
    copied: 'Copié',
    selected: 'Code sélectionné : copiez-le avec Ctrl+C (⌘+C sur Mac)',
  },
  footer: { poweredBy: 'Propulsé par Next.js', rss: 'Flux RSS' },
  search: {
    title: 'Recherche',
    label: 'Rechercher dans le blog',
    placeholder: 'Rechercher…',
    submit: 'Rechercher',
    shortcutHint: 'Appuyez sur / pour rechercher depuis n’importe quelle page.',
    resultCount: (count, query) =>
      `${count === 0 ? 'Aucun' : count} résultat${count > 1 ? 's' : ''} pour « ${query} »`,
    noResults: (query) => `Aucun article ne correspond à « ${query} ».`,
    suggestTags: 'Essayez plutôt un des sujets les plus fréquents :',
    empty: 'Tapez un ou plusieurs mots : un outil, un concept, un titre.',
    searching: 'Recherche en cours…',
    failed: 'La recherche n’a pas abouti. Réessayez.',
    invalid:
      'Cette recherche n’est pas valide : 200 caractères au plus, et un numéro de page entier.',
  },
};

const en: Dictionary = {
  nav: {
    posts: 'Posts',
    tags: 'Tags',
    series: 'Series',
    archives: 'Archives',
    main: 'Main navigation',
  },
  skipToContent: 'Skip to content',
  readMore: 'Read more',
  readMoreAbout: (title) => `Read more of “${title}”`,
  readingTime: (minutes) => `${minutes} min read`,
  updatedOn: 'updated on',
  publishedOn: 'Published on',
  tableOfContents: 'Contents',
  tags: 'Tags',
  taggedWith: 'Post tags',
  allTags: 'All tags',
  postCount: (count) => (count === 1 ? '1 post' : `${count} posts`),
  tagTitle: (tag) => `Posts about “${tag}”`,
  categories: 'Categories',
  categorizedIn: 'Post categories',
  allCategories: 'All categories',
  categoryTitle: (category) => `Category “${category}”`,
  allSeries: 'All series',
  seriesTitle: (series) => `Series “${series}”`,
  seriesNav: {
    position: (series, number, total) => `Series “${series}” — part ${number} of ${total}`,
    previous: 'Previous part',
    next: 'Next part',
    all: (total) => `The whole series (${total} parts)`,
  },
  archives: 'Archives',
  archiveYear: (year) => `${year} archives`,
  archiveYears: { label: 'Other years', all: 'All years' },
  pagination: {
    label: 'Pagination',
    previous: 'Previous page',
    next: 'Next page',
    page: (n) => `Page ${n}`,
  },
  pageTitle: (n) => `Page ${n}`,
  previousPost: 'Previous post',
  nextPost: 'Next post',
  relatedPosts: 'Related posts',
  translations: 'Translations:',
  draft: 'Draft',
  scheduled: (date) => `Scheduled (${date})`,
  expired: (date) => `Expired (${date})`,
  unpublishedBanner: 'This post is not published: only the author can see it.',
  preview: {
    banner: 'Preview mode: posts are read from their files on every load, drafts included.',
    leave: 'Leave preview',
    failed: 'The file does not compile: this is the last built version. To fix:',
    failedUnbuilt: 'The file does not compile. To fix:',
  },
  descriptions: {
    page: (n, siteTitle) => `Every post of ${siteTitle}, newest first: page ${n}.`,
    tag: (tag, count) =>
      `${count === 1 ? 'The post' : `The ${count} posts`} about “${tag}”, newest first.`,
    tags: 'Every topic covered, with how many posts each.',
    category: (category, count) =>
      `${count === 1 ? 'The post' : `The ${count} posts`} in the category “${category}”, newest first.`,
    categories: 'Every category, with how many posts each.',
    series: (series, count) =>
      `${count === 1 ? 'The post' : `The ${count} posts`} of the series “${series}”, in reading order.`,
    allSeries: 'Every series of posts, with how many parts each.',
    archives: 'Every post, year by year and month by month.',
    archiveYear: (year, count) =>
      count === 1 ? `The post of ${year}.` : `The ${count} posts of ${year}, month by month.`,
    search: 'Search every post.',
  },
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist or no longer does. Try the home page or the tag list.',
    home: 'Back to the home page',
    tags: 'Browse tags',
  },
  theme: { toggle: 'Toggle theme', light: 'Light theme', dark: 'Dark theme' },
  callout: {
    info: 'Note',
    tip: 'Tip',
    important: 'Important',
    warning: 'Warning',
    caution: 'Caution',
  },
  video: {
    untitled: (provider) => `${provider} video`,
    play: (provider) => `Play the video (${provider}’s player loads on click)`,
  },
  footnotes: { label: 'Footnotes', backTo: (reference) => `Back to reference ${reference}` },
  headingLink: 'Link to this section',
  code: {
    copy: 'Copy',
    copied: 'Copied',
    selected: 'Code selected: copy it with Ctrl+C (⌘+C on a Mac)',
  },
  footer: { poweredBy: 'Powered by Next.js', rss: 'RSS feed' },
  search: {
    title: 'Search',
    label: 'Search the blog',
    placeholder: 'Search…',
    submit: 'Search',
    shortcutHint: 'Press / to search from any page.',
    resultCount: (count, query) =>
      `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'} for “${query}”`,
    noResults: (query) => `No post matches “${query}”.`,
    suggestTags: 'Try one of the most frequent topics instead:',
    empty: 'Type one or more words: a tool, a concept, a title.',
    searching: 'Searching…',
    failed: 'The search failed. Try again.',
    invalid: 'This search is not valid: at most 200 characters, and a whole page number.',
  },
};

export const dictionaries: Record<Language, Dictionary> = { fr, en };

/** The strings of the configured language. */
export function strings(language: Language): Dictionary {
  return dictionaries[language];
}

/** The strings for a page in `lang` (any BCP 47 tag): its language's, else the site's. */
export function stringsFor(lang: string): Dictionary {
  const primary = lang.toLowerCase().split('-')[0];
  return primary === 'fr' || primary === 'en'
    ? dictionaries[primary]
    : strings(siteLocale.language);
}

/** The interface strings in the site's language. */
export const t: Dictionary = strings(siteLocale.language);
