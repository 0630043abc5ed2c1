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

/**
 * A blog writes about a few subjects at a time: each post takes two topics, and most of its
 * nouns and product names come from them. (A uniform draw from one small list would put every
 * word in every post, and every query would match the whole blog.)
 */
interface Topic {
  nouns: string[];
  tech: string[];
  tags: string[];
}

const split = (words: string) => words.split(' ');

const TOPICS: Topic[] = [
  {
    nouns: split('conteneur image registre orchestrateur pod nœud volume manifeste'),
    tech: split('Kubernetes Docker Helm etcd'),
    tags: ['kubernetes', 'docker', 'helm'],
  },
  {
    nouns: split('résolveur zone enregistrement latence paquet pare-feu tunnel routage'),
    tech: split('CoreDNS WireGuard Nginx HAProxy'),
    tags: ['réseau', 'dns', 'wireguard', 'nginx'],
  },
  {
    nouns: split('timer unité journal tâche planification redémarrage cron socket'),
    tech: split('systemd Debian Ansible'),
    tags: ['systemd', 'linux', 'debian', 'ansible'],
  },
  {
    nouns: split('série métrique rétention agrégat compression mesure échantillon hypertable'),
    tech: split('TimescaleDB InfluxDB QuestDB ClickHouse'),
    tags: ['time series', 'timescaledb', 'influxdb', 'questdb', 'clickhouse'],
  },
  {
    nouns: split('capteur passerelle protocole trame batterie antenne télémétrie relevé'),
    tech: split('MQTT Telegraf LoRaWAN'),
    tags: ['iot', 'mqtt', 'télémétrie'],
  },
  {
    nouns: split('certificat secret clé jeton chiffrement politique audit vulnérabilité'),
    tech: split('Let’s Encrypt Vault TLS'),
    tags: ['sécurité', 'tls', "let's encrypt"],
  },
  {
    nouns: split('accessibilité page composant rendu navigateur formulaire gabarit contraste'),
    tech: split('Next.js React Hugo'),
    tags: ['web', 'accessibilité', 'next.js', 'react', 'hugo'],
  },
  {
    nouns: split('requête index réplique sauvegarde migration transaction schéma table'),
    tech: split('PostgreSQL MariaDB Redis'),
    tags: ['postgresql', 'mariadb', 'redis', 'sauvegarde', 'réplication'],
  },
  {
    nouns: split('supervision alerte trace tableau sonde journalisation seuil astreinte'),
    tech: split('Prometheus Grafana Loki'),
    tags: ['observabilité', 'supervision', 'prometheus', 'grafana', 'loki'],
  },
  {
    nouns: split('pipeline déploiement intégration artefact branche revue livraison environnement'),
    tech: split('GitLab GitHub Terraform'),
    tags: ['devops', 'intégration continue', 'déploiement', 'terraform'],
  },
  {
    nouns: split('flux événement file consommateur producteur partition offset topic'),
    tech: split('Kafka Vector NATS'),
    tags: ['kafka', 'événements', 'données'],
  },
  {
    nouns: split('bilan conférence client projet veille lecture formation mission'),
    tech: split('CérénIT Meetup'),
    tags: ['cérénit', 'veille', 'bilan', 'conférence'],
  },
];

/** Nouns any post may use, whatever its subject. */
const GENERAL = split(
  'donnée serveur version configuration outil équipe stockage mémoire disque processeur fichier commande ' +
    'documentation exemple question solution archive module fonction variable dépendance performance ' +
    'architecture machine application service utilisateur groupe règle cache',
);

const VERBS = split(
  'déployer configurer superviser sauvegarder migrer indexer compresser répliquer planifier surveiller tester ' +
    'automatiser sécuriser optimiser documenter mesurer corriger publier installer redémarrer',
);

const ADJECTIVES = split(
  'simple robuste rapide stable léger complet distribué natif sécurisé modulaire lisible fiable élégant ' +
    'pratique récent ancien critique temporaire persistant asynchrone',
);

const GLUE = split(
  'le la les un une des du de et ou mais donc car avec pour dans sur sans sous entre vers chez par ' +
    'ce cette ces son sa ses notre votre leur plus moins très bien aussi encore déjà toujours souvent',
);

