/** Navigation, menus, breadcrumbs and skip links. */
import { entries } from './types.js'

export const navigation = [
  ...entries('navigation', 'any', 3, [
    'skip to main content', 'skip to content', 'skip to navigation', 'skip to footer', 'skip navigation',
    'main menu', 'toggle navigation', 'open menu', 'close menu', 'back to top', 'return to top',
    'scroll to top', 'site search', 'search this site', 'you are here', 'open navigation', 'main navigation',
    'all sections', 'search for:', 'search form',
  ]),
  ...entries('navigation', 'head', 2, ['back to', 'go to', 'jump to'], true),
  ...entries('navigation', 'line', 1.5, [
    'home', 'menu', 'search', 'news', 'world', 'politics', 'business', 'sport', 'sports', 'opinion',
    'culture', 'lifestyle', 'entertainment', 'technology', 'tech', 'science', 'health', 'travel', 'food',
    'style', 'arts', 'books', 'weather', 'video', 'videos', 'podcasts', 'podcast', 'photos', 'gallery',
    'local', 'national', 'us', 'uk', 'europe', 'asia', 'africa', 'americas', 'middle east', 'australia',
    'markets', 'economy', 'money', 'finance', 'education', 'environment', 'climate', 'crime', 'obituaries',
    'magazine', 'the magazine', 'sections', 'more', 'all', 'top', 'back', 'skip', 'close', 'open', 'next',
    'previous', 'today', 'latest', 'live', 'newsletters', 'events', 'shop', 'deals', 'reviews', 'guides',
    'features', 'columns', 'columnists', 'editorials', 'letters', 'cartoons', 'puzzles', 'crosswords',
    'games', 'horoscopes', 'classifieds', 'real estate', 'autos', 'cars', 'jobs', 'explainers', 'homepage',
  ], true),
]
