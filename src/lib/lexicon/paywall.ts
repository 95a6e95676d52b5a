/** Paywalls, subscription offers and login walls. */
import { entries } from './types.js'

export const paywall = [
  ...entries('paywall', 'any', 3, [
    'subscribe to continue reading', 'subscribe to read', 'subscribe to keep reading', 'subscribe now',
    'subscribe today', 'subscribers only', 'subscriber-only', 'subscriber exclusive', 'for subscribers',
    'already a subscriber', 'already have an account', 'already subscribed', 'to continue reading',
    'continue reading with', 'keep reading for', 'unlock this article', 'unlock unlimited', 'unlimited access',
    'unlimited digital access', 'full digital access', 'digital subscription', 'digital access',
    'this article is for subscribers', 'this content is for subscribers', 'premium article', 'premium content',
    'start your free trial', 'start your subscription', 'free trial', 'cancel anytime', 'cancel at any time',
    'you have reached your limit', 'free articles remaining', 'free article limit', 'articles left',
    'you\'ve read', 'create a free account', 'create an account', 'register for free', 'register to read',
    'sign in to continue', 'log in to continue', 'sign in to read', 'log in to read', 'login to continue',
    'to read the full', 'read the full story', 'read the full article', 'get full access', 'gain access',
    'become a subscriber', 'subscribe for', 'billed annually',
    'billed monthly', 'for the first month', 'for your first', 'first month free',
    'best value', 'limited time offer', 'special offer', 'introductory offer',
    'manage your subscription', 'subscription required',
  ]),
  ...entries('paywall', 'line', 3, [
    'subscribe', 'subscribe now', 'sign in', 'sign up', 'log in', 'login', 'log out', 'logout', 'sign out',
    'register', 'my account', 'account', 'log in or sign up', 'sign in or register', 'create account',
    'subscriptions', 'my profile', 'profile', 'settings', 'e-edition', 'manage account',
  ], true),
]
