/**
 * Calls to action, as parts rather than phrases: the verb that opens the sentence, the words that
 * address the reader or speak as the publication, and the object the reader is asked to take (an
 * inbox, an app, a membership, an offer), each object with the category it signals. The scorer
 * (`callToAction()` in score.ts) puts them together, so that "Get the latest news on our WhatsApp
 * channel" or "Abonnez-vous à notre lettre du soir" is found although no phrase list names it.
 * Data only; all six languages are first-class. Words are lower-case single tokens (the tokenizer
 * splits "inscrivez-vous" into "inscrivez" and "vous").
 */
import type { Category } from '../types.js'

/**
 * Verbs that ask for something promotional by themselves (subscribe, download, donate, follow):
 * with an object, any address to the reader counts ("Subscribe so you never miss an episode").
 */
export const promoVerbs: readonly string[] = [
  // English
  'sign', 'subscribe', 'donate', 'support', 'join', 'follow', 'download', 'install', 'upgrade', 'unlock',
  'become', 'give', 'claim', 'get', 'try', 'listen', 'watch', 'share', 'tag', 'pin', 'rate', 'register',
  'log', 'login', 'chip', 'tweet', 'comment', 'leave', 'bet', 'stream', 'grab', 'shop', 'buy', 'order', 'book',
  'bookmark', 'unsubscribe', 'reserve',
  // German (imperatives and the infinitives of buttons)
  'abonnieren', 'abonniere', 'abonniert', 'melden', 'melde', 'laden', 'lade', 'holen', 'hol', 'folgen', 'folge',
  'teilen', 'teile', 'unterstützen', 'unterstütze', 'registrieren', 'registriere', 'testen', 'teste', 'sichern',
  'sichere', 'spenden', 'spende', 'werden', 'werde', 'hören', 'höre', 'bestellen', 'bestelle', 'verpasse',
  'verpassen', 'trag', 'tragen', 'merke', 'markiere', 'bewerte', 'bewerten', 'lass', 'lassen', 'kaufen', 'kaufe',
  'buchen', 'buche', 'schauen', 'schau', 'schaue', 'schaut', 'anschauen', 'ansehen', 'streamen', 'streame',
  'probieren', 'probiere', 'trage', 'verschenken', 'verschenke', 'kommentieren', 'kommentiere', 'installieren',
  'installiere',
  // French
  'abonnez', 'abonne', 'inscrivez', 'inscris', 'téléchargez', 'télécharge', 'suivez', 'suis', 'rejoignez',
  'rejoins', 'soutenez', 'soutiens', 'partagez', 'partage', 'profitez', 'profite', 'recevez', 'reçois',
  'devenez', 'deviens', 'faites', 'fais', 'testez', 'essayez', 'écoutez', 'écoute', 'connectez', 'créez',
  'notez', 'épinglez', 'épingle', 'laissez', 'laisse', 'achetez', 'achète', 'réservez', 'réserve', 'commandez',
  'regardez', 'regarde', 'revivez', 'revis', 'offrez', 'commentez', 'réagissez', 'votez', 'installez', 'essaie',
  'regarder', 'écouter', 'télécharger',
  // Spanish
  'suscríbete', 'suscribete', 'suscríbase', 'regístrate', 'registrate', 'regístrese', 'descarga', 'descargue',
  'descárgate', 'síguenos', 'siguenos', 'sigue', 'siga', 'únete', 'unete', 'apoya', 'apoye', 'comparte',
  'comparta', 'recibe', 'reciba', 'hazte', 'hágase', 'dona', 'colabora', 'prueba', 'aprovecha',
  'consigue', 'escucha', 'inicia', 'deja', 'valora', 'etiquétanos', 'guarda', 'compra', 'reserva',
  'apúntate', 'apuntate', 'disfruta', 'disfrute', 'revive', 'reviva', 'regala', 'comenta', 'instala', 'escúchalo',
  'descárgala', 'cómpralo', 'síguelo', 'suscribirse', 'suscribirte',
  // Italian
  'iscriviti', 'abbonati', 'scarica', 'scaricate', 'seguici', 'segui', 'sostieni', 'sosteneteci', 'condividi',
  'ricevi', 'diventa', 'prova', 'approfitta', 'ascolta', 'registrati', 'unisciti', 'accedi', 'lascia',
  'lasciate', 'vota', 'salva', 'acquista', 'prenota', 'guarda', 'guardate', 'rivivi', 'commenta', 'regala',
  'installa', 'iscrivetevi', 'abbonatevi', 'seguiteci', 'approfittane', 'acquistalo', 'ascoltate', 'abbonarsi',
  // Portuguese
  'assine', 'assina', 'inscreva', 'baixe', 'baixa', 'descarregue', 'siga', 'apoie', 'apoia', 'compartilhe',
  'partilhe', 'receba', 'torne', 'doe', 'experimente', 'aproveite', 'ouça', 'cadastre', 'registe', 'avalie',
  'salve', 'deixe', 'assista', 'fique', 'compre', 'acompanhe', 'reviva', 'comente', 'garanta', 'subscreva',
  'subscreve', 'descarrega', 'instale', 'assistir', 'ouvir', 'baixar', 'assinar',
]