/** Every tag the corpus uses: 2 to 6 per post, mostly from the post's topics. */
export const CORPUS_TAGS = [
  ...new Set([
    ...TOPICS.flatMap((t) => t.tags),
    ...split(
      'rust go python javascript typescript linux architecture performance caddy mariadb haute-disponibilité rétention compression web',
    ),
  ]),
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

  let topics: Topic[] = [];
  const topicNoun = () => pick(pick(topics).nouns);
  const topicTech = () => pick(pick(topics).tech);
  const word = () => {
    const r = rnd();
    if (r < 0.4) return pick(GLUE);
    if (r < 0.6) return topicNoun() + (rnd() < 0.3 ? 's' : '');
    if (r < 0.7) return pick(GENERAL) + (rnd() < 0.3 ? 's' : '');
    if (r < 0.8) return pick(ADJECTIVES);
    if (r < 0.9) return pick(VERBS);
    return topicTech();
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
    const first = pick(TOPICS);
    const second = pick(TOPICS);
    topics = first === second ? [first] : [first, second];
    const tech = topicTech();
    const title = `${pick(VERBS).replace(/^./, (c) => c.toUpperCase())} ${topicNoun()} avec ${tech} : ${pick(ADJECTIVES)} et ${pick(ADJECTIVES)} (${i + 1})`;
    const topicTags = topics.flatMap((t) => t.tags);
    const tags = [
      ...new Set(
        Array.from({ length: between(2, 6) }, () =>
          rnd() < 0.8 ? pick(topicTags) : pick(CORPUS_TAGS),
        ),
      ),
    ];
    const date = new Date(START + Math.floor(rnd() * 8 * YEAR_MS)).toISOString();
    const target = between(800, 1500);
    const headings = between(3, 6);
    const sections: string[] = [paragraph()];
    const intro = sections[0] ?? '';
    let words = countWords(intro);
    for (let h = 0; h < headings; h++) {
      sections.push(
        `## ${pick(VERBS).replace(/^./, (c) => c.toUpperCase())} le ${topicNoun()} ${h + 1}`,
      );
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
          Array.from(
            { length: between(3, 6) },
            (_, k) =>
              `- [${topicTech()} ${topicNoun()}](https://exemple.fr/${i}/${k}) : ${sentence()}`,
          ).join('\n'),
        );
      }
      if (h === 1) {
        sections.push(
          [
            '```shell',
            `systemctl status ${topicNoun().replace(/[^a-z]/g, '')}.service`,
            `journalctl -u ${tech.toLowerCase().replace(/[^a-z]/g, '')} --since today`,
            '```',
          ].join('\n'),
        );
      }
      if (h === 2 && i % 5 === 0) {
        sections.push(
          [
            '| Outil | Usage | Note |',
            '| --- | --- | --- |',
            ...Array.from(
              { length: 4 },
              () => `| ${topicTech()} | ${topicNoun()} | ${between(1, 5)}/5 |`,
            ),
          ].join('\n'),
        );
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
  'kubernetes',
  'kube',
  'kubernets',
  'résolveur',
  'resolveurs',
  'RÉSOLVEURS',
  'conteneur',
  'conteneurs',
  'timer systemd',
  'timers',
  "l'accessibilité",
  'accessibilite',
  'sécurité réseau',
  'securite',
  'certificat',
  'certificats lets',
  'postgresql',
  'postgre',
  'timescaledb compression',
  'influxdb',
  'influx',
  'telegraf mqtt',
  'grafana',
  'prometheus alerte',
  'déploiement',
  'deploiement continu',
  'sauvegarde',
  'sauvegardes base',
  'migration',
  'migrer',
  'docker image',
  'registre',
  'pipeline',
  'supervision métrique',
  'latence',
  'débit',
  'disponibilité',
  'résilience',
  'observabilité',
  'trace',
  'rétention',
  'agrégat',
  'stockage',
  'archive',
  'planification',
  'redis',
  'kafka flux',
  'nginx proxy',
  'wireguard',
  'traefik',
];
