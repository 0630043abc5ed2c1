/**
 * The search engine over typed fixtures: what a reader typing French in the search box finds,
 * and in which order.
 */
import { describe, expect, it } from 'vitest';
import {
  createSearchEngine,
  FIELD_BOOSTS,
  type SearchDocument,
  type SearchQuery,
} from '@/lib/search/engine';
import { makePost, slugs, tags } from '@/test/fixtures/posts';

const DATE = '2024-03-12T08:00:00.000Z';

/** A small blog: each post carries one form of the words under test, and no other. */
const blog: SearchDocument[] = [
  makePost({
    slug: 'resolveurs-dns',
    date: '2024-02-01T08:00:00.000Z',
    title: 'Résolveurs DNS : Unbound ou dnsmasq ?',
    tags: tags('DNS', 'Réseau'),
    excerpt: 'Comparatif de deux résolveurs DNS locaux : cache, validation DNSSEC et filtrage.',
    text:
      'Un résolveur local accélère chaque requête et évite de confier tout son trafic à un prestataire. ' +
      'Sur les petits réseaux, dnsmasq suffit ; Unbound valide DNSSEC et se configure finement.',
  }),
  makePost({
    slug: 'audit-formulaires',
    date: '2024-01-20T08:00:00.000Z',
    title: 'Des formulaires que tout le monde peut remplir',
    tags: tags('Web', 'Accessibilité'),
    excerpt:
      'Libellés, ordre de tabulation et messages d’erreur : les trois points qui bloquent le plus souvent.',
    text:
      'Un audit accessibilité commence par le clavier : chaque champ doit être atteignable sans souris. ' +
      'Viennent ensuite les libellés, puis les messages d’erreur lus par les lecteurs d’écran.',
  }),
  makePost({
    slug: 'retour-rgaa',
    date: '2023-11-05T08:00:00.000Z',
    title: 'RGAA : retour d’expérience sur un site public',
    tags: tags('Web'),
    excerpt: 'Six mois de mise en conformité sur le site d’une collectivité.',
    text:
      'Le référentiel général d’accessibilité pour les administrations fixe 106 critères. ' +
      'Nous avons commencé par les gabarits de page, où une correction profite à tout le site.',
  }),
  makePost({
    slug: 'kubernetes-sans-docker',
    date: '2020-12-02T08:00:00.000Z',
    title: 'Kubernetes abandonne Docker comme runtime',
    tags: tags('Kubernetes', 'Conteneurs'),
    excerpt: 'La fin de dockershim ne change rien aux images, mais tout au nœud.',
    text:
      'Kubernetes parle désormais directement à containerd : les conteneurs construits avec Docker tournent sans changement. ' +
      'Sur chaque nœud, le kubelet reste lancé par systemd, seul le runtime change.',
  }),
  makePost({
    slug: 'podman-rootless',
    date: '2022-06-14T08:00:00.000Z',
    title: 'Podman sans privilèges',
    tags: tags('Podman'),
    excerpt: 'Lancer un service sans être root, pas à pas.',
    text: 'Chaque conteneur tourne sous un utilisateur ordinaire ; le réseau passe par slirp4netns ou pasta.',
  }),
  makePost({
    slug: 'timer-systemd',
    date: '2018-04-12T07:15:00.000Z',
    title: 'Remplacer cron par un timer systemd',
    tags: tags('Linux', 'Ops'),
    excerpt: 'Unités, calendrier et journaux : le guide pas à pas.',
    text: 'Un timer déclenche un service à heure fixe ; journalctl garde la sortie de chaque exécution, ce que cron ne fait pas.',
  }),
  makePost({
    slug: 'sauvegardes-planifiees',
    date: '2021-09-30T08:00:00.000Z',
    title: 'Planifier ses sauvegardes avec restic',
    tags: tags('Sauvegarde'),
    excerpt: 'Des sauvegardes chiffrées, vérifiées chaque semaine.',
    text: 'Deux timers suffisent : un pour la sauvegarde quotidienne, un pour la vérification hebdomadaire du dépôt.',
  }),
  makePost({
    slug: 'kafka-streams',
    date: '2023-05-22T08:00:00.000Z',
    title: 'Kafka Streams en production',
    tags: tags('Kafka', 'Data'),
    excerpt: 'Partitions, rééquilibrages et état local : ce que la documentation ne dit pas.',
    text: 'Un rééquilibrage mal compris peut geler une application des minutes entières ; voici comment le raccourcir.',
  }),
  makePost({
    slug: 'filtrer-les-commentaires',
    date: '2019-03-03T08:00:00.000Z',
    title: 'Filtrer les commentaires',
    tags: tags('Sécurité'),
    excerpt: 'Échapper plutôt que nettoyer.',
    text: 'Pour vérifier le filtre, on poste <script>alert("pwn")</script> dans le champ commentaire et on regarde la page.',
  }),
];

