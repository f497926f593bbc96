import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../lib/extract/boilerplate';
import { boilerplateHint, hintWords } from '../../lib/extract/hints';
import { hasPhotoCredit, isAuthorBio, isByline, isDateline, isPromo } from '../../lib/extract/lines';

// Each table: lines that must match, side by side with near misses that must not.

describe('boilerplateReason', () => {
  it.each([
    ['Copyright © 2024 The New Daily.', 'copyright line'],
    ['All rights reserved.', 'copyright line'],
    ['Copyright 2023 Nexstar Media Inc.', 'copyright line'],
    ['Copyright The Associated Press', 'copyright line'],
    ['Copyright (c) 2021 Example Media Group. This material may not be published or redistributed.', 'copyright line'],
    ['(c) 2019 Reuters', 'copyright line'],
    ['Copyright Herald and Weekly Times. All times AEST (GMT +10:00)', 'copyright line'],
    ['Image copyright Getty Images', 'photo credit'],
    ['A FREE subscription to The New Daily arrives every morning and evening.', 'subscription or newsletter pitch'],
    ['Get breaking news alerts and special reports.', 'subscription or newsletter pitch'],
    ['Like this story? Share it with a friend!', 'share or follow prompt'],
    ['Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', 'share or follow prompt'],
    ['Write to Al Root at allen.root@example.com', 'contact line'],
    ['Also on example.com Journalists threatened with arrest', 'read-more link'],
    ['Related: Tram fares to rise', 'read-more link'],
    ['(Image credit: Blue Origin)', 'photo credit'],
    ['WeWork chairman Marcelo Claure (Credit: Getty Images)', 'photo credit'],
    ['Image 1 of / 5', 'photo credit'],
    ['Caption', 'photo credit'],
    ['Advert', 'advertisement label'],
    ['comments', 'comment prompt'],
    ['Additional reporting by Joseph Hudak', 'credit line'],
    ['https://www.example.com/news/article/tram-123.php', 'bare link'],
    ['By', 'byline'],
    ['Loading content ...', 'loading placeholder'],
    ['We use cookies to improve your experience.', 'cookie notice'],
  ])('%s → %s', (text, reason) => {
    expect(boilerplateReason(text)).toBe(reason);
  });

  it.each([
    'A jury found that the song ripped off the Marvin Gaye soul classic, a copyright win for his family.',
    'Copyright lawsuits against the makers of chatbots have multiplied this year, lawyers say.',
    'The singer said the copyright dispute had cost him his savings.',
    'Related to each other: for example, a caching server and a web server.',
    'Shareholders approved the merger on Tuesday by a wide margin.',
    'Readers who subscribe to the paper were told on Monday that the price would rise, and many of them wrote in to complain that the increase came without warning, the editor said in a long statement on the front page.',
    'The photo shows the minister leaving the building.',
    'By the end of the year, the line will carry twice as many passengers.',
    'Advertising revenue fell by a third.',
  ])('keeps: %s', (text) => {
    expect(boilerplateReason(text)).toBeNull();
  });

  // Bug: a page with a 2 MB line without a space never finished: the address pattern was tried
  // from every position of the run, and rescanned the rest of it each time.
  it('reads a line of one 2 MB word as text, and still finds an address after a long run', () => {
    const run = 'x'.repeat(2_000_000);
    expect(boilerplateReason(run)).toBeNull();
    expect(boilerplateReason(`${'x'.repeat(5000)}+tips@example.com`)).toBe('contact line');
    expect(boilerplateReason('Tips to newsroom@example.com')).toBe('contact line');
  });
});

describe('isDateline', () => {
  it.each([
    'Updated 5:27 am CST, Wednesday, November 20, 2019',
    'November 18, 2019 | 4:10pm',
    'Published November 20th, 2019 - 07:29 GMT',
    'Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET',
    'Nov. 20, 2019, 9:28 AM UTC',
  ])('dateline: %s', (text) => {
    expect(isDateline(text)).toBe(true);
  });

  it.each([
    'The council met on November 20, 2019 to vote on the plan.',
    'Work begins in March.',
    'Four stops open at 5:30 on Monday, officials said.',
  ])('not a dateline: %s', (text) => {
    expect(isDateline(text)).toBe(false);
  });
});

describe('isByline', () => {
  it.each([
    ['By Jane Roe', null],
    ['By Jane Roe and John Doe', null],
    ['Reuters', 'Reuters'],
    ['Jane Roe, Ap Transport Writer', 'Jane Roe'],
  ])('byline: %s (page byline %s)', (text, byline) => {
    expect(isByline(text, byline)).toBe(true);
  });

  it.each([
    ['By the end of the year, trams will run every five minutes.', null],
    ['Supporters said the extension would cut traffic.', 'Jane Roe'],
  ])('not a byline: %s', (text, byline) => {
    expect(isByline(text, byline)).toBe(false);
  });
});

describe('isAuthorBio', () => {
  it.each([
    'Dallas Robinson is a freelance writer living in Minneapolis',
    "Eric Song is IGN's deal curator and spends 25% of his pay on stuff he posts.",
    'Sarah Archer is the author of The Midcentury Kitchen.',
  ])('bio: %s', (text) => {
    expect(isAuthorBio(text)).toBe(true);
  });

  it.each([
    'Jane Roe is the mayor of the city and voted for the plan.',
    'The writer of the report said the cost had risen.',
  ])('not a bio: %s', (text) => {
    expect(isAuthorBio(text)).toBe(false);
  });
});

describe('isPromo', () => {
  it.each([
    'Follow @BGRDeals on Twitter to keep up with the latest deals.',
    'Join our Space Forums to keep talking space on the latest missions!',
    'If you enjoyed this article, we have a proposition for you: Join NRPLUS.',
    'Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.',
  ])('promo: %s', (text) => {
    expect(isPromo(text)).toBe(true);
  });

  it.each(['Work is due to begin in the spring, the department said.', 'Followers of the party cheered.'])(
    'not a promo: %s',
    (text) => {
      expect(isPromo(text)).toBe(false);
    },
  );
});

describe('hasPhotoCredit', () => {
  it.each([
    'The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters',
    'Protesters outside the party headquarters. Ezra Acayan / Getty Images',
    'A tram at the depot (Photo: AP)',
  ])('credit: %s', (text) => {
    expect(hasPhotoCredit(text)).toBe(true);
  });

  it.each(['Map of the four new stops', 'Memory leak in action'])('no credit: %s', (text) => {
    expect(hasPhotoCredit(text)).toBe(false);
  });
});

describe('class and id hints', () => {
  const el = (attrs: string) =>
    parseHTML(`<html><body><div ${attrs}></div></body></html>`).document.querySelector('div')!;

  it('splits camelCase and separators into words', () => {
    expect(hintWords('relatedStories c-share__item--more')).toEqual([
      'related',
      'stories',
      'c',
      'share',
      'item',
      'more',
    ]);
  });

  it.each([
    ['class="newsletter-signup"', 'strong'],
    ['id="cookie-consent"', 'strong'],
    ['class="shareBar"', 'weak'],
    ['class="article-related"', 'weak'],
    ['class="shareholders"', 'none'],
    ['class="entry-content has-comments"', 'none'],
    ['class="headline"', 'none'],
  ])('%s → %s', (attrs, hint) => {
    expect(boilerplateHint(el(attrs) as unknown as Element)).toBe(hint);
  });
});
