/**
 * Draws the sample posts' illustrations, made for this project: a bar chart (PNG, in the
 * page bundle of content/posts/bilan-2019/) and a comparison card (PNG, in public/images/, the
 * cover of the TimescaleDB post). The timer diagram (content/posts/systemd-timer-remplacer-cron/
 * timer-et-service.svg) is SVG written by hand. Run `npx tsx scripts/samples/draw-images.ts`
 * after changing a figure below; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';

const FONT = 'DejaVu Sans, Verdana, sans-serif';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Share of billed days by field in 2019, as the table of the post gives them. */
const shares: Array<[string, number, string]> = [
  ['Séries temporelles et supervision', 55, '#2563eb'],
  ['Conteneurs et Kubernetes', 25, '#0891b2'],
  ['Automatisation (Ansible, CI/CD)', 12, '#7c3aed'],
  ['Formation et accompagnement', 8, '#db2777'],
];

function barChart(): string {
  const width = 1200;
  const left = 580;
  const barMax = 500;
  const rows = shares
    .map(([label, share, color], i) => {
      const y = 120 + i * 110;
      const bar = Math.round((share / 60) * barMax);
      return `<text x="${left - 24}" y="${y + 44}" text-anchor="end" font-size="28" fill="#27272a">${escape(label)}</text>
  <rect x="${left}" y="${y}" width="${bar}" height="70" rx="8" fill="${color}"/>
  <text x="${left + bar + 16}" y="${y + 46}" font-size="32" font-weight="bold" fill="#27272a">${share} %</text>`;
    })
    .join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="600" viewBox="0 0 ${width} 600" font-family="${FONT}">
  <rect width="100%" height="100%" fill="#ffffff"/>
  <text x="40" y="64" font-size="36" font-weight="bold" fill="#18181b">Journées facturées en 2019, par domaine</text>
  ${rows}
</svg>`;
}

function comparisonCard(): string {
  const column = (x: number, title: string, color: string, lines: string[]) =>
    `<rect x="${x}" y="150" width="500" height="400" rx="24" fill="${color}" fill-opacity="0.1" stroke="${color}" stroke-width="4"/>
  <text x="${x + 250}" y="230" text-anchor="middle" font-size="52" font-weight="bold" fill="${color}">${title}</text>
  ${lines.map((line, i) => `<text x="${x + 250}" y="${320 + i * 64}" text-anchor="middle" font-size="32" fill="#27272a">${escape(line)}</text>`).join('\n  ')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="${FONT}">
  <rect width="100%" height="100%" fill="#fafafa"/>
  <text x="600" y="96" text-anchor="middle" font-size="48" font-weight="bold" fill="#18181b">Séries temporelles : deux approches</text>
  ${column(40, 'InfluxDB', '#9333ea', ['Base dédiée', 'Moteur TSM', 'InfluxQL, Flux'])}
  ${column(660, 'TimescaleDB', '#ea580c', ['Extension PostgreSQL', 'Hypertables', 'SQL standard'])}
  <text x="600" y="370" text-anchor="middle" font-size="48" font-weight="bold" fill="#71717a">ou</text>
</svg>`;
}

async function draw(svg: string, file: string): Promise<void> {
  // A 64-colour palette: flat charts lose nothing and weigh a fraction of full colour.
  const png = await sharp(Buffer.from(svg))
    .png({ palette: true, colours: 64, effort: 10 })
    .toBuffer();
  writeFileSync(file, png);
  console.log(`${file}: ${png.length} bytes`);
}

await draw(barChart(), 'content/posts/bilan-2019/repartition-2019.png');
await draw(comparisonCard(), 'public/images/timescaledb-ou-influxdb.png');
