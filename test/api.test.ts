import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze, categories, categoryDescriptions, clean, render, type Analysis } from '../src/index.js'

const article = [
  'The city council approved a new budget on Tuesday, ending months of debate over school funding.',
  '',
  'Sign up for our free morning newsletter to get the top stories delivered to your inbox.',
  '',
  '“We did what the voters asked us to do,” the mayor said after the vote.',
  '',
  'The budget adds 40 teachers and raises spending on roads by 12 percent, officials said.',
  '',
].join('\n')

/** Blocks and the white space between them cover the input exactly. */
function assertCovers(analysis: Analysis) {
  let at = 0
  for (const block of analysis.blocks) {
    expect(analysis.text.slice(at, block.start)).toMatch(BLANK)
    expect(analysis.text.slice(block.start, block.end)).toBe(block.text)
    at = block.end
  }
  expect(analysis.text.slice(at)).toMatch(BLANK)
}

const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/

describe('clean()', () => {
  it('drops a newsletter sign-up between paragraphs and keeps the rest byte for byte', () => {
    expect(clean(article)).toBe(article.replace('Sign up for our free morning newsletter to get the top stories delivered to your inbox.\n\n', ''))
  })

  it('equals render(analyze())', () => {
    expect(clean(article)).toBe(render(analyze(article)))
  })

  it('returns an empty string for empty and blank input', () => {
    expect(clean('')).toBe('')
    expect(clean(' \n\n\t ')).toBe('')
  })

  it('keeps a clean article unchanged', () => {
    const text = 'Rain is expected across the region on Friday, forecasters said.\n\nRivers may rise by up to two metres.\n'
    expect(clean(text)).toBe(text)
  })

  it('cuts a promo sentence off an editorial paragraph', () => {
    const text = 'The minister resigned on Monday after weeks of pressure, her office said. Sign up for our free politics newsletter here.\n'
    expect(clean(text)).toBe('The minister resigned on Monday after weeks of pressure, her office said.\n')
  })

  it('cuts a promo sentence glued after a sentence that ends with a number', () => {
    const text = 'Organisers said the festival will return next July, with capacity staying at 40,000. Follow us on Instagram @loudandclearmag for more festival coverage.\n'
    expect(clean(text)).toBe('Organisers said the festival will return next July, with capacity staying at 40,000.\n')
  })

  it('keeps a third-person sentence naming one promo phrase between two editorial sentences', () => {
    const text = 'After sending a number of tests himself, he started a crowd-sourcing campaign to get more samples sent to the lab. He set up a Bitcoin wallet, with the hope that users might chip in to fund further tests. At the time of writing, the wallet has received a total of 1.81 bitcoins.\n'
    expect(clean(text)).toBe(text)
    // A disclaimer of several promo phrases still goes.
    const deals = 'Follow @ExampleDeals on Twitter to keep up with the latest deals from around the web. Quantities may be limited. Prices are subject to change without notice and coupons may expire at any time. Some deals may not be available to all customers.\n'
    expect(clean(deals)).not.toContain('coupons may expire')
  })

  it('cuts a related link, a commentary plug or a wire credit that ends a paragraph', () => {
    const said = 'Practices say demand has never been higher, and that more phone lines would not create more appointments, the chair of the local medical committee said.'
    expect(clean(`${said} Related: Why can't I get a GP appointment?\n`)).toBe(`${said}\n`)
    expect(clean(`${said} Listen to ball-by-ball commentary on Radio Wyre.\n`)).toBe(`${said}\n`)
    expect(clean('An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)\n')).toBe('An MSC cargo ship leaves PortMiami, on Aug. 31, 2019.\n')
    // The rest of a headline is no sentence of its own.
    const title = "'We Got Her!' Video Shows Dramatic Rescue of Kidnapped Girl\n"
    expect(clean(title)).toBe(title)
  })

  it('keeps or drops whole blocks with granularity "block"', () => {
    const text =
      'The minister resigned on Monday after weeks of pressure, her office said. Her deputy will lead the ' +
      'department until a successor is named, officials told reporters. The opposition called for an inquiry ' +
      'into the contracts that led to her resignation. Sign up for our free politics newsletter here.\n'
    expect(clean(text, { granularity: 'block' })).toBe(text)
    expect(clean(text)).toBe(text.replace(' Sign up for our free politics newsletter here.', ''))
  })
})

