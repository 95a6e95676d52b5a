/** Scraper metadata glued into the text (field prefixes), bylines and timestamps. */
import { entries } from './types.js'

export const metadata = [
  ...entries('metadata', 'any', 2, ['reading time', 'min read', 'minute read', 'minutes read', 'tempo de leitura', 'lesezeit', 'temps de lecture', 'tiempo de lectura']),
  ...entries('metadata', 'any', 3, [
    'reach the reporter', 'reach the reporters', 'reach the writer', 'contact the reporter', 'email the author',
    'follow the reporter', 'contact the author',
  ]),
  ...entries('metadata', 'head', 2, [
    'published on', 'last updated', 'updated on', 'first published', 'posted on', 'posted by',
    'published', 'updated', 'posted', 'written by', 'words by', 'author', 'tags:', 'tag:', 'filed under', 'categories:', 'category:',
  ], true),
  ...entries('metadata', 'line', 2, ['by', 'updated', 'published', 'posted', 'author', 'authors', 'written by'], true),
  // German, French, Spanish, Italian, Portuguese.
  ...entries('metadata', 'any', 2, ['tempo di lettura', 'min. lesezeit', 'min de lecture', 'min de lectura', 'min di lettura', 'min de leitura']),
  ...entries('metadata', 'head', 2, [
    'veröffentlicht am', 'aktualisiert am', 'zuletzt aktualisiert', 'veröffentlicht', 'aktualisiert', 'publié le',
    'mis à jour le', 'publié', 'mis à jour', 'publicado el', 'actualizado el', 'actualizado', 'pubblicato il',
    'aggiornato il', 'pubblicato', 'aggiornato', 'publicado em', 'atualizado em', 'atualizado', 'publicado',
    'autor', 'auteur', 'autore', 'autora', 'schlagwörter', 'mots-clés', 'etiquetas',
  ], true),
  ...entries('metadata', 'line', 2, [
    'autor', 'autora', 'auteur', 'autore', 'veröffentlicht', 'aktualisiert', 'publié', 'mis à jour', 'publicado',
    'actualizado', 'pubblicato', 'aggiornato', 'atualizado',
  ], true),
  // Reading times, update stamps and author lines of German, French, Spanish, Italian and Portuguese sites.
  ...entries('metadata', 'any', 2, ['minuten lesezeit', 'minutos de lectura', 'minuti di lettura', 'minutos de leitura']),
  ...entries('metadata', 'head', 2, [
    'lesedauer', 'stand:', 'letztes update', 'erschienen am', 'zuletzt geändert', 'modifié le', 'rédigé par', 'écrit par',
    'actualizado a las', 'actualizada', 'publicada', 'escrito por', 'scritto da', 'a cura di', 'a cura della',
    'data di pubblicazione', 'ultimo aggiornamento', 'aggiornato alle', 'atualizado às', 'atualizada em',
    'publicada em', 'notícia atualizada', 'última actualización', 'última atualização', 'lectura:', 'lecture :',
  ], true),
  // Press releases' embargo lines and a feature's first home.
  ...entries('metadata', 'head', 3, ['embargoed until'], true),
  ...entries('metadata', 'any', 3, [
    'this article first appeared in', 'this story first appeared in', 'this feature first appeared in',
    'this piece first appeared in',
  ]),
]