/**
 * Verbs that sign the reader up for something, which a name may stand for ("Sign up for TechPolicy Weekly.",
 * "Subscribe to The Money Memo for more consumer news."): after one of them, a word in capitals in a short
 * sentence is the object (a newsletter's, a podcast's or a membership's name). Not verbs that take places
 * and people as often ("Follow Route 66 west …", "Join Smith and colleagues at …"). "Sign" counts with "up" only.
 */
export const namingVerbs: readonly string[] = [
  'sign', 'subscribe', 'abonnieren', 'abonniere', 'abonnez', 'inscrivez', 'suscríbete', 'suscribete', 'suscríbase',
  'iscriviti', 'abbonati', 'assine', 'subscreva', 'inscreva',
]

/**
 * Verbs that open instructions as often as promotions (read, check, use, turn on): they count only
 * with an object and the publication's voice or a push for now ("Use our calculator", "Check out our
 * deals today"), never with "your" alone ("Check your email for the confirmation link").
 */
export const plainVerbs: readonly string[] = [
  'read', 'visit', 'contact', 'click', 'tap', 'email', 'send', 'submit', 'tell', 'use', 'enable', 'activate',
  'turn', 'add', 'enter', 'discover', 'explore', 'check', 'see', 'find', 'catch', 'stay', 'keep', 'never',
  "don't", 'want', 'receive', 'create', 'continue', 'let', 'save', 'start', 'head', 'browse', 'compare', 'jetzt',
  'lesen', 'lies', 'entdecken', 'entdecke', 'erhalten', 'aktivieren', 'aktiviere', 'klicken', 'klicke', 'schreiben',
  'schreibe', 'besuchen', 'besuche', 'sehen', 'nutzen', 'nutze', 'schicken', 'schicke', 'schick', 'stöbern',
  'stöbere', 'erfahren', 'erfahre', 'diskutieren',
  'lisez', 'lis', 'découvrez', 'découvre', 'activez', 'active', 'cliquez', 'clique', 'retrouvez', 'retrouve',
  'écrivez', 'visitez', 'envoyez', 'consultez', 'voir', 'découvrir', 'lire', 'aidez', 'donnez', 'participez',
  'accédez', 'profiter', 'tentez',
  'lee', 'lea', 'descubre', 'activa', 'haz', 'haga', 'accede', 'acceda', 'entra', 'escribe',
  'visita', 'envía', 'consulta', 'ver', 'mira', 'mire', 'conoce', 'participa', 'ayúdanos', 'descubrir', 'leer',
  'pincha', 'accede', 'calcula', 'compara',
  'leggi', 'scopri', 'attiva', 'clicca', 'scrivi', 'invia', 'vedi', 'sfoglia', 'partecipa', 'aiutaci', 'visita',
  'consulta', 'scoprire', 'leggere', 'entra',
  'leia', 'descubra', 'ative', 'clique', 'acesse', 'aceda', 'escreva', 'visite', 'envie', 'consulte', 'confira',
  // Not 'veja': the name of a news magazine ("Veja publicou fotos inéditas").
  'entre', 'ver', 'conheça', 'participe', 'role', 'segue', 'clica', 'acede', 'lê', 'saiba',
  'conferir', 'confere',
]

