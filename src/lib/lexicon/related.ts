/** Read-more, related, recommended and most-read lists. */
import { entries } from './types.js'

export const related = [
  ...entries('related', 'any', 3, [
    'related articles', 'related stories', 'related content', 'related coverage', 'related posts',
    'recommended for you', 'recommended stories', 'recommended articles', 'you may also like',
    'you might also like', 'you may be interested in', 'you might be interested in', 'what to read next',
    'more on this story', 'around the web', 'from our partners', 'editor\'s picks', 'editors\' picks',
    'lesen sie auch', 'lire aussi', 'à lire aussi', 'lee también', 'leggi anche', 'leia também',
  ]),
  ...entries('related', 'any', 2, ['read more', 'read next', 'continue reading', 'more stories from', 'check out our']),
  ...entries('related', 'any', 3, ['check out the latest', 'more great wired stories']),
  ...entries('related', 'head', 3, [
    'read more', 'read also', 'also read', 'see also', 'read next', 'more from', 'more on', 'more in',
    'more about', 'most read', 'most popular', 'most viewed', 'most shared', 'most commented', 'trending',
    'trending now', 'top stories', 'latest news', 'latest stories', 'don\'t miss', 'popular now', 'related',
    'recommended', 'continue reading', 'click here', 'watch', 'watch now', 'listen', 'video', 'related topics',
    'more news', 'more stories', 'more great', 'also on', 'you may like', 'more videos', 'must read', 'must watch',
    'more like this', 'related reading', 'further reading', 'mehr zum thema', 'weiterlesen', 'leer más', 'lire la suite', 'ver más',
  ], true),
  ...entries('related', 'line', 3, [
    'related', 'more', 'next', 'previous', 'next article', 'previous article', 'next story', 'up next',
    'view all', 'see all', 'show more', 'load more', 'explore', 'topics', 'tags', 'latest', 'popular',
    'watch', 'listen', 'video', 'watch now', 'listen now', 'more stories', 'more news',
  ], true),
]
