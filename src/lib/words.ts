/**
 * Word lists used by the features: function words (stopwords), pronouns, reporting verbs and
 * call-to-action verbs. Data, not logic.
 */

/** English function words, for the stopword density that separates prose from menus. */
export const stopwords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
    'myself no nor not now of off on once only or other our ours ourselves out over own same she should so ' +
    'some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself also may might must shall since though unless upon whether yet its it\'s that\'s ' +
    'there\'s he\'s she\'s they\'re we\'re i\'m don\'t didn\'t doesn\'t isn\'t wasn\'t won\'t can\'t ' +
    'said says one two new like even still many much well back'
  ).split(' '),
)

export const secondPerson: ReadonlySet<string> = new Set([
  'you', 'your', 'yours', 'yourself', "you're", "you'll", "you've", "you'd",
])

export const firstPersonPlural: ReadonlySet<string> = new Set(['we', 'our', 'us', 'ours', "we're", "we've", "we'll"])

export const thirdPerson: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'his', 'her', 'their', 'him', 'them', 'hers', 'theirs', "he's", "she's", "they're",
])

/** Verbs of reported speech: the strongest single sign of news prose. */
export const reportingVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'asked', 'explained', 'stated', 'noted', 'reported', 'announced',
  'wrote', 'argued', 'insisted', 'claimed', 'confirmed', 'warned', 'admitted', 'recalled', 'replied', 'estimated',
  'testified', 'acknowledged', 'suggested', 'according', 'denied', 'alleged', 'urged',
])

/** Verbs that open a call to action when they start a short block or sentence. */
export const ctaVerbs: ReadonlySet<string> = new Set([
  'sign', 'subscribe', 'donate', 'support', 'join', 'click', 'tap', 'follow', 'download', 'register', 'log',
  'login', 'share', 'become', 'give', 'upgrade', 'unlock', 'install', 'discover', 'explore', 'visit', 'contact',
  'read', 'listen', 'watch', 'get', 'try', 'start', 'enter', 'claim', 'save', 'shop', 'buy', 'order', 'book',
  'leave', 'comment', 'tweet', 'email', 'like', 'help', 'chip', 'please', 'don\'t', 'never', 'stay', 'continue',
])
