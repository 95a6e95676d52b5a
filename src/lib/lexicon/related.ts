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
  // German, French, Spanish, Italian, Portuguese.
  ...entries('related', 'any', 3, [
    'das könnte sie auch interessieren', 'das könnte sie interessieren', 'ähnliche artikel', 'vous aimerez aussi',
    'à lire également', 'sur le même sujet', 'articles similaires', 'te puede interesar',
    'le puede interesar', 'noticias relacionadas', 'artículos relacionados', 'ti potrebbe interessare',
    'potrebbe interessarti', 'articoli correlati', 'notizie correlate', 'veja também', 'você pode gostar',
    'notícias relacionadas', 'artigos relacionados',
  ]),
  ...entries('related', 'any', 2, ['mehr lesen', 'leia mais', 'saiba mais', 'leggi di più']),
  ...entries('related', 'head', 3, [
    'meistgelesen', 'meistgelesene artikel', 'auch interessant', 'zum thema', 'lesen sie auch', 'les plus lus',
    'lire aussi', 'lire également', 'dans la même rubrique', 'lo más leído', 'más leídas', 'últimas noticias',
    'lee también', 'i più letti', 'più letti', 'ultime notizie', 'leggi anche', 'mais lidas', 'mais lidos',
    'últimas notícias', 'leia também', 'leia mais',
    'mehr dazu', 'mehr zum thema', 'en savoir plus', 'pour aller plus loin', 'más información', 'más noticias',
    'per approfondire', 'approfondisci', 'approfondimenti', 'per saperne di più', 'saiba mais', 'veja também',
    'bildergalerie', 'fotostrecke', 'galerie photos', 'galería de fotos', 'fotogallery', 'galeria de fotos',
  ], true),
  ...entries('related', 'line', 3, [
    'mehr', 'weiter', 'zurück', 'mehr laden', 'alle anzeigen', 'voir plus', 'voir tout', 'suivant', 'précédent',
    'article suivant', 'ver todo', 'siguiente', 'anterior', 'mostra altro', 'vedi tutti', 'successivo', 'precedente',
    'ver todos', 'carregar mais', 'próximo',
  ], true),
]