const engine = createSearchEngine(blog);

function search(q: string, options: Partial<Omit<SearchQuery, 'q'>> = {}) {
  return engine.search({ q, page: 1, limit: 50, ...options });
}

/** Slugs found for `q`, sorted, to compare what is found regardless of order. */
function found(q: string): string[] {
  return slugs(search(q).hits).sort();
}

describe('createSearchEngine', () => {
  it('indexes every post it is given', () => {
    expect(engine.size).toBe(blog.length);
  });

  describe('matching', () => {
    it('ignores case and accents: resolveur, Résolveurs and RÉSOLVEURS find the post about résolveurs DNS', () => {
      expect(found('Résolveurs')).toEqual(['resolveurs-dns']);
      expect(found('resolveur')).toEqual(['resolveurs-dns']);
      expect(found('RÉSOLVEURS')).toEqual(['resolveurs-dns']);
      expect(found('résolveurs dns')).toEqual(['resolveurs-dns']);
    });

    it('ignores elisions: l\'accessibilité and l’accessibilité find the post about an "audit accessibilité"', () => {
      for (const q of ["l'accessibilité", 'l’accessibilité', 'accessibilité', 'accessibilite']) {
        expect(found(q)).toContain('audit-formulaires');
      }
    });

    it('finds "d’accessibilité" in a post when the reader types accessibilite', () => {
      for (const q of ['accessibilite', "d'accessibilité", 'L’ACCESSIBILITÉ'])
        expect(found(q)).toContain('retour-rgaa');
    });

    it('matches singular and plural both ways: conteneur/conteneurs, timer/timers, réseau/réseaux', () => {
      // kubernetes-sans-docker says "conteneurs", podman-rootless "conteneur".
      expect(found('conteneur')).toEqual(['kubernetes-sans-docker', 'podman-rootless']);
      expect(found('conteneurs')).toEqual(['kubernetes-sans-docker', 'podman-rootless']);
      // timer-systemd says "timer", sauvegardes-planifiees "timers".
      expect(found('timer')).toEqual(['sauvegardes-planifiees', 'timer-systemd']);
      expect(found('timers')).toEqual(['sauvegardes-planifiees', 'timer-systemd']);
      // resolveurs-dns says "réseaux", podman-rootless "réseau".
      expect(found('réseau')).toEqual(['podman-rootless', 'resolveurs-dns']);
      expect(found('réseaux')).toEqual(['podman-rootless', 'resolveurs-dns']);
    });

    it('matches the last word as a prefix, as the reader is still typing it: kube finds Kubernetes', () => {
      expect(found('kube')).toEqual(['kubernetes-sans-docker']);
      expect(found('systemd kube')).toEqual(['kubernetes-sans-docker']);
      expect(found('sauvegardes plan')).toEqual(['sauvegardes-planifiees']);
    });

    it('matches any word but the last as a whole word only: kube systemd does not find Kubernetes … systemd', () => {
      expect(found('kubernetes systemd')).toEqual(['kubernetes-sans-docker']);
      expect(found('kube systemd')).toEqual([]);
    });

    it('tolerates one typo in a word of 5 letters or more: kubernets, systmd', () => {
      expect(found('kubernets')).toEqual(['kubernetes-sans-docker']);
      expect(found('systmd')).toEqual(['kubernetes-sans-docker', 'timer-systemd']);
      // Not only as the last word.
      expect(found('kubernets runtime')).toEqual(['kubernetes-sans-docker']);
      expect(found('systmd journalctl')).toEqual(['timer-systemd']);
    });

    it('tolerates one typo in a five-letter word even when the typo is a final s: kafks finds Kafka', () => {
      // Same word, same position, another letter: found.
      expect(found('kafla streams')).toEqual(['kafka-streams']);
      expect(found('kafks streams')).toEqual(['kafka-streams']);
    });

    it('tolerates no typo in a shorter word: dnd does not find dns, crom does not find cron', () => {
      expect(found('dns')).toEqual(['resolveurs-dns']);
      expect(found('dnd')).toEqual([]);
      expect(found('dnd unbound')).toEqual([]);
      expect(found('cron')).toEqual(['timer-systemd']);
      expect(found('crom systemd')).toEqual([]);
    });

    it('tolerates no more than one typo: kubrnets does not find Kubernetes', () => {
      expect(found('kubrnets')).toEqual([]);
    });

    it('requires every word by default: timer kafka finds nothing, as no post has both', () => {
      expect(found('timer')).not.toEqual([]);
      expect(found('kafka')).toEqual(['kafka-streams']);
      expect(found('timer kafka')).toEqual([]);
      expect(search('timer kafka').total).toBe(0);
    });

    it('ignores stop words: "le timer" finds what "timer" finds', () => {
      expect(search('le timer')).toEqual(search('timer'));
      expect(search('un timer pour les sauvegardes')).toEqual(search('timer sauvegardes'));
    });

    it('answers a query of stop words only with no result, without an error', () => {
      for (const q of ['le la les', 'de', "qu'il", 'the of', '   ', '', '.*+?^${}()|[]\\']) {
        expect(search(q)).toEqual({ total: 0, hits: [] });
      }
    });
  });

  describe('hits', () => {
    it('carries what the results page shows', () => {
      const [hit] = search('kafka').hits;
      expect(hit).toEqual({
        slug: 'kafka-streams',
        url: '/posts/kafka-streams',
        title: 'Kafka Streams en production',
        date: '2023-05-22T08:00:00.000Z',
        tags: ['Kafka', 'Data'],
        summary: 'Partitions, rééquilibrages et état local : ce que la documentation ne dit pas.',
        snippet: expect.any(String),
        score: expect.any(Number),
      });
      expect(hit?.score).toBeGreaterThan(0);
    });

    it('marks the matched word in the snippet as written: <mark>conteneurs</mark> for conteneur', () => {
      const bySlug = new Map(search('conteneur').hits.map((h) => [h.slug, h.snippet]));
      expect(bySlug.get('kubernetes-sans-docker')).toContain('<mark>conteneurs</mark>');
      expect(bySlug.get('podman-rootless')).toContain('<mark>conteneur</mark>');
    });

    it('marks the word found through a prefix or a typo', () => {
      expect(search('kube').hits[0]?.snippet).toContain('<mark>Kubernetes</mark>');
      expect(search('systmd runtime').hits[0]?.snippet).toContain('<mark>systemd</mark>');
    });

    it('marks elided words whole: <mark>d’accessibilité</mark>', () => {
      const hit = search('accessibilité').hits.find((h) => h.slug === 'retour-rgaa');
      expect(hit?.snippet).toContain('<mark>d’accessibilité</mark>');
    });

    it('escapes HTML written in the body: <script> becomes &lt;script&gt;', () => {
      const [hit] = search('filtre').hits;
      expect(hit?.slug).toBe('filtrer-les-commentaires');
      expect(hit?.snippet).toContain('&lt;script&gt;');
      expect(hit?.snippet).not.toContain('<script');
    });

    it('has no <mark> in its snippet when the words are only in the title', () => {
      // "Planifier" is only in the title: the snippet is the summary, unmarked.
      const [hit] = search('planifier').hits;
      expect(hit?.slug).toBe('sauvegardes-planifiees');
      expect(hit?.snippet).toBe('Des sauvegardes chiffrées, vérifiées chaque semaine.');
    });
  });
});