describe('analyze()', () => {
  it('labels, scores, categorises and explains every block', () => {
    const analysis = analyze(article)
    assertCovers(analysis)
    expect(analysis.blocks).toHaveLength(4)
    const promo = analysis.blocks[1]!
    expect(promo.label).toBe('boilerplate')
    expect(promo.category).toBe('newsletter')
    expect(promo.score).toBeGreaterThan(0.5)
    expect(promo.reasons[0]).toMatchObject({ rule: 'lexicon', category: 'newsletter' })
    for (const block of [analysis.blocks[0]!, analysis.blocks[2]!, analysis.blocks[3]!]) {
      expect(block.label).toBe('editorial')
      expect(block.score).toBeLessThan(0.5)
      expect(block.reasons.length).toBeGreaterThan(0)
    }
  })

  it('recognises bylines, capitalised or not, but not a sentence that starts with "By"', () => {
    const rules = (line: string) => analyze(line).blocks[0]!.reasons.map((r) => r.rule)
    expect(rules('By Jane Doe')).toContain('byline')
    expect(rules('Written by Jane Doe and Sam Lee')).toContain('byline')
    expect(rules('by Jane Doe')).toContain('byline')
    expect(rules('By seven the cranes are talking')).not.toContain('byline')
    expect(rules('By Tuesday the council had approved the plan.')).not.toContain('byline')
  })

  it('reports sentences of mixed blocks with offsets into the input', () => {
    const text = 'Intro line.\n\nThe court ruled on Tuesday that the law was valid, the judge said. Subscribe now for unlimited digital access.\n'
    const analysis = analyze(text)
    const mixed = analysis.blocks.find((b) => b.sentences)
    expect(mixed).toBeDefined()
    for (const sentence of mixed!.sentences!) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect(mixed!.sentences!.at(-1)).toMatchObject({ label: 'boilerplate', category: 'paywall' })
  })

  it('covers CRLF, tabs, NBSP and zero-width characters', () => {
    const text = '\uFEFFLine one of the story, told plainly.\r\n\r\n\u00a0\tShare this article\u200b\r\n\r\nThe end of the story, as reported.\r\n'
    const analysis = analyze(text)
    assertCovers(analysis)
    // The separator after a kept block is the one that followed it in the input (here with the NBSP and tab).
    expect(clean(text)).toBe('\uFEFFLine one of the story, told plainly.\r\n\r\n\u00a0\tThe end of the story, as reported.\r\n')
  })
})

describe('options', () => {
  it('keeps categories that are not dropped, and says why', () => {
    const text = 'A storm hit the coast overnight, the weather service said.\n\nPhoto: Jane Doe/AP\n\nPower was restored by noon, the utility said.\n'
    expect(clean(text)).not.toContain('Photo:')
    expect(clean(text, { drop: { 'image-credit': false } })).toBe(text)
    const block = analyze(text, { drop: { 'image-credit': false } }).blocks[1]!
    expect(block.label).toBe('editorial')
    expect(block.reasons.some((r) => r.rule === 'kept-category')).toBe(true)
  })

  it('adds extra phrases per category', () => {
    const text = 'The vote is set for May, officials said.\n\nBecome a Friend of the Gazette today\n\nTurnout is expected to be high, analysts said.\n'
    expect(clean(text, { phrases: { donation: ['friend of the gazette'] } })).toBe(
      'The vote is set for May, officials said.\n\nTurnout is expected to be high, analysts said.\n',
    )
  })

  it('moves the boundary with the threshold', () => {
    const text = 'Officials met on Monday to discuss the plan, a spokesperson said.\n\nFollow us\n\nThe plan will be published next week, the spokesperson added.\n'
    const strict = analyze(text, { threshold: 0.99 }).blocks[1]!
    const loose = analyze(text, { threshold: 0.05 }).blocks[1]!
    expect(loose.label).toBe('boilerplate')
    expect(strict.score).toBe(loose.score)
  })

  it('rejects bad input with a TypeError naming the option', () => {
    // @ts-expect-error: not a string
    expect(() => clean(42)).toThrow(/`text` must be a string/)
    expect(() => clean('x', { threshold: 2 })).toThrow(/options\.threshold/)
    // @ts-expect-error: not a granularity
    expect(() => clean('x', { granularity: 'word' })).toThrow(/options\.granularity/)
    // @ts-expect-error: not a category
    expect(() => clean('x', { drop: { ads: false } })).toThrow(/unknown category `ads` in `options\.drop`/)
    // @ts-expect-error: not an option
    expect(() => clean('x', { treshold: 0.5 })).toThrow(/unknown option `treshold`/)
  })
})