/** Words that address the reader (you, your; Sie, vous, tu, você). */
export const readerWords: readonly string[] = [
  'you', 'your', 'yours', "you're", "you'll", "you've",
  // Not "Sie" and "Ihr": the same words say she, they and her.
  'dich', 'dein', 'deine', 'deinen', 'dir', 'deinem', 'deiner', 'euch', 'eure', 'euer', 'euren',
  'vous', 'votre', 'vos', 'toi', 'ton', 'ta', 'tes',
  'tu', 'tus', 'te', 'usted', 'vuestro', 'vuestra', 'vuestros', 'vuestras', 'os',
  'tuo', 'tua', 'tuoi', 'tue', 'ti', 'vostro', 'vostra', 'vostri', 'vostre',
  'você', 'voce', 'seu', 'sua', 'seus', 'suas', 'vocês', 'teu', 'teus', 'tuas',
]

/**
 * Words of the publication's voice or of a push to act now (our, us, today, free, here): with an
 * object, they make any opening verb a call to action.
 */
export const voiceWords: readonly string[] = [
  'our', 'us', 'we', "we'll", "we're", 'now', 'today', "today's", 'free', 'here',
  'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'hier', 'kostenlos', 'gratis', 'sofort', 'jetzt',
  'heute', 'wir', 'kostenlosen', 'kostenlose',
  'nous', 'notre', 'nos', 'maintenant', 'ici', 'gratuit', 'gratuite', 'gratuitement', 'aujourd\'hui',
  'nuestro', 'nuestra', 'nuestros', 'nuestras', 'ahora', 'aquí', 'aqui', 'hoy', 'gratuito', 'gratuita',
  'nostro', 'nostra', 'nostri', 'nostre', 'ci', 'ora', 'subito', 'qui', 'gratuitamente', 'oggi', 'noi',
  'nosso', 'nossa', 'nossos', 'nossas', 'agora', 'já', 'grátis', 'hoje',
]

/**
 * Verbs that sell or hand something over (buy, order, shop, download): with the publication's possessive in
 * the same sentence (`ourWords`), a paragraph's later sentence that opens with one is looked at on its own
 * ("… in cast iron. Shop our full range of care products.", "Descarregue o nosso modelo de currículo
 * gratuito."), though it names nothing the object lists know. Not verbs that open instructions and
 * directions as often ("Pin a marker here …", "Leave the tray here …", "Sigue aquí a la izquierda …").
 */
export const sellingVerbs: readonly string[] = [
  'buy', 'order', 'shop', 'download', 'kaufe', 'kaufen', 'bestelle', 'bestellen', 'achetez', 'commandez', 'téléchargez',
  'compra', 'compre', 'descarga', 'descargue', 'acquista', 'ordina', 'scarica', 'baixe', 'descarregue', 'encomende',
]

/**
 * The publication's possessive (our, notre, unser, nuestro, nostro, nosso): not "nos", which Spanish and
 * Portuguese use for "us" and "in the", nor subject pronouns ("we waited 40 minutes"), nor "here" or "free".
 */
export const ourWords: readonly string[] = [
  'our', 'notre', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres', 'nuestro', 'nuestra', 'nuestros',
  'nuestras', 'nostro', 'nostra', 'nostri', 'nostre', 'nosso', 'nossa', 'nossos', 'nossas',
]

/**
 * Reader and voice words that another of the six languages uses for something else: Portuguese "os" (the)
 * and "seu", "sua" (his, her, its), French "qui" (who), Italian "ci" (there), Portuguese "uns" (some),
 * French "hier" (yesterday), "ora", "já" (already). A statement in the third person may hold them ("… vai
 * deixar de enviar a sua newsletter diária …"; see `topicStatement()` in score.ts).
 */
export const sharedWords: readonly string[] = ['os', 'seu', 'sua', 'seus', 'suas', 'qui', 'ci', 'uns', 'hier', 'ora', 'já']

/**
 * The shared words that are pronouns or articles in one language and the publication's voice in another
 * (Portuguese "uns", some, is German "us"): unlike a shared adverb ("Subscreva já.", "Acquista ora"), one of
 * them after a verb that asks is no push to act ("Deixe amornar por uns 10 minutos.").
 */
export const sharedPronouns: readonly string[] = ['os', 'seu', 'sua', 'seus', 'suas', 'ci', 'uns']

