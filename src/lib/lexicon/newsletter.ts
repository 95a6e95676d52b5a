/** Newsletter and email sign-ups. */
import { entries } from './types.js'

export const newsletter = [
  ...entries('newsletter', 'any', 3, [
    'sign up for our', 'sign up to our', 'sign up for the', 'subscribe to our newsletter',
    'subscribe to our', 'our newsletter', 'our newsletters', 'our daily newsletter', 'our weekly newsletter',
    'our free newsletter', 'newsletter sign up', 'newsletter signup', 'sign up for free', 'sign up here',
    'sign up now', 'get our newsletter', 'get the newsletter', 'get our free', 'delivered to your inbox',
    'straight to your inbox', 'in your inbox', 'to your inbox', 'your inbox every', 'enter your email',
    'your email address', 'email address', 'by signing up', 'by subscribing', 'you agree to our',
    'thanks for signing up', 'thank you for signing up', 'you are now subscribed', 'privacy notice',
    'unsubscribe at any time', 'you can unsubscribe', 'invalid email', 'please enter a valid email',
    'most important stories', 'best stories', 'top stories delivered', 'daily briefing',
    'this newsletter', 'newsletter you', 'morning briefing', 'evening briefing',
  ]),
  ...entries('newsletter', 'line', 3, ['newsletter', 'newsletters', 'sign up', 'subscribe', 'email', 'e-mail'], true),
]
