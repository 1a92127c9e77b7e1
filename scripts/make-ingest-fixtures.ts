/**
 * Writes the document fixtures of the ingest tests (test/fixtures/ingest/): a web page, a PDF
 * with a text layer, a scan without one, a password-protected PDF, a Word file, a corrupt one.
 * The texts are written for this project. Run `npx tsx scripts/make-ingest-fixtures.ts` after
 * changing it; the output is committed so the tests need no generator at run time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

const OUT = path.resolve(import.meta.dirname, '../test/fixtures/ingest');

const ARTICLE = [
  'Floodwaters reached the centre of Kandahar on Sunday after three days of rain in the hills of Helmand.',
  'Farmers near Lashkar Gah said the water covered fields that had been dry since spring. Aid convoys from Quetta were held at the border crossing of Spin Boldak while the road was repaired.',
  'Officials in Kabul promised tents and clean water, and asked the neighbouring provinces for help.',
];

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Floods reach Kandahar | The Valley Courier</title>
<meta property="og:title" content="Floods reach Kandahar after three days of rain">
<meta property="og:site_name" content="The Valley Courier">
<meta property="article:published_time" content="2021-08-15T09:30:00Z">
<meta name="author" content="Mina Rahimi">
<link rel="canonical" href="https://valley-courier.example/2021/08/floods-reach-kandahar">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Floods reach Kandahar after three days of rain",
 "author": {"@type": "Person", "name": "Mina Rahimi"},
 "publisher": {"@type": "Organization", "name": "The Valley Courier"},
 "datePublished": "2021-08-15T09:30:00Z"}
</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/paris">Paris bureau</a> <a href="/tokyo">Tokyo desk</a></nav>
<header><h1 class="site">The Valley Courier</h1></header>
<main>
<article>
<h1>Floods reach Kandahar after three days of rain</h1>
<p class="byline">By Mina Rahimi · <time datetime="2021-08-15">15 August 2021</time></p>
${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<section class="comments"><h2>3 Comments</h2><p>Greetings from Toronto!</p></section>
</main>
<footer><p>© The Valley Courier, 12 Harbour Road, Lisbon</p></footer>
</body>
</html>
`;

const NO_ARTICLE = `<!doctype html>
<html lang="en"><head><title>Sign in</title></head>
<body><nav><a href="/">Home</a> <a href="/login">Sign in</a></nav><form><input name="user"></form></body>
</html>
`;

const REPORT_PAGES = [
  [
    'Water and Roads in Southern Afghanistan',
    '',
    'This report follows the repair of the roads between Kandahar and Herat in the spring of',
    'two thousand and twenty. Crews from Lashkar Gah worked along the Helmand River for',
    'eleven weeks.',
    '',
    'The second section looks at the wells of Zaranj near the border with Iran.',
  ],
  [
    'On the second page the report turns to Quetta, where most of the materials were bought,',
    'and to the markets of Peshawar.',
  ],
];

async function pdfWithText(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Water and Roads in Southern Afghanistan');
  pdf.setAuthor('Field Survey Unit');
  pdf.setCreationDate(new Date(Date.UTC(2020, 5, 30, 12, 0, 0)));
  pdf.setModificationDate(new Date(Date.UTC(2020, 5, 30, 12, 0, 0)));
  pdf.setProducer('citemap fixtures');
  pdf.setCreator('citemap fixtures');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of REPORT_PAGES) {
    const page = pdf.addPage([595, 842]);
    let y = 780;
    for (const line of lines) {
      if (line !== '') page.drawText(line, { x: 50, y, size: 11, font });
      y -= 15;
    }
  }
  return pdf.save({ useObjectStreams: false });
}

/** A scanned page: an image-like shape and no text at all. */
async function pdfWithoutText(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Scanned letter');
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 400, width: 495, height: 380, color: rgb(0.8, 0.8, 0.75) });
  return pdf.save({ useObjectStreams: false });
}

/**
 * A PDF under the standard security handler whose user password is not empty: its check
 * value (/U) does not match the empty password, so a reader must ask for one.
 */
function pdfWithPassword(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${'4f'.repeat(32)}> /U <${'55'.repeat(32)}> /P -4 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = '0123456789abcdef0123456789abcdef';
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function paragraph(text: string, style?: string): string {
  const props = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${props}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

async function docx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>
${paragraph('Notes from the Khyber Pass', 'Heading1')}
${paragraph('We drove from Peshawar to Torkham on the first morning, and waited at the crossing until noon.')}
${paragraph('Jalalabad')}
${paragraph('In Jalalabad the market was open again. Traders had come from Kabul and from Mazar-i-Sharif.')}
</w:body></w:document>`,
  );
  zip.file(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Notes from the Khyber Pass</dc:title>
<dc:creator>Omar Siddiqi</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2019-03-02T08:00:00Z</dcterms:created>
</cp:coreProperties>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const FRENCH = `# Les routes du Sahel

Les camions partis de Niamey ont atteint Agadez après quatre jours de route. Les chauffeurs disent que la piste vers Arlit est de nouveau ouverte, mais que les pluies de la saison dernière ont emporté plusieurs ponts près de Tahoua.

À Bamako, les commerçants attendent les mêmes camions depuis le mois dernier.
`;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const write = (name: string, content: string | Uint8Array): void =>
    writeFileSync(path.join(OUT, name), content);
  write('article.html', PAGE);
  write('no-article.html', NO_ARTICLE);
  write('report.pdf', await pdfWithText());
  write('scan.pdf', await pdfWithoutText());
  write('locked.pdf', pdfWithPassword());
  const word = await docx();
  write('notes.docx', word);
  // A Word file cut short, as by an interrupted download: the zip's directory is missing.
  write('corrupt.docx', word.subarray(0, Math.floor(word.length / 2)));
  write('routes-du-sahel.md', FRENCH);
  write('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff]));
}

await main();