/**
 * What a call to action asks the reader to take, by category. Some verbs are their own object
 * ("Subscribe so you never miss an episode", "Inscrivez-vous"): they are listed here too.
 */
export const promoObjects: Readonly<Partial<Record<Category, readonly string[]>>> = {
  newsletter: [
    'inscrivez', 'inscreva', 'iscriviti', 'newsletter', 'newsletters', 'inbox', 'emails', 'email', 'e-mail', 'e-mails', 'briefing', 'briefings', 'digest',
    'bulletin', 'postfach', 'boletín', 'boletin', 'boletines', 'boletim', 'casella', 'posteingang', 'infolettre',
    'correo',
  ],
  app: [
    'app', 'apps', 'spotify', 'google', 'notifications', 'notification', 'alerts', 'podcast', 'podcasts', 'channel', 'whatsapp', 'telegram',
    'feed', 'feeds', 'benachrichtigungen', 'push', 'kanal', 'application', 'appli', 'notificaciones', 'aplicación',
    'aplicacion', 'aplicativo', 'aplicação', 'notifiche', 'notificações', 'canal', 'canale', 'chaîne',
    'épisode', 'épisodes', 'episodio', 'episodios', 'episodi', 'episódio', 'episódios', 'puntata', 'eilmeldungen',
    'alertes', 'alertas',
  ],
  paywall: [
    'subscribe', 'abonnieren', 'abonnez', 'abonne', 'suscríbete', 'suscribete', 'suscríbase',
    'abbonati', 'assine', 'assina', 'trial', 'offer', 'offers', 'subscription', 'subscriptions', 'premium', 'subscriber', 'subscribers', 'abo',
    'abonnement', 'probeabo', 'angebot', 'abonnent', 'offre', 'essai', 'abonné', 'abonnés', 'suscripción',
    'suscriptor', 'suscriptores', 'oferta', 'abbonamento', 'abbonato', 'abbonati', 'offerta', 'assinatura',
    'assinante', 'assinantes', 'angebote', 'abos', 'digitalabo', 'abonnements', 'offres', 'suscripciones',
    'abbonamenti', 'offerte', 'assinaturas', 'planos',
  ],
  donation: [
    'donate', 'spenden', 'dona', 'doe', 'member', 'members', 'membership', 'donation', 'donations', 'donor', 'donors', 'gift', 'supporter', 'supporters', 'patreon', 'contribution',
    'mitglied', 'mitgliedschaft', 'spende', 'membre', 'membres', 'don', 'dons', 'socio', 'socia', 'donación',
    'donativo', 'donazione', 'sostenitore', 'doação', 'membro', 'apoiador', 'fördermitglied', 'aportación',
    'mecenas', 'donateur', 'donateurs', 'sostenitori', 'apoiadores', 'doações', 'donaciones', 'donazioni',
  ],
  share: [
    'instagram', 'facebook', 'twitter', 'tiktok', 'youtube', 'linkedin', 'bluesky', 'pinterest', 'mastodon',
    'merkliste', 'favoris', 'favoritos', 'preferiti', 'redes',
  ],
  comments: ['comments', 'rating', 'ratings', 'bewertung', 'kommentiere', 'voto', 'avaliação', 'valoración', 'kommentar', 'kommentare', 'commentaire', 'commentaires', 'comentario', 'comentarios', 'commento', 'commenti', 'comentário', 'comentários',
    'avis', 'opinión', 'opinione', 'opinião', 'meinung', 'recensione', 'reseña', 'avaliações', 'valoraciones'],
  advertisement: [
    'deals', 'deal', 'discount', 'coupon', 'voucher', 'tickets', 'billets', 'biglietti', 'entradas', 'bilhetes',
    'ingressos', 'gutschein', 'rabatt', 'réduction', 'promo',
    'descuento', 'sconto', 'desconto', 'cupom', 'cupón', 'preis', 'prix', 'precio', 'prezzo', 'preço', 'rabattcode',
    'gutscheincode', 'ofertas', 'angeboten',
  ],
  // What a link or button asks the reader to open (a video, a gallery, a live ticker): with a verb
  // such as "Veja", "Mira", "Regardez" or "Schauen Sie" opening a short block. Not the words English
  // shares ("video", "gallery", "interview"): English prose asks for them in its own phrases.
  related: [
    'vídeo', 'vídeos', 'vidéo', 'vidéos', 'videoricetta', 'videoreceta', 'videorezept', 'fotos', 'foto',
    'galería', 'galerie', 'galleria', 'galeria', 'fotogalería', 'fotogallery', 'bildergalerie', 'fotostrecke',
    'bilderstrecke', 'diaporama', 'álbum', 'mapa', 'mappa', 'tabela', 'tabla', 'tabelle', 'classifica',
    'clasificación', 'classificação', 'entrevista', 'intervista', 'entretien', 'liveticker', 'infografik',
    'infografía', 'infographie', 'infografica', 'especial', 'speciale', 'reportagem',
    // Guides and archives another page holds ("Read our guide to …", "Leia o nosso guia completo sobre IVA",
    // "Lesen Sie unseren Ratgeber"): with the publication's voice or a push for now.
    'guide', 'guides', 'ratgeber', 'leitfaden', 'guía', 'guías', 'guida', 'guia', 'guias', 'dossier', 'dossiers',
    'archive', 'archives', 'archiv', 'archivo', 'archivio', 'arquivo',
  ],
}