describe('categories', () => {
  it('describes every category', () => {
    expect(categories).toHaveLength(13)
    for (const category of categories) expect(categoryDescriptions[category]).toMatch(/\w/)
  })
})

describe('options.drop and context', () => {
  const article = ['The council approved the new budget on Tuesday after a long debate, the mayor said.', 'Officials expect the first projects to start in the spring, according to the plan.']
  const comments = [
    'Comments',
    'I think this is a great decision and long overdue for our town, honestly.',
    'Nobody asked the residents of the east side what they wanted from this plan.',
    'My street has had potholes for ten years and nothing in this budget fixes them.',
    'Great reporting as always, thank you for covering the meeting so carefully.',
    'The library cuts are the real story here and nobody is talking about them.',
  ]
  const text = [...article, ...comments].join('\n\n') + '\n'

  it('removes a comment section whole, and keeps it whole when comments are kept', () => {
    expect(clean(text)).toBe(article.join('\n\n') + '\n')
    expect(clean(text, { drop: { comments: false } })).toBe(text)
  })

  it('takes a comment prompt followed by the article, not by comments, as a line of the article', () => {
    const rest = [
      'Opposition councillors proposed an amendment that would have kept both libraries open, but it failed.',
      'Residents who packed the public gallery applauded when the amendment was tabled.',
    ]
    const mid = [...article, 'Comments are closed for this article.', ...rest].join('\n\n') + '\n'
    expect(clean(mid)).toBe([...article, ...rest].join('\n\n') + '\n')
  })

  it('keeps the article after a comment prompt that prose follows before any comment furniture', () => {
    // An embedded post's "Report" button, a "Join the conversation" box: readers' comments would come
    // with their author lines and reply buttons, and later comment furniture does not make the
    // article's own paragraphs comments.
    const rest = [
      'Opposition councillors proposed an amendment that would have kept both libraries open, but it failed.',
      'Residents who packed the public gallery applauded when the amendment was tabled by Ms Rahman.',
      'The council will publish the final figures for each department on its website next month.',
    ]
    for (const prompt of ['Report', 'Join the conversation']) {
      const page = [...article, 'Image copyright @CouncilNews', prompt, 'Image copyright @CouncilNews', ...rest, 'Report'].join('\n\n') + '\n'
      expect(clean(page), prompt).toBe([...article, ...rest].join('\n\n') + '\n')
    }
  })

  it('still removes comments that follow a prompt and a sorting button, without author lines', () => {
    const page = [...article, 'Leave a comment', 'Sort by Newest', ...comments.slice(1), 'Reply', 'Report'].join('\n\n') + '\n'
    expect(clean(page)).toBe(article.join('\n\n') + '\n')
  })

  it('keeps the next article after a comment link on a page of several articles', () => {
    const next = [
      'Mapping and data mining with a free geographic information system',
      'By Nathan Willis',
      'March 25, 2015',
      'The new release is version 2.8, which was unveiled on March 2. An official change log is available on the project site, while the release itself was announced on the mailing list.',
      'There have also been several improvements to the Python and Processing plugins, which users can now run by dragging scripts onto the main window.',
    ]
    const text = [...article, 'Comments (5 posted)', ...next, 'Comments (3 posted)'].join('\n\n') + '\n'
    expect(clean(text)).toBe([...article, next[0], next[3], next[4]].join('\n\n') + '\n')
  })

  it('keeps a page\'s title over its date or byline, past a standfirst and a title with a full stop in it', () => {
    const menu = ['Sport', 'Home', 'Football', 'Formula 1', 'Cricket', 'Rugby Union', 'Tennis', 'Sign in', 'Subscribe']
    const body = [
      'Fast bowler Ben Hartley took seven wickets in an innings for the first time in his career as Worcestershire beat Somerset by six wickets on the final day at New Road.',
      'Somerset resumed on the final morning on 188-4, leading by 122, and hopes of a draw rested on their captain, who was caught behind for 61 in the third over of the day.',
      'The 24-year-old finished with 7-58, the best figures by a Worcestershire bowler at New Road since 2011, and the hosts knocked off the runs with more than a session to spare.',
    ]
    const footer = ['More from Sport', 'Cookie settings', 'Privacy policy', 'Terms of use', 'Contact us', '© 2025 Sport Media Ltd']
    const title = "Hartley's seven wickets bowl Worcestershire to victory over Somerset"
    const standfirst = 'Worcestershire 312 and 198-4 beat Somerset 246 and 261 by six wickets'
    expect(clean([...menu, title, 'Published 3 hours ago', standfirst, ...body, ...footer].join('\n'))).toBe([title, standfirst, ...body].join('\n'))
    const opinion = "The four-day week isn't a perk. It's a productivity test employers keep failing"
    expect(clean([...menu, opinion, 'By Rachel Adeyemi', 'Thu 6 Jun 2024 06.00 BST', ...body, ...footer].join('\n')).split('\n')[0]).toBe(opinion)
  })

  it('keeps a list inside an article between an ad label and a shop button (a recipe\'s ingredients)', () => {
    const menu = ['Home', 'Recipes', 'About me', 'Shop', 'Contact', 'Subscribe']
    const intro = 'When the first plums arrive at the market in September, it is time for this traybake. The yeasted base is soft and a little sweet, and the fruit sinks into it as it bakes, so every slice has a layer of jammy plums on top.'
    const list = ['Ingredients for one tray (about 20 pieces)', '500 g plain flour', '1 sachet of dried yeast', '200 ml warm milk', '75 g sugar', '75 g soft butter', '1 egg and a pinch of salt']
    const method = [
      'Dissolve the yeast in the warm milk with a teaspoon of sugar and leave it for ten minutes, until it foams. Mix the flour, the rest of the sugar, the salt, the egg and the butter in a large bowl.',
      'Roll the dough out on a greased tray, cover it with the plums, cut side up, and bake at 180 degrees for about 35 minutes, until the edges are golden and the fruit is soft.',
    ]
    const footer = ['Pin it', 'Share', '84 comments', 'Leave a comment', 'Imprint', 'Privacy policy', '© 2024 Home Baking']
    const title = 'Plum traybake, just like grandma made it'
    const page = [...menu, title, 'Posted on 3 September 2024 by Eva', intro, 'Jump to Recipe', ...list, 'Advertisement', '2.5 kg plums', ...method, ...footer]
    expect(clean(page.join('\n'))).toBe([title, intro, ...list, '2.5 kg plums', ...method].join('\n'))
  })

  it('takes a comment prompt followed by comment furniture as the start of readers\' comments', () => {
    const thread = [
      'Join the conversation',
      'Jane Doe says:',
      'I think this is a great decision and long overdue for our town, honestly.',
      'March 3, 2024 at 4:12 pm',
      'Nobody asked the residents of the east side what they wanted from this plan.',
      'Reply',
    ]
    expect(clean([...article, ...thread].join('\n\n') + '\n')).toBe(article.join('\n\n') + '\n')
  })
})

describe('explanations', () => {
  it('gives every block a score on the side of the threshold its label is on, context included', () => {
    const dir = new URL('../fixtures/', import.meta.url)
    const texts = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => readFileSync(new URL(`${e.name}/input.txt`, dir), 'utf8'))
    texts.push('The council met on Tuesday and approved the budget, the mayor said.\n\nNonprofit journalism needs your help. Donate to the Riverside Herald Foundation before December 31 and your gift goes twice as far.\n')
    for (const text of texts) {
      for (const b of analyze(text).blocks) {
        if (b.sentences || b.reasons.some((r) => r.rule === 'kept-category')) continue
        if (b.label === 'boilerplate') expect(b.score, b.text).toBeGreaterThanOrEqual(0.5)
        else expect(b.score, b.text).toBeLessThanOrEqual(0.5)
      }
    }
  })
})
