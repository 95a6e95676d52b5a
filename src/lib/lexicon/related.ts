/** Read-more, related, recommended and most-read lists. */
import { entries } from './types.js'

export const related = [
  ...entries('related', 'any', 3, [
    'related articles', 'related stories', 'related content', 'related coverage', 'related posts',
    'recommended for you', 'recommended stories', 'recommended articles', 'you may also like',
    'you might also like', 'you may be interested in', 'you might be interested in', 'what to read next',
    'more on this story', 'from our partners', 'editor\'s picks', 'editors\' picks',
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
    'more like this', 'related reading', 'further reading', 'around the web',
    // "Click here" in the other languages: a link's prompt, whose link the scraper dropped.
    'hier klicken', 'klicken sie hier', 'cliquez ici', 'clique ici', 'haz clic aquí', 'haga clic aquí',
    'pincha aquí', 'pinche aquí', 'clicca qui', 'cliccate qui', 'clique aqui', 'clica aqui', 'carregue aqui', 'mehr zum thema', 'weiterlesen', 'leer más', 'lire la suite', 'ver más',
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
  ...entries('related', 'any', 2, [
    'veja o vídeo', 'veja os vídeos', 'veja as fotos', 'veja as imagens', 'veja a galeria', 'veja a tabela',
    'confira o vídeo', 'confira as fotos', 'confira a tabela',
  ]),
  ...entries('related', 'head', 3, [
    'meistgelesen', 'meistgelesene artikel', 'auch interessant', 'zum thema', 'lesen sie auch', 'les plus lus',
    'lire aussi', 'lire également', 'dans la même rubrique', 'lo más leído', 'más leídas', 'últimas noticias',
    'lee también', 'i più letti', 'più letti', 'ultime notizie', 'leggi anche', 'mais lidas', 'mais lidos',
    'últimas notícias', 'leia também', 'leia mais',
    // Not "Mehr dazu", "En savoir plus", "Más información", "Per approfondire": they also open sentences
    // ("Más información en la web del Instituto Nacional de Ciberseguridad, que …").
    'approfondisci', 'approfondimenti', 'veja também',
    'bildergalerie', 'fotostrecke', 'galerie photos', 'galería de fotos', 'fotogallery', 'galeria de fotos',
  ], true),
  ...entries('related', 'line', 3, [
    'mehr', 'weiter', 'zurück', 'mehr laden', 'alle anzeigen', 'voir plus', 'voir tout', 'suivant', 'précédent',
    'article suivant', 'ver todo', 'siguiente', 'anterior', 'mostra altro', 'vedi tutti', 'successivo', 'precedente',
    'ver todos', 'carregar mais', 'próximo',
  ], true),
  // Recommendation boxes, link labels and live-blog buttons of German, French, Spanish, Italian and
  // Portuguese sites.
  ...entries('related', 'any', 3, [
    'empfohlener redaktioneller inhalt', 'an dieser stelle finden sie einen externen inhalt', 'externe inhalte anzeigen',
    'externer inhalt', 'passend zum thema', 'ähnliche themen', 'weitere artikel zum thema',
    'ces articles peuvent vous intéresser', 'ces articles pourraient vous intéresser', 'vous pourriez aussi aimer',
    'vous aimerez également', 'recommandé pour vous', 'sélectionné pour vous', 'sur le même thème',
    'retrouvez toute l\'actualité', 'retrouvez tous nos articles', 'à voir aussi', 'à découvrir aussi',
    'quizás te interese', 'quizá te interese', 'también te puede interesar', 'recomendado para ti', 'recomendados para ti',
    'contenido relacionado', 'temas relacionados', 'más noticias sobre', 'potrebbero interessarti', 'potrebbe interessarti anche',
    'consigliati per te', 'sullo stesso argomento', 'articoli consigliati', 'dello stesso autore', 'leggi anche:',
    'você também pode gostar', 'você pode se interessar', 'pode te interessar', 'pode interessar a você',
    'recomendados para você', 'conteúdo relacionado', 'matérias relacionadas', 'reportagens relacionadas',
    'leia mais sobre', 'veja mais sobre', 'saiba mais sobre',
  ]),
  ...entries('related', 'head', 3, [
    'weitere artikel', 'mehr artikel', 'weitere nachrichten', 'mehr nachrichten', 'empfehlungen', 'unsere empfehlung',
    'unsere empfehlungen', 'beliebte artikel', 'meistgeklickt', 'meist gelesen', 'neueste artikel', 'aktuelle nachrichten',
    'verwandte themen', 'mehr erfahren', 'mehr infos', 'mehr informationen', 'lesen sie hier', 'lesen sie mehr',
    'hier geht es zum', 'hier geht es zur', 'hier geht\'s zum', 'hier geht\'s zur', 'zum artikel', 'zum video',
    'zur bildergalerie', 'zum liveticker', 'zum liveblog', 'zum podcast', 'bilderstrecke', 'galerie', 'fotogalerie',
    'alle artikel', 'alle videos', 'weitere videos', 'mehr videos', 'mehr aus',
    'à voir aussi', 'voir aussi', 'à découvrir', 'les plus partagés', 'les plus commentés', 'les plus populaires',
    'dernières actualités', 'dernières infos', 'dernières news', 'à la une', 'nos articles sur', 'plus d\'articles',
    'plus d\'infos', 'plus d\'actualités', 'diaporama', 'en images', 'en vidéo', 'vidéo', 'vidéos', 'voir la vidéo',
    'regarder la vidéo', 'nos recommandations', 'tous les articles',
    'recomendados', 'lo último', 'más leído', 'lo más visto', 'más vistos', 'más vistas', 'lo más compartido',
    'temas relacionados', 'sigue leyendo', 'galería', 'fotogalería', 'en imágenes', 'en vídeo', 'vídeo', 'vídeos',
    'ver vídeo', 'ver galería', 'ver mapa', 'te recomendamos', 'te puede interesar', 'no te pierdas',
    'altre notizie', 'altri articoli', 'vedi anche', 'guarda anche', 'le più lette', 'i più visti', 'più viste',
    'ultime news', 'correlati', 'foto gallery', 'videogallery', 'guarda il video', 'guarda la gallery',
    'guarda la videoricetta', 'guarda le foto', 'da non perdere', 'leggi altro', 'in evidenza oggi',
    'veja mais', 'mais notícias', 'mais sobre', 'relacionadas', 'mais vistas', 'mais vistos', 'mais populares',
    'galeria', 'em fotos', 'vídeo', 'vídeos', 'veja o vídeo', 'assista ao vídeo', 'veja as fotos', 'veja a galeria',
    'ler mais', 'não perca', 'recomendadas', 'últimas',
  ], true),
  ...entries('related', 'line', 3, [
    'mehr anzeigen', 'weitere laden', 'mehr laden', 'ältere einträge laden', 'neuere einträge', 'alle einträge',
    'alle einträge anzeigen', 'video abspielen', 'jetzt lesen', 'artikel lesen', 'zum artikel', 'mehr erfahren',
    'afficher plus', 'charger plus', 'voir la suite', 'lire l\'article', 'voir l\'article', 'voir la vidéo',
    'regarder', 'voir les photos', 'cargar más', 'mostrar más', 'ver todas', 'ver vídeo', 'ver galería',
    'leer artículo', 'leer noticia', 'leggi tutto', 'carica altri', 'carica altro', 'mostra di più', 'vedi tutte',
    'guarda il video', 'guarda la gallery', 'guarda', 'ver mais', 'mostrar mais', 'ver todas', 'ler notícia',
    'ler artigo', 'assistir', 'veja o vídeo', 'assista',
  ], true),
  // Post navigation and series notes of blogs and news sites.
  ...entries('related', 'head', 3, [
    'previous post', 'next post', 'older post', 'newer post', 'entrada anterior', 'entrada siguiente',
    'article précédent', 'articolo precedente', 'articolo successivo', 'post anterior', 'próximo post',
    'vorheriger beitrag', 'nächster beitrag', 'ver también', 'véase también', 'ver também', 'suggested topics',
    'más noticias', 'more real life stories',
  ], true),
  ...entries('related', 'any', 3, [
    'teil unseres dossiers', 'teil unserer serie', 'fait partie de notre dossier', 'fait partie de notre série',
    'forma parte de nuestro especial', 'forma parte de nuestra serie', 'fa parte del nostro speciale',
    'fa parte della nostra serie', 'faz parte do nosso especial', 'faz parte da nossa série',
    'part of our series', 'is part of our special',
  ]),
  ...entries('related', 'head', 3, ['explore more on these topics', 'etiquetas', 'schlagwörter', 'mots-clés', 'parole chiave'], true),
]