/**
 * Auxiliaries and forms of "to be" and "to have": one of them within `callToAction.nounReach` words after an
 * opening verb makes the verb a noun or a title, the subject of a statement ("Email alerts were triggered
 * as …", "Get Out is currently streaming on …", "Support teams are …"), not a call to action. Not words
 * that are also prepositions, articles, possessives, pronouns or English nouns ("a", "e", "son", "war", "hat",
 * "may", "can", "will", "must" of "must-read"; German "es" of "Hol es dir jetzt …").
 */
export const auxiliaries: readonly string[] = [
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'would', 'could', 'should', 'might',
  'does', 'did', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "won't", "can't",
  'ist', 'sind', 'waren', 'wird', 'wurde', 'wurden', 'haben', 'hatte', 'kann', 'können',
  'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'ont', 'avait', 'peut', 'peuvent',
  'era', 'eran', 'fue', 'fueron', 'está', 'están', 'estaba', 'será', 'han', 'había', 'puede', 'pueden',
  'è', 'sono', 'erano', 'sarà', 'hanno', 'aveva', 'può', 'possono',
  'é', 'são', 'foi', 'foram', 'estão', 'estava', 'têm', 'tinha', 'pode', 'podem',
]

/**
 * What a hyphen may join to a verb without making it a noun: a particle ("Sign-up now", "Check-out") or a
 * pronoun ("Inscrivez-vous", "Inscreva-se", "Baixe-o gratuitamente", "Assine-a hoje"). Any other word after
 * the hyphen makes a compound noun ("Add-ons", "Get-out-the-vote emails").
 */
export const hyphenated: readonly string[] = [
  'up', 'in', 'on', 'out', 'off',
  'vous', 'nous', 'toi', 'moi', 'le', 'les', 'la', 'lui', 'leur', 'leurs', 'y', 'en',
  'se', 'te', 'me', 'nos', 'vos', 'lo', 'los', 'las', 'o', 'a', 'os', 'as', 'no', 'na', 'nas', 'lhe', 'lhes',
]

/**
 * Words after which an opening "comment" is French "how", not the English call to action ("Comment choisir son
 * abonnement", "Comment la ville a réduit …"; not "Comment below", "Comment on this story"): articles,
 * pronouns and common infinitives. Infinitives in -er and -ir count too (see `frenchHow()` in score.ts). Not
 * "on", which English shares. (An elided article is part of the next word's token, "l’État", and is not
 * looked at.)
 */
export const afterFrenchHow: readonly string[] = [
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils',
  'elles', 'nous', 'vous', 'je', 'tu', 'se', 'ne', 'en', 'y', 'son', 'sa', 'ses', 'leur',
  'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos', 'bien', 'mieux', 'faire', 'dire', 'prendre',
  'mettre', 'lire', 'vivre', 'suivre', 'écrire', 'rendre', 'vendre', 'comprendre', 'apprendre', 'attendre',
  'répondre', 'réduire', 'construire', 'produire', 'conduire', 'reconnaître', 'croire', 'être', 'avoir',
]
