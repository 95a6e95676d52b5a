/** Newsletter and email sign-ups. */
import { entries } from './types.js'

export const newsletter = [
  ...entries('newsletter', 'any', 3, [
    'sign up for our', 'sign up to our', 'subscribe to our newsletter', 'subscribe to our',
    'our newsletter', 'our newsletters', 'our daily newsletter', 'our weekly newsletter', 'our free newsletter',
    'newsletter sign up', 'newsletter signup', 'sign up for free', 'sign up here', 'sign up now',
    'get our newsletter', 'get the newsletter', 'get our free', 'delivered to your inbox',
    'straight to your inbox', 'direct to your inbox', 'your inbox every', 'enter your email', 'by signing up',
    'thanks for signing up', 'thank you for signing up', 'you are now subscribed', 'unsubscribe at any time',
    'you can unsubscribe', 'please enter a valid email', 'invalid email address',
  ]),
  ...entries('newsletter', 'any', 2, [
    'in your inbox', 'to your inbox', 'your email address', 'by subscribing',
    'you agree to our', 'top stories delivered',
  ]),
  ...entries('newsletter', 'any', 1.5, ['sign up for the', 'most important stories', 'privacy notice', 'daily briefing', 'morning briefing']),
  ...entries('newsletter', 'line', 3, ['newsletter', 'newsletters', 'sign up', 'subscribe', 'email', 'e-mail'], true),
]
