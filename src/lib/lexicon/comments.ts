/** Comment prompts and comment-section furniture. */
import { entries } from './types.js'

export const comments = [
  ...entries('comments', 'any', 3, [
    'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'write a comment',
    'join the conversation', 'join the discussion', 'comments are closed', 'comments have been closed',
    'comment on this', 'view comments', 'show comments', 'hide comments', 'load comments', 'no comments yet',
    'be the first to comment', 'you must be logged in', 'logged in to post', 'community guidelines',
    'comment policy', 'what do you think', 'let us know in the comments', 'in the comments below',
    'tell us what you think', 'your comment', 'reply to this', 'sort by', 'oldest first', 'newest first',
    'commenting is', 'comments section', 'comments powered by',
  ]),
  ...entries('comments', 'line', 3, ['comments', 'reply', 'replies', 'report', 'flag', 'upvote', 'discussion'], true),
]
