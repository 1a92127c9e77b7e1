/** Each format read from a fixture the project makes, and each bad input with its message. */
import { describe, expect, it } from 'vitest';
import { PAGE_BREAK } from '../../../src/pipeline/ingest/pdf.ts';
import { readDocument } from '../../../src/pipeline/ingest/read.ts';
import { fixture } from './fixtures.ts';

describe('web pages', () => {
  it('keeps the article, its paragraphs, and not the menus, comments or footer', async () => {
    const { text } = await readDocument(fixture('article.html'));
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain(
      'Officials in Kabul promised tents and clean water, and asked the neighbouring provinces for help.',
    );
    expect(paragraphs.some((p) => p.startsWith('Floodwaters reached the centre of Kandahar'))).toBe(
      true,
    );
    for (const furniture of ['Paris bureau', 'Toronto', 'Lisbon', '3 Comments']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('takes title, author, publisher, date and address from the page', async () => {
    const { meta } = await readDocument(fixture('article.html'));
    expect(meta).toMatchObject({
      title: 'Floods reach Kandahar after three days of rain',
      author: 'Mina Rahimi',
      publisher: 'The Valley Courier',
      published: { iso: '2021-08-15', precision: 'day', year: 2021 },
      url: 'https://valley-courier.example/2021/08/floods-reach-kandahar',
    });
  });

  it('refuses a page with no article', async () => {
    await expect(readDocument(fixture('no-article.html'))).rejects.toThrow(
      /expected an article, found no main text on the page/,
    );
  });
});

describe('PDF', () => {
  it('reads the text layer in order, paragraphs and page breaks kept', async () => {
    const { text } = await readDocument(fixture('report.pdf'));
    const [first, second] = text.split(PAGE_BREAK);
    expect(first?.split('\n\n')).toEqual([
      'Water and Roads in Southern Afghanistan',
      'This report follows the repair of the roads between Kandahar and Herat in the spring of two thousand and twenty. Crews from Lashkar Gah worked along the Helmand River for eleven weeks.',
      'The second section looks at the wells of Zaranj near the border with Iran.',
    ]);
    expect(second).toBe(
      'On the second page the report turns to Quetta, where most of the materials were bought, and to the markets of Peshawar.',
    );
  });

  it('takes title, author and date from the document info', async () => {
    const { meta } = await readDocument(fixture('report.pdf'));
    expect(meta).toMatchObject({
      title: 'Water and Roads in Southern Afghanistan',
      author: 'Field Survey Unit',
      published: { iso: '2020-06-30', precision: 'day' },
    });
  });

  it('refuses a scan without a text layer', async () => {
    await expect(readDocument(fixture('scan.pdf'))).rejects.toThrow(
      /^no text layer: run OCR first/,
    );
  });

  it('refuses a password-protected PDF', async () => {
    await expect(readDocument(fixture('locked.pdf'))).rejects.toThrow(
      /found one protected by a password/,
    );
  });

  it('refuses a file that only has the name of a PDF', async () => {
    const notPdf = { ...fixture('article.html'), name: 'article.pdf', format: 'pdf' as const };
    await expect(readDocument(notPdf)).rejects.toThrow(
      /expected a PDF document, found a damaged file/,
    );
  });
});

describe('Word', () => {
  it('reads headings and paragraphs, and the core properties', async () => {
    const { text, meta } = await readDocument(fixture('notes.docx'));
    expect(text.split('\n\n')).toEqual([
      'Notes from the Khyber Pass',
      'We drove from Peshawar to Torkham on the first morning, and waited at the crossing until noon.',
      'Jalalabad',
      'In Jalalabad the market was open again. Traders had come from Kabul and from Mazar-i-Sharif.',
    ]);
    expect(meta).toMatchObject({
      title: 'Notes from the Khyber Pass',
      author: 'Omar Siddiqi',
      published: { iso: '2019-03-02', precision: 'day' },
    });
  });

  it('refuses a damaged Word file', async () => {
    await expect(readDocument(fixture('corrupt.docx'))).rejects.toThrow(
      /expected a Word document \(\.docx\), found a damaged file/,
    );
  });
});

describe('text and Markdown', () => {
  it('takes the title from the first line, a heading mark removed', async () => {
    const { meta, text } = await readDocument(fixture('routes-du-sahel.md'));
    expect(meta.title).toBe('Les routes du Sahel');
    expect(text).toContain('Les camions partis de Niamey');
  });

  it('refuses a binary file with a text extension, saying where', async () => {
    const error = await readDocument(fixture('binary.txt')).catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: 'expected a UTF-8 text file, found a NUL byte at byte 4 (binary content)',
      line: 1,
      column: 5,
    });
  });

  it('refuses a binary file named .html the same way', async () => {
    const binary = { ...fixture('binary.txt'), name: 'page.html', format: 'html' as const };
    await expect(readDocument(binary)).rejects.toThrow(/found a NUL byte at byte 4/);
  });
});
