/**
 * Topic words: the nouns an article *about* a kind of promo uses for it (subscriptions, donations,
 * newsletters, cookies and consent, apps, advertising), by category, in six languages. When several
 * paragraphs that read as editorial on their own name one category's words, the page is about it, and a
 * statement in the third person that names its phrases is the story's ("« Refuser les cookies doit être
 * aussi simple que de les accepter », rappelle la CNIL …", "O resumo matinal passará a estar disponível
 * apenas para assinantes digitais."), not a promo (see `classes.topicBlocks` in weights.ts). Data only; words are
 * lower-case single tokens.
 */
import type { Category } from '../types.js'

export const topicWords: Readonly<Partial<Record<Category, readonly string[]>>> = {
  paywall: [
    'subscription', 'subscriptions', 'subscriber', 'subscribers', 'paywall', 'paywalls',
    'abo', 'abos', 'abonnement', 'abonnements', 'abonnenten', 'bezahlschranke', 'abonné', 'abonnés',
    'suscripción', 'suscripciones', 'suscriptores', 'abbonamento', 'abbonamenti', 'abbonati', 'assinatura',
    'assinaturas', 'assinantes',
  ],
  donation: [
    'donation', 'donations', 'donor', 'donors', 'fundraising', 'fundraiser', 'fundraisers', 'spende', 'spenden',
    'spender', 'dons', 'donateurs', 'donación', 'donaciones', 'donantes', 'donativos', 'donazione', 'donazioni',
    'donatori', 'doação', 'doações', 'doadores',
  ],
  newsletter: ['newsletter', 'newsletters', 'infolettre', 'infolettres', 'boletín', 'boletines', 'boletim', 'boletins'],
  // Not English "consent" or "tracking", nor Italian "consenso", which terms of use, planning, health or
  // parcel pages name as often.
  cookie: ['cookie', 'cookies', 'gdpr', 'rgpd', 'dsgvo', 'trackers', 'traceurs', 'einwilligung', 'consentement', 'consentimiento', 'consentimento'],
  app: ['app', 'apps', 'appli', 'applis', 'aplicación', 'aplicaciones', 'aplicativo', 'aplicativos', 'podcast', 'podcasts'],
  advertisement: [
    'advertising', 'advertisers', 'advertiser', 'adverts', 'werbung', 'werbeblocker', 'publicité', 'annonceurs',
    'publicidad', 'anunciantes', 'pubblicità', 'inserzionisti', 'publicidade', 'affiliate',
  ],
}

/**
 * What a site's own notice says and a story about one does not: the page referring to itself ("This site uses
 * cookies …", "Der vollständige Artikel ist exklusiv für Abonnenten …", "El contenido completo …") and the
 * wording of an offer ("unlimited access", "sans engagement", "at any time"). A statement with one is no story's
 * (see `topicStatement()` in score.ts; `selfReference` in patterns.ts is built from these, as regex fragments).
 */
export const selfReferencePhrases: readonly string[] = [
  '(?:this|these|our) (?:site|website|page|article|story|newsletter|post|podcast|episode|content|publication|journalism)',
  'the (?:full|whole|rest of the) (?:article|story)', 'the publisher', 'unlimited access', 'at any time', 'subscribers? only',
  'exclusive', '(?:ce|cet|cette) (?:site|article|contenu|podcast|page|épisode)', "l['’]article complet", 'accès illimité',
  'sans engagement', 'à tout moment', 'dies(?:e|er|es|en)? (?:website|seite|artikel|beitrag|text|inhalt|podcast|newsletter)',
  'der vollständige (?:artikel|text)', 'exklusiv', 'unbegrenzte[rn]? zugang', 'jederzeit',
  'est(?:e|a) (?:sitio|web|artículo|página|contenido|site|artigo|conteúdo|podcast)', 'el contenido completo', 'acceso ilimitado',
  'en cualquier momento', 'exclusiv[oa]s?', 'quest[oa] (?:sito|articolo|pagina|contenuto|podcast)', 'il contenuto completo',
  'accesso illimitato', 'in qualsiasi momento', 'o conteúdo completo', 'acesso ilimitado', 'a qualquer momento',
  // An offer's price written out and its first month.
  '\\d[\\d.,]{0,12} ?(?:euros?|reais|dollars?|pounds?|libras?|dólares|dolares)', '(?:the|your) first (?:month|week)', 'premier mois',
  'ersten monat', 'primer mes', 'primo mese', 'primeiro mês',
]
