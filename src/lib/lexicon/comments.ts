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
  ]),
  ...entries('comments', 'any', 2, ['comment policy', 'community guidelines', 'your comment', 'tell us what you think']),
  ...entries('comments', 'any', 1.5, ['what do you think', 'reply to this', 'comments section', 'oldest first', 'newest first']),
  ...entries('comments', 'head', 3, [
    'top rated comments', 'reader comments', 'readers\' comments', 'most popular comments', 'comments',
    'view all comments', 'show comments', 'discussion', 'conversation', 'responses', 'join the discussion',
    'join the conversation', 'leave a reply', 'leave a comment', 'kommentare', 'commentaires', 'comentarios',
  ], true),
  ...entries('comments', 'line', 3, ['comments', 'reply', 'replies', 'report', 'flag', 'upvote', 'discussion', 'comment'], true),
]