describe('ranking', () => {
  // "Grafana" in one field of each post only; fields of similar lengths; same date.
  const dashboards = makePost({
    slug: 'tableaux-de-bord',
    date: DATE,
    title: 'Des tableaux de bord Grafana pour PostgreSQL',
    tags: tags('PostgreSQL', 'Supervision'),
    excerpt:
      'Quelques panneaux utiles pour suivre les requêtes lentes, les verrous et la réplication d’une base en production.',
    text:
      'On commence par les requêtes lentes, puis on ajoute les verrous et le retard de réplication. Chaque panneau ' +
      's’appuie sur une vue système de PostgreSQL, sans extension à installer sur le serveur ni agent supplémentaire.',
  });
  const alerts = makePost({
    slug: 'alertes-prometheus',
    date: DATE,
    title: 'Des alertes utiles avec Prometheus et Alertmanager',
    tags: tags('Grafana', 'Supervision'),
    excerpt:
      'Moins d’alertes, mais des alertes qui réveillent pour de bonnes raisons : seuils, durées et regroupement.',
    text:
      'Une alerte doit appeler une action. On fixe une durée minimale avant de déclencher, on regroupe par service ' +
      'et on envoie le reste dans un canal consulté le matin, loin du téléphone de permanence et de ses nuits blanches.',
  });
  const logs = makePost({
    slug: 'loki-journaux',
    date: DATE,
    title: 'Centraliser les journaux avec Loki et Promtail',
    tags: tags('Logs', 'Supervision'),
    excerpt:
      'Loki indexe les étiquettes plutôt que le texte : on explore ensuite les journaux depuis Grafana, à côté des métriques.',
    text:
      'Promtail lit les fichiers et le journal de systemd, ajoute des étiquettes et pousse le tout vers Loki. Les ' +
      'requêtes filtrent d’abord par étiquette, puis par contenu, ce qui garde le stockage modeste sur de longues périodes.',
  });
  const homelab = makePost({
    slug: 'supervision-maison',
    date: DATE,
    title: 'Superviser un petit serveur à la maison',
    tags: tags('Auto-hébergement', 'Supervision'),
    excerpt:
      'Une sonde, une base et quelques alertes suffisent pour dormir tranquille quand le serveur tourne dans le placard.',
    text:
      'Node exporter collecte les métriques, Prometheus les garde trente jours et les tableaux sont dessinés dans Grafana. ' +
      'Une alerte sur le disque et une sur la température couvrent l’essentiel pour un serveur posé dans un placard.',
  });
  const posts = [homelab, logs, alerts, dashboards];

  it('weighs the title most, then tags, summary and body', () => {
    expect(FIELD_BOOSTS.title).toBeGreaterThan(FIELD_BOOSTS.tags);
    expect(FIELD_BOOSTS.tags).toBeGreaterThan(FIELD_BOOSTS.summary);
    expect(FIELD_BOOSTS.summary).toBeGreaterThan(FIELD_BOOSTS.text);
  });

  it('puts a match in the title first, then in the tags, then in the summary, then in the body only', () => {
    const { hits, total } = createSearchEngine(posts).search({ q: 'grafana', page: 1, limit: 10 });
    expect(total).toBe(4);
    expect(slugs(hits)).toEqual([
      'tableaux-de-bord',
      'alertes-prometheus',
      'loki-journaux',
      'supervision-maison',
    ]);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(4);
  });

  describe('ties', () => {
    const twin = {
      title: 'Sauvegarder PostgreSQL avec pgBackRest',
      tags: tags('PostgreSQL', 'Sauvegarde'),
      excerpt:
        'Sauvegardes complètes et différentielles, archivage des WAL et restauration à un instant donné.',
      text: 'pgBackRest archive les WAL en continu et restaure la base à la seconde près, même sur plusieurs téraoctets.',
    };
    // Same content: only the date and the slug tell them apart.
    const older = makePost({ ...twin, slug: 'pgbackrest-2023', date: '2023-04-01T08:00:00.000Z' });
    const newerB = makePost({ ...twin, slug: 'pgbackrest-b', date: '2024-05-01T08:00:00.000Z' });
    const newerA = makePost({ ...twin, slug: 'pgbackrest-a', date: '2024-05-01T08:00:00.000Z' });
    const expected = ['pgbackrest-a', 'pgbackrest-b', 'pgbackrest-2023'];

    it('go to the newest post, then by slug', () => {
      const { hits } = createSearchEngine([older, newerB, newerA]).search({
        q: 'pgbackrest',
        page: 1,
        limit: 10,
      });
      expect(slugs(hits)).toEqual(expected);
      expect(new Set(hits.map((h) => h.score)).size).toBe(1);
    });

    it('come out in the same order whatever the order the posts were indexed in, run after run', () => {
      const orders = [
        [older, newerB, newerA],
        [older, newerA, newerB],
        [newerA, older, newerB],
        [newerA, newerB, older],
        [newerB, older, newerA],
        [newerB, newerA, older],
      ];
      for (const order of orders) {
        const tied = createSearchEngine(order);
        for (let run = 0; run < 3; run += 1) {
          expect(
            slugs(tied.search({ q: 'sauvegarder pgbackrest', page: 1, limit: 10 }).hits),
          ).toEqual(expected);
        }
      }
    });

    describe('pagination', () => {
      const tied = createSearchEngine([older, newerB, newerA]);
      const page = (page: number, limit: number) => tied.search({ q: 'pgbackrest', page, limit });

      it('counts every match in total, whatever the page', () => {
        expect(page(1, 1).total).toBe(3);
        expect(page(2, 1).total).toBe(3);
        expect(page(9, 10).total).toBe(3);
      });

      it('gives the second hit on page 2 with a limit of 1', () => {
        expect(slugs(page(1, 1).hits)).toEqual(['pgbackrest-a']);
        expect(slugs(page(2, 1).hits)).toEqual(['pgbackrest-b']);
        expect(slugs(page(3, 1).hits)).toEqual(['pgbackrest-2023']);
        expect(slugs(page(2, 2).hits)).toEqual(['pgbackrest-2023']);
      });

      it('gives an empty page past the last one', () => {
        expect(page(4, 1).hits).toEqual([]);
        expect(page(2, 10).hits).toEqual([]);
      });
    });
  });

  describe('tag filter', () => {
    const supervision = createSearchEngine(posts);

    it('keeps only the posts with that tag slug', () => {
      const { hits, total } = supervision.search({ q: 'grafana', tag: 'logs', page: 1, limit: 10 });
      expect(total).toBe(1);
      expect(slugs(hits)).toEqual(['loki-journaux']);
    });

    it('uses the slug, not the name: auto-hebergement', () => {
      expect(
        slugs(
          supervision.search({ q: 'grafana', tag: 'auto-hebergement', page: 1, limit: 10 }).hits,
        ),
      ).toEqual(['supervision-maison']);
    });

    it('keeps the ranking among the posts of the tag', () => {
      expect(
        slugs(supervision.search({ q: 'grafana', tag: 'supervision', page: 1, limit: 10 }).hits),
      ).toEqual(['tableaux-de-bord', 'alertes-prometheus', 'loki-journaux', 'supervision-maison']);
      expect(
        supervision.search({ q: 'grafana', tag: 'postgresql', page: 1, limit: 10 }).total,
      ).toBe(1);
    });

    it('finds nothing for an unknown tag', () => {
      expect(supervision.search({ q: 'grafana', tag: 'kafka', page: 1, limit: 10 })).toEqual({
        total: 0,
        hits: [],
      });
    });
  });
});
