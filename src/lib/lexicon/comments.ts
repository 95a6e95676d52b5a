/** Comment prompts and comment-section furniture. */
import { entries } from './types.js'

export const comments = [
  ...entries('comments', 'any', 3, [
    'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'write a comment',
    'join the conversation', 'join the discussion', 'comments are closed', 'comments have been closed',
    'view comments', 'show comments', 'hide comments', 'load comments', 'no comments yet',
    'be the first to comment', 'you must be logged in', 'logged in to post', 'let us know in the comments',
    'in the comments below', 'comments powered by', 'cancel reply', 'your email address will not be published',
    'required fields are marked',
    // Recipe and obituary sites.
    'rate this recipe', 'leave a review', 'write a review', 'sign the guest book', 'sign the guestbook',
    'view guest book', 'view guestbook', 'offer condolences', 'leave a condolence', 'sign guest book',
    // Forums.
    'log in or register to reply', 'similar threads',
  ]),
  ...entries('comments', 'any', 2, ['comment policy', 'community guidelines', 'your comment', 'tell us what you think']),
  ...entries('comments', 'any', 1.5, ['what do you think', 'reply to this', 'comments section', 'oldest first', 'newest first']),
  ...entries('comments', 'head', 3, [
    'top rated comments', 'reader comments', 'readers\' comments', 'most popular comments', 'comments',
    'view all comments', 'show comments', 'discussion', 'conversation', 'responses', 'join the discussion',
    'join the conversation', 'leave a reply', 'leave a comment', 'kommentare', 'commentaires', 'comentarios',
  ], true),
  ...entries('comments', 'line', 3, ['comments', 'reply', 'replies', 'report', 'flag', 'upvote', 'discussion', 'comment'], true),
  // German, French, Spanish, Italian, Portuguese.
  ...entries('comments', 'any', 3, [
    'kommentar schreiben', 'schreiben sie einen kommentar', 'kommentare anzeigen', 'kommentare sind geschlossen',
    'ihre e-mail-adresse wird nicht veröffentlicht', 'laisser un commentaire', 'ajouter un commentaire',
    'écrire un commentaire', 'réagir à cet article', 'voir les commentaires', 'les commentaires sont fermés',
    'votre adresse e-mail ne sera pas publiée', 'deja un comentario', 'dejar un comentario', 'escribe un comentario',
    'ver comentarios', 'los comentarios están cerrados', 'tu dirección de correo electrónico no será publicada',
    'lascia un commento', 'scrivi un commento', 'aggiungi un commento', 'i commenti sono chiusi', 'mostra commenti',
    'il tuo indirizzo email non sarà pubblicato', 'deixe um comentário', 'deixe seu comentário', 'escreva um comentário',
    'ver comentários', 'os comentários estão fechados', 'o seu endereço de e-mail não será publicado',
  ]),
  ...entries('comments', 'head', 3, ['leserkommentare', 'commenti', 'comentários', 'réactions'], true),
  ...entries('comments', 'line', 3, [
    'kommentare', 'antworten', 'melden', 'commentaires', 'répondre', 'signaler', 'comentarios', 'responder',
    'denunciar', 'commenti', 'rispondi', 'segnala', 'comentários',
  ], true),
  ...entries('comments', 'line', 3, ['have your say', 'join the debate', 'start the conversation'], true),
]
