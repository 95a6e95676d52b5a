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
    'said says one two new like even still many much well back ' +
    // German, French, Spanish, Italian, Portuguese, Dutch, Indonesian: enough function words that
    // prose in these languages reads as prose.
    'der die das und ist nicht ein eine einen dem den des mit von zu auf für sich auch als bei nach wie aus ' +
    'wird werden sind war hat haben noch nur oder aber wenn dass so im zum zur vom über unter ' +
    'le la les et est un une des du au aux pour dans par sur ne pas qui que se sont avec ce cette il elle ' +
    'ils nous vous leur plus mais ou été être fait comme tout ses son sa ' +
    'el los las y es en una unos del al por con para su sus lo como más pero o fue ha son se le ' +
    'il lo gli di da che è non per una sono anche alla della delle dei nel nella con ma si ' +
    'os as um uma do da dos das em no na não por com para mais foi são ao à ' +
    'de het een en van is dat op te zijn niet met voor ook aan er maar om dan ' +
    'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke ada atau oleh sudah ' +
    // More of the commonest function words of German, French, Spanish, Italian and Portuguese, so
    // that their prose reaches the stopword share English prose does with the English list above.
    'im am es ich wir uns er man sein seine seiner ihre ihr ihm ihn ihnen einem einer eines diese dieser ' +
    'dieses dann schon sehr kann muss soll will immer wieder mehr ganz da denn weil doch etwa bis seit ' +
    'gegen ohne durch um vor ab an ob was wer wo alle kein keine mich mir nun hier dort ' +
    'en je tu on lui y ces mes nos vos leurs aussi très peut sans sous entre depuis avant après encore ' +
    'déjà où quand si dont était avait ont sera fait même car donc ' +
    'esta este estos estas ese esa eso muy sin sobre entre desde hasta también cuando donde ya hay era ' +
    'está están sido tiene tienen puede porque ni nos les mi tu ' +
    'gli le nei negli sul sulla dal dalla ed più anche come quando dove già ancora molto senza tra fra ' +
    'questo questa quello quella sono stato stata hanno aveva era può perché cui ' +
    'nos nas pelo pela pelos pelas mas muito sem entre desde até quando onde já ainda também este esta ' +
    'isso isto ele ela eles elas seu sua foram tem têm pode porque'
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
  // German, French, Spanish, Italian, Portuguese.
  'sagte', 'sagten', 'erklärte', 'betonte', 'mitteilte', 'berichtete', 'bestätigte', 'warnte', 'kritisierte',
  'zufolge', 'laut', 'dit', 'déclaré', 'affirmé', 'expliqué', 'ajouté', 'indiqué', 'précisé', 'souligné',
  'annoncé', 'assuré', 'selon', 'dijo', 'afirmó', 'explicó', 'señaló', 'aseguró', 'añadió', 'indicó', 'declaró',
  'informó', 'anunció', 'advirtió', 'según', 'detto', 'dichiarato', 'spiegato', 'affermato', 'aggiunto',
  'sottolineato', 'annunciato', 'riferito', 'secondo', 'disse', 'afirmou', 'explicou', 'declarou', 'informou',
  'anunciou', 'destacou', 'ressaltou', 'acrescentou', 'segundo',
  // Asking and writing, past tense: a call to action someone gave is reported ("Siga @ProtecaoCivil para os
  // avisos, pediu o comandante.").
  'advised', 'advise', 'advises', 'tweeted', 'schrieb', 'riet', 'bat', 'forderte', 'appellierte', 'recommandé', 'écrivait', 'demandé',
  'pidió', 'publicó', 'escribió', 'recomendó', 'tuiteó', 'scriveva', 'chiesto', 'raccomandato', 'pediu',
  'escreveu', 'indicou', 'recomendou',
])

/** Verbs that open a call to action when they start a short block or sentence. */
export const ctaVerbs: ReadonlySet<string> = new Set([
  'sign', 'subscribe', 'donate', 'support', 'join', 'click', 'tap', 'follow', 'download', 'register', 'log',
  'login', 'share', 'become', 'give', 'upgrade', 'unlock', 'install', 'visit', 'contact', 'read', 'listen',
  'watch', 'claim', 'shop', 'buy', 'leave', 'comment', 'tweet', 'email', 'chip', 'get',
])

/**
 * Function words frequent in one language and rare in the others (words shared by two of them,
 * such as "que", "una", "il", "mais", "um", are left out), for the guess that picks a sentence
 * splitter. English is the default.
 */
export const languageMarkers: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'it' | 'pt', readonly string[]>> = {
  en: (
    'the and of to that with for was are this it he she said says have has from by which will were they not ' +
    'but be been would their who after'
  ).split(' '),
  de: (
    'der die und ist nicht ein eine einen dem den mit von zu auf für sich auch wird werden sind hat haben ' +
    'noch nur oder aber wenn dass im zum zur über sie er wir ich nach bei sagte'
  ).split(' '),
  fr: (
    'les et est une du au aux pour dans par sur pas qui sont avec ce cette elle ils nous vous leur été être ' +
    'ont était selon déclaré'
  ).split(' '),
  es: 'el los las y más pero fue sus también según están hay dijo muy cuando donde ya'.split(' '),
  it: (
    'gli di che è sono anche alla della delle dei nel nella degli questo questa più stato dal dalla sul sulla ' +
    'ed detto'
  ).split(' '),
  pt: 'os uma em não ao pelo pela nas são foi também ainda já às seu'.split(' '),
}
