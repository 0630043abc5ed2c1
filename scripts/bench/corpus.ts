/**
 * A deterministic corpus of French-like technical posts for the benchmarks: the same seed gives
 * the same posts, byte for byte. Prose of 800 to 1,500 words, 3 to 6 headings, linked bullet
 * lists, a code block, a table every fifth post, 2 to 6 tags out of 60 (accented ones included),
 * dates spread over eight years.
 */

/** mulberry32: small, fast, good enough for benchmark data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = (
  'conteneur résolveur serveur cluster déploiement journal timer service réseau certificat sauvegarde base donnée ' +
  'requête index partition réplique nœud volume image registre pipeline intégration supervision alerte métrique ' +
  'tableau sonde capteur passerelle protocole file message flux événement schéma migration version dépendance ' +
  'paquet module fonction variable configuration secret clé jeton utilisateur groupe politique règle pare-feu ' +
  'proxy équilibreur cache mémoire processeur disque latence débit disponibilité résilience accessibilité sécurité ' +
  'performance observabilité trace rétention compression agrégat requêteur moteur stockage archive tâche planification'
).split(' ');

const TECH = (
  'Kubernetes Docker Traefik systemd PostgreSQL TimescaleDB InfluxDB Telegraf Grafana Prometheus Redis Kafka MQTT ' +
  'Nginx Ansible Terraform Helm etcd CoreDNS Let’s Encrypt Debian Ubuntu Rust Go Python Node.js Next.js React ' +
  'Hugo Vercel GitLab GitHub Loki Tempo Vector ClickHouse QuestDB MariaDB MySQL SQLite Caddy HAProxy WireGuard'
).split(' ');

const VERBS = (
  'déployer configurer superviser sauvegarder migrer indexer compresser répliquer planifier surveiller tester ' +
  'automatiser sécuriser optimiser documenter mesurer corriger publier installer redémarrer'
).split(' ');

const ADJECTIVES = (
  'simple robuste rapide stable léger complet distribué natif sécurisé modulaire lisible fiable élégant ' +
  'pratique récent ancien critique temporaire persistant asynchrone'
).split(' ');

const GLUE = (
  'le la les un une des du de et ou mais donc car avec pour dans sur sans sous entre vers chez par ' +
  'ce cette ces son sa ses notre votre leur plus moins très bien aussi encore déjà toujours souvent'
).split(' ');

export const CORPUS_TAGS = [
  'kubernetes', 'docker', 'traefik', 'systemd', 'postgresql', 'timescaledb', 'influxdb', 'time series',
  'sécurité', 'réseau', 'observabilité', 'supervision', 'cérénit', 'veille', 'bilan', 'iot', 'mqtt', 'devops',
  'intégration continue', 'déploiement', 'sauvegarde', 'performance', 'accessibilité', 'web', 'next.js', 'react',
  'hugo', 'rust', 'go', 'python', 'javascript', 'typescript', 'linux', 'debian', 'ansible', 'terraform', 'helm',
  'prometheus', 'grafana', 'loki', 'redis', 'kafka', 'clickhouse', 'questdb', 'mariadb', 'nginx', 'caddy',
  'wireguard', 'dns', 'tls', "let's encrypt", 'haute disponibilité', 'réplication', 'rétention', 'compression',
  'données', 'événements', 'architecture', 'conférence', 'télémétrie',
];

export interface CorpusPost {
  slug: string;
  /** File name under content/posts/. */
  file: string;
  title: string;
  date: string;
  tags: string[];
  summary: string;
  /** Markdown body (valid as MDX too: no bare `<` or `{` in prose). */
  body: string;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const START = Date.UTC(2017, 0, 1);

