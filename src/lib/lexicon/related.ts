/** Read-more, related, recommended and most-read lists. */
import { entries } from './types.js'

export const related = [
  ...entries('related', 'any', 3, [
    'read more', 'read more:', 'read next', 'read also', 'also read', 'see also', 'related articles',
    'related stories', 'related content', 'related coverage', 'related posts', 'related reading',
    'recommended for you', 'recommended stories', 'recommended articles', 'you may also like',
    'you might also like', 'you may be interested in', 'you might be interested in', 'more from',
    'more stories', 'more on this story', 'more on this topic', 'more in', 'most read', 'most popular',
    'most viewed', 'most shared', 'trending now', 'trending stories', 'top stories', 'latest news',
    'latest stories', 'what to read next', 'don\'t miss', 'editor\'s picks', 'editors\' picks',
    'around the web', 'from our partners', 'popular now', 'click here', 'continue reading',
    'lesen sie auch', 'mehr zum thema', 'lire aussi', 'à lire aussi', 'lee también', 'leer más',
    'weiterlesen', 'lire la suite',
  ]),
  ...entries('related', 'line', 3, [
    'related', 'more', 'next', 'previous', 'next article', 'previous article', 'next story', 'up next',
    'watch', 'listen', 'video', 'watch now', 'listen now', 'view all', 'see all', 'show more', 'load more',
    'more stories', 'more news', 'explore', 'topics', 'tags', 'related topics', 'latest', 'popular',
  ], true),
]
