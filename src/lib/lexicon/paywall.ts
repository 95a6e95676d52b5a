/** Paywalls, subscription offers and login walls. */
import { entries } from './types.js'

export const paywall = [
  ...entries('paywall', 'any', 3, [
    'subscribe to continue reading', 'subscribe to read', 'subscribe to keep reading', 'subscribe now',
    'subscribe today', 'subscribers only', 'subscriber-only', 'subscriber exclusive', 'already a subscriber',
    'already have an account', 'already subscribed', 'to continue reading', 'continue reading with',
    'keep reading for', 'unlock this article', 'unlock unlimited', 'unlimited digital access',
    'full digital access', 'this article is for subscribers', 'this content is for subscribers',
    'start your free trial', 'start your subscription', 'cancel anytime', 'cancel at any time',
    'you have reached your limit', 'free articles remaining', 'free article limit', 'articles left this month',
    'create a free account', 'register for free', 'register to read', 'sign in to continue',
    'log in to continue', 'sign in to read', 'log in to read', 'login to continue', 'to read the full article',
    'get full access', 'become a subscriber', 'billed annually', 'billed monthly', 'first month free',
    'subscription required', 'limited time offer', 'introductory offer',
  ]),
  ...entries('paywall', 'any', 2, [
    'create an account', 'read the full story', 'for subscribers', 'premium article', 'subscribe for',
    'manage your subscription', 'special offer', 'best value',
  ]),
  ...entries('paywall', 'any', 1.5, ['unlimited access', 'free trial', 'digital access', 'premium content']),
  ...entries('paywall', 'line', 3, [
    'subscribe', 'subscribe now', 'sign in', 'sign up', 'log in', 'login', 'log out', 'logout', 'sign out',
    'register', 'my account', 'account', 'log in or sign up', 'sign in or register', 'create account',
    'subscriptions', 'my profile', 'profile', 'settings', 'e-edition', 'manage account', 'premium',
  ], true),
]