export function generateCorpus(count: number, seed = 42): CorpusPost[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));

  const word = () => {
    const r = rnd();
    if (r < 0.35) return pick(GLUE);
    if (r < 0.65) return pick(NOUNS) + (rnd() < 0.3 ? 's' : '');
    if (r < 0.78) return pick(ADJECTIVES);
    if (r < 0.9) return pick(VERBS);
    return pick(TECH);
  };
  const sentence = () => {
    const words = Array.from({ length: between(8, 18) }, word);
    const first = words[0] ?? '';
    return `${first.charAt(0).toUpperCase()}${first.slice(1)} ${words.slice(1).join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: between(3, 6) }, sentence).join(' ');
  const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

  const posts: CorpusPost[] = [];
  for (let i = 0; i < count; i++) {
    const tech = pick(TECH);
    const title = `${pick(VERBS).replace(/^./, (c) => c.toUpperCase())} ${pick(NOUNS)} avec ${tech} : ${pick(ADJECTIVES)} et ${pick(ADJECTIVES)} (${i + 1})`;
    const tags = [...new Set(Array.from({ length: between(2, 6) }, () => pick(CORPUS_TAGS)))];
    const date = new Date(START + Math.floor(rnd() * 8 * YEAR_MS)).toISOString();
    const target = between(800, 1500);
    const headings = between(3, 6);
    const sections: string[] = [paragraph()];
    const intro = sections[0] ?? '';
    let words = countWords(intro);
    for (let h = 0; h < headings; h++) {
      sections.push(`## ${pick(VERBS).replace(/^./, (c) => c.toUpperCase())} le ${pick(NOUNS)} ${h + 1}`);
      const share = Math.max(60, Math.floor((target - words) / (headings - h)));
      let written = 0;
      while (written < share) {
        const p = paragraph();
        sections.push(p);
        written += countWords(p);
      }
      words += written;
      if (h === 0) {
        sections.push(
          Array.from({ length: between(3, 6) }, (_, k) => `- [${pick(TECH)} ${pick(NOUNS)}](https://exemple.fr/${i}/${k}) : ${sentence()}`).join('\n'),
        );
      }
      if (h === 1) {
        sections.push(['```shell', `systemctl status ${pick(NOUNS).replace(/[^a-z]/g, '')}.service`, `journalctl -u ${tech.toLowerCase().replace(/[^a-z]/g, '')} --since today`, '```'].join('\n'));
      }
      if (h === 2 && i % 5 === 0) {
        sections.push(['| Outil | Usage | Note |', '| --- | --- | --- |', ...Array.from({ length: 4 }, () => `| ${pick(TECH)} | ${pick(NOUNS)} | ${between(1, 5)}/5 |`)].join('\n'));
      }
    }
    const slug = `article-${String(i + 1).padStart(5, '0')}`;
    posts.push({
      slug,
      file: `${date.slice(0, 4)}/${date.slice(0, 10)}-${slug}.mdx`,
      title,
      date,
      tags,
      summary: sentence(),
      body: sections.join('\n\n') + '\n',
    });
  }
  return posts;
}

/** The post as a file of content/posts/. */
export function toMdx(post: CorpusPost): string {
  const quote = (s: string) => JSON.stringify(s);
  return `---\ntitle: ${quote(post.title)}\ndate: ${post.date}\ntags: [${post.tags.map(quote).join(', ')}]\nsummary: ${quote(post.summary)}\n---\n\n${post.body}`;
}

/** 50 queries a reader might type: words, prefixes, typos, several words, accents or not. */
export const BENCH_QUERIES = [
  'kubernetes', 'kube', 'kubernets', 'résolveur', 'resolveurs', 'RÉSOLVEURS', 'conteneur', 'conteneurs', 'timer systemd',
  'timers', "l'accessibilité", 'accessibilite', 'sécurité réseau', 'securite', 'certificat', 'certificats lets',
  'postgresql', 'postgre', 'timescaledb compression', 'influxdb', 'influx', 'telegraf mqtt', 'grafana', 'prometheus alerte',
  'déploiement', 'deploiement continu', 'sauvegarde', 'sauvegardes base', 'migration', 'migrer', 'docker image',
  'registre', 'pipeline', 'supervision métrique', 'latence', 'débit', 'disponibilité', 'résilience', 'observabilité',
  'trace', 'rétention', 'agrégat', 'stockage', 'archive', 'planification', 'redis', 'kafka flux', 'nginx proxy',
  'wireguard', 'traefik',
];
