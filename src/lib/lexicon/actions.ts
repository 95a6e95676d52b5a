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
  'buchen', 'buche',
  // French
  'abonnez', 'abonne', 'inscrivez', 'inscris', 'téléchargez', 'télécharge', 'suivez', 'suis', 'rejoignez',
  'rejoins', 'soutenez', 'soutiens', 'partagez', 'partage', 'profitez', 'profite', 'recevez', 'reçois',
  'devenez', 'deviens', 'faites', 'fais', 'testez', 'essayez', 'écoutez', 'écoute', 'connectez', 'créez',
  'notez', 'épinglez', 'épingle', 'laissez', 'laisse', 'achetez', 'achète', 'réservez', 'réserve', 'commandez',
  // Spanish
  'suscríbete', 'suscribete', 'suscríbase', 'regístrate', 'registrate', 'regístrese', 'descarga', 'descargue',
  'descárgate', 'síguenos', 'siguenos', 'sigue', 'siga', 'únete', 'unete', 'apoya', 'apoye', 'comparte',
  'comparta', 'recibe', 'reciba', 'hazte', 'hágase', 'dona', 'colabora', 'prueba', 'aprovecha',
  'consigue', 'escucha', 'inicia', 'deja', 'valora', 'etiquétanos', 'guarda', 'compra', 'reserva',
  // Italian
  'iscriviti', 'abbonati', 'scarica', 'scaricate', 'seguici', 'segui', 'sostieni', 'sosteneteci', 'condividi',
  'ricevi', 'diventa', 'prova', 'approfitta', 'ascolta', 'registrati', 'unisciti', 'accedi', 'lascia',
  'lasciate', 'vota', 'salva', 'acquista', 'prenota',
  // Portuguese
  'assine', 'assina', 'inscreva', 'baixe', 'baixa', 'descarregue', 'siga', 'apoie', 'apoia', 'compartilhe',
  'partilhe', 'receba', 'torne', 'doe', 'experimente', 'aproveite', 'ouça', 'cadastre', 'registe', 'avalie',
  'salve', 'deixe', 'assista', 'fique', 'compre',
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
  'schreibe', 'besuchen', 'besuche', 'sehen', 'nutzen', 'nutze',
  'lisez', 'lis', 'découvrez', 'découvre', 'activez', 'active', 'cliquez', 'clique', 'retrouvez', 'retrouve',
  'écrivez', 'visitez', 'envoyez', 'consultez',
  'lee', 'lea', 'descubre', 'activa', 'haz', 'haga', 'accede', 'acceda', 'entra', 'escribe',
  'visita', 'envía', 'consulta',
  'leggi', 'scopri', 'attiva', 'clicca', 'scrivi', 'invia',
  'leia', 'descubra', 'ative', 'clique', 'acesse', 'aceda', 'escreva', 'visite', 'envie', 'consulte', 'confira',
  'entre',
]

/** Words that address the reader (you, your; Sie, vous, tu, você). */
export const readerWords: readonly string[] = [
  'you', 'your', 'yours', "you're", "you'll", "you've",
  // Not "Sie" and "Ihr": the same words say she, they and her.
  'dich', 'dein', 'deine', 'deinen', 'dir',
  'vous', 'votre', 'vos', 'toi', 'ton', 'ta', 'tes',
  'tu', 'tus', 'te', 'usted',
  'tuo', 'tua', 'tuoi', 'tue', 'ti',
  'você', 'voce', 'seu', 'sua', 'seus', 'suas',
]

/**
 * Words of the publication's voice or of a push to act now (our, us, today, free, here): with an
 * object, they make any opening verb a call to action.
 */
export const voiceWords: readonly string[] = [
  'our', 'us', 'we', "we'll", "we're", 'now', 'today', 'free', 'here',
  'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'hier', 'kostenlos', 'gratis', 'sofort',
  'nous', 'notre', 'nos', 'maintenant', 'ici', 'gratuit', 'gratuite', 'gratuitement',
  'nuestro', 'nuestra', 'nuestros', 'nuestras', 'ahora', 'aquí', 'aqui',
  'nostro', 'nostra', 'nostri', 'nostre', 'ci', 'ora', 'subito', 'qui', 'gratuitamente',
  'nosso', 'nossa', 'nossos', 'nossas', 'agora', 'já', 'grátis',
]

/**
 * What a call to action asks the reader to take, by category. Some verbs are their own object
 * ("Subscribe so you never miss an episode", "Inscrivez-vous"): they are listed here too.
 */
export const promoObjects: Readonly<Partial<Record<Category, readonly string[]>>> = {
  newsletter: [
    'inscrivez', 'inscreva', 'iscriviti', 'newsletter', 'newsletters', 'inbox', 'emails', 'email', 'e-mail', 'e-mails', 'briefing', 'briefings', 'digest',
    'bulletin', 'postfach', 'boletín', 'boletin', 'boletines', 'boletim', 'casella',
  ],
  app: [
    'app', 'apps', 'spotify', 'google', 'notifications', 'notification', 'alerts', 'podcast', 'podcasts', 'channel', 'whatsapp', 'telegram',
    'feed', 'feeds', 'benachrichtigungen', 'push', 'kanal', 'application', 'appli', 'notificaciones', 'aplicación',
    'aplicacion', 'aplicativo', 'aplicação', 'notifiche', 'notificações', 'canal', 'canale', 'chaîne',
  ],
  paywall: [
    'subscribe', 'abonnieren', 'abonnez', 'abonne', 'suscríbete', 'suscribete', 'suscríbase',
    'abbonati', 'assine', 'assina', 'trial', 'offer', 'offers', 'subscription', 'subscriptions', 'premium', 'subscriber', 'subscribers', 'abo',
    'abonnement', 'probeabo', 'angebot', 'abonnent', 'offre', 'essai', 'abonné', 'abonnés', 'suscripción',
    'suscriptor', 'suscriptores', 'oferta', 'abbonamento', 'abbonato', 'abbonati', 'offerta', 'assinatura',
    'assinante', 'assinantes',
  ],
  donation: [
    'donate', 'spenden', 'dona', 'doe', 'member', 'members', 'membership', 'donation', 'donations', 'donor', 'donors', 'gift', 'supporter', 'supporters', 'patreon', 'contribution',
    'mitglied', 'mitgliedschaft', 'spende', 'membre', 'membres', 'don', 'dons', 'socio', 'socia', 'donación',
    'donativo', 'donazione', 'sostenitore', 'doação', 'membro', 'apoiador',
  ],
  share: ['instagram', 'facebook', 'twitter', 'tiktok', 'youtube', 'linkedin', 'bluesky', 'pinterest', 'mastodon'],
  comments: ['comments', 'rating', 'ratings', 'bewertung', 'kommentiere', 'voto', 'avaliação', 'valoración', 'kommentar', 'kommentare', 'commentaire', 'commentaires', 'comentario', 'comentarios', 'commento', 'commenti', 'comentário', 'comentários'],
  advertisement: [
    'deals', 'deal', 'discount', 'coupon', 'voucher', 'tickets', 'billets', 'biglietti', 'entradas', 'bilhetes',
    'ingressos', 'gutschein', 'rabatt', 'réduction', 'promo',
    'descuento', 'sconto', 'desconto', 'cupom', 'cupón',
  ],
}
