/**
 * Pages built to be huge, each in a shape real sites have: 50,000 elements of flat inline text,
 * of classed inline text, of wrapper divs, of a feed of cards beside an article, of table cells, of
 * a list of links, one chain of nested divs, and 2 MB of text in one node or on one line.
 * Deterministic: the same page every run. Used by `npm run bench:scaling` and the unit tests.
 */

const SENTENCES = [
  'Negotiators from both delegations returned to Geneva on Monday, Foreign Minister Maria Lopez said.',
  'Officials said the first session would focus on trade rules and on the exchange of prisoners.',
  'Ms Lopez told reporters the mood was constructive and that both sides wanted progress.',
  'A second round of talks could follow in April if the first one goes well, diplomats said.',
];

const page = (body: string) =>
  `<!doctype html><html><head><title>Talks resume in Geneva</title></head><body>${body}</body></html>`;

/** A short news article: a heading and `n` paragraphs of two sentences each. */
function article(n: number): string {
  const ps = Array.from(
    { length: n },
    (_, i) => `<p>${SENTENCES[i % 4]} ${SENTENCES[(i + 1) % 4]} The ${i + 1}th point was noted.</p>`,
  );
  return `<h1>Talks resume in Geneva</h1>${ps.join('')}`;
}

const repeat = (n: number, make: (k: number) => string) => Array.from({ length: n }, (_, k) => make(k)).join('');

/** Prose of about `bytes` characters with no markup, sentences separated by spaces. */
function prose(bytes: number): string {
  return paragraphs(bytes).join(' ');
}

/** `n` inline elements of one or two words, every fifth a paragraph (a sentence), in an article. */
export function spansPage(n: number, spanClass: string | null): string {
  const span = spanClass ? `<span class="${spanClass}">` : '<span>';
  return page(
    `<article>${repeat(n, (k) => (k % 5 === 0 ? `<p>${SENTENCES[k % 4]}</p>` : `${span}w${k} </span>`))}</article>`,
  );
}

export interface HugePage {
  label: string;
  html: string;
}

/**
 * An article (in a `storyTag` element) inside a site's header and a side rail of cards, 7 elements
 * a card, about `elements` in all.
 */
function cardSoup(elements: number, storyTag: 'article' | 'div'): string {
  return page(
    `<header class="site-header"><nav class="nav">${repeat(20, (k) => `<a class="nav__link" href="/s${k}">Section ${k}</a>`)}</nav></header>` +
      `<main class="layout"><div class="layout__main"><${storyTag} class="story"><div class="story__body">${article(20)}</div></${storyTag}></div>` +
      `<aside class="layout__rail">${repeat(
        Math.floor(elements / 7),
        (k) =>
          `<div class="card card--${k % 3}"><div class="card__body"><span class="meta">Posted ${k % 60} min ago</span><h3 class="card__title"><a href="/story/${k}">Story number ${k} of the feed</a></h3><p class="card__text">A short blurb for story ${k}.</p></div></div>`,
      )}</aside></main>`,
  );
}

/** The 50,000-element shapes (the element count is about `elements` plus the page's own few). */
export function hugeShapes(elements = 50_000): HugePage[] {
  const n = elements;
  return [
    { label: 'flat spans', html: spansPage(n, null) },
    { label: 'classed spans', html: spansPage(n, 'w') },
    {
      // Every paragraph wrapped in 9 classed divs (10 elements a paragraph), as page builders do.
      label: 'div soup',
      html: page(
        `<main class="page">${repeat(
          Math.floor(n / 10),
          (k) =>
            `${'<div class="row"><div class="col">'.repeat(4)}<div class="text-block"><p>${SENTENCES[k % 4]} ${SENTENCES[(k + 1) % 4]} Item ${k}.</p></div>${'</div></div>'.repeat(4)}`,
        )}</main>`,
      ),
    },
    { label: 'card soup', html: cardSoup(n, 'article') },
    // The same without <article> markup: only the headline says where the story is.
    { label: 'card soup, no <article>', html: cardSoup(n, 'div') },
    {
      // 8,333 rows of 5 cells (6 elements a row), after the article that presents them.
      label: 'table of cells',
      html: page(
        `<article>${article(12)}<table class="data"><tbody>${repeat(
          Math.floor(n / 6),
          (k) =>
            `<tr><td>${k}</td><td>Region ${k % 40}</td><td>${(k * 37) % 1000}</td><td>${(k * 11) % 97}%</td><td>ok</td></tr>`,
        )}</tbody></table></article>`,
      ),
    },
    {
      // 25,000 list items of one link each, after the article.
      label: 'list of links',
      html: page(
        `<article>${article(12)}</article><ul class="archive">${repeat(
          Math.floor(n / 2),
          (k) => `<li><a href="/archive/${k}">Archive story ${k}</a></li>`,
        )}</ul>`,
      ),
    },
    {
      // One chain of nested divs around the article: flattened below MAX_DEPTH before extraction.
      label: 'nested divs',
      html: page(`${'<div>'.repeat(n)}${article(12)}${'</div>'.repeat(n)}`),
    },
  ];
}

/** Shapes of a few elements holding 2 MB of text: one text node, and one line without a space. */
export function hugeTexts(bytes = 2_000_000): HugePage[] {
  return [
    { label: 'one text node', html: page(`<article><h1>Talks resume</h1><p>${prose(bytes)}</p></article>`) },
    {
      label: 'one line, no spaces',
      html: page(`<article>${article(12)}<p>${'x'.repeat(bytes)}</p></article>`),
    },
  ];
}

/** An article of about `bytes` characters: paragraphs of varied sentences, numbered so they differ. */
export function paragraphs(bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `${SENTENCES[i % 4]} ${SENTENCES[(i + 1) % 4]} Update number ${i} came in the ${i % 7}th hour.`;
    out.push(p);
    size += p.length + 9;
  }
  return out;
}

/** A saved page holding an article of about `bytes` characters. */
export function articlePage(bytes: number): string {
  return page(
    `<article><h1>Talks resume</h1>${paragraphs(bytes)
      .map((p) => `<p>${p}</p>\n`)
      .join('')}</article>`,
  );
}

/** Every huge page the benches time: the 50,000-element shapes, the 2 MB texts and a 2 MB article. */
export function hugePages(): HugePage[] {
  return [...hugeShapes(), ...hugeTexts(), { label: '2 MB article', html: articlePage(2_000_000) }];
}
