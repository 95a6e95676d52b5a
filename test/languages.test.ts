// German, French, Spanish, Italian and Portuguese: the language guess, sentence splitting with each
// language's abbreviations and closing quotes, and the non-English lexicon end to end.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { analyze, clean } from '../src/index.js'
import { forgetSentences, guessLanguage, sentences, sentencesOf } from '../src/lib/sentences.js'
import { languageMarkers } from '../src/lib/words.js'

const split = (text: string) => sentences(text).map((span) => text.slice(span.start, span.end))

afterEach(() => forgetSentences())

describe('guessLanguage', () => {
  it.each([
    ['en', 'The company now expects sales of $3.1 billion for the year, down from an earlier estimate, the chief executive said.'],
    ['de', 'Die Stadtverwaltung teilte am Montag mit, dass die Brücke bis Ende Mai gesperrt bleibt und auch der Radweg nicht genutzt werden kann.'],
    ['fr', 'Le projet a été adopté mardi par le conseil municipal, qui a voté pour la rénovation des écoles dans les quartiers du nord, selon le maire.'],
    ['es', 'El Gobierno aprobó este martes una ayuda para los agricultores afectados por la sequía, según dijo la ministra, que también anunció más fondos.'],
    ['it', 'Il Consiglio dei ministri ha approvato il decreto che stanzia i fondi per la ricostruzione delle zone colpite dalla alluvione, ha detto il ministro.'],
    ['pt', 'O Banco Central elevou nesta quarta-feira a taxa básica de juros pela segunda vez, e os economistas já esperam uma nova alta no próximo mês.'],
  ])('%s', (language, text) => {
    expect(guessLanguage(text)).toBe(language)
  })

  it('does not guess from a few words', () => {
    expect(guessLanguage('Abonnez-vous')).toBeUndefined()
    expect(guessLanguage('Sign up now')).toBeUndefined()
  })

  // The plain reading the guess hashes its way around: every run of letters lower-cased as a string
  // and looked up, counted until one language has 12 hits and twice any other's (at least 3 to guess).
  function reference(text: string, sample = 4000): string | undefined {
    const markers = new Map<string, string>()
    for (const [language, words] of Object.entries(languageMarkers)) for (const word of words) markers.set(word, language)
    const counts = new Map<string, number>(Object.keys(languageMarkers).map((language) => [language, 0]))
    const leader = () => {
      const sorted = [...counts].sort((a, b) => b[1] - a[1])
      const [best, top] = sorted[0]!
      return top >= 3 && sorted.slice(1).every(([, c]) => c * 2 <= top) ? best : undefined
    }
    // Letters as the guess reads them: ASCII and Latin ranges, then any letter but in general punctuation.
    for (const word of text.slice(0, sample).match(/(?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]|(?=\p{L})[\u0250-\u1fff\u2070-\uffff])+/gu) ?? []) {
      const language = markers.get(word.toLowerCase())
      if (language === undefined) continue
      counts.set(language, counts.get(language)! + 1)
      if (counts.get(language)! >= 12 && leader() === language) return language
    }
    return leader()
  }
  const words = Object.values(languageMarkers).flat()
  const piece = fc.oneof(
    fc.constantFrom(...words, ...words.map((w) => w.toUpperCase()), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))),
    fc.constantFrom(' ', '  ', ', ', '. ', '\n', '’', '-', 'x', 'İ', 'Straße', 'thé', 'DIE', 'Über', '東京', '3', 'the1', '\u0130the', 'ªthe', 'the\u2019s', '\ud835\udc00the'),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
  )
  it('counts marker words as the plain reading does', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.constantFrom(4000, 16000, 30), (parts, sample) => {
        const text = parts.join(' ')
        expect(guessLanguage(text, sample), text).toBe(reference(text, sample))
      }),
      { seed: 20261202, numRuns: Number(process.env.FC_RUNS ?? 100) * 10 },
    )
  })
})

describe('sentences in German, French, Spanish, Italian and Portuguese', () => {
  it.each([
    ['Laut Dr. Müller gibt es z. B. viele Fälle, die nicht gemeldet werden.', 'Das sagte er am Montag in Berlin, wo er auch die Studie vorstellte.'],
    ['Die Firma meldete Verluste von 20 Mio. Euro für das Jahr, wie Prof. Schmidt sagte.', 'Der Umsatz sank um 3 Prozent, wie das Unternehmen mitteilte.'],
    ['La société Renault S.A. a annoncé des pertes pour cette année, selon M. Dupont.', "Le chiffre d'affaires a baissé selon les résultats publiés par le groupe."],
    ['Cette ville fut fondée en 52 av. J.-C. par les Romains qui y ont construit un pont.', "Elle compte aujourd'hui 10 000 habitants selon les chiffres de la mairie."],
    ['El Sr. García dijo que la empresa, p. ej. Telefónica S.A., crecerá este año.', 'Según la Dra. López, los datos son muy claros y hay motivos para pensarlo.'],
    ['Los EE. UU. y la UE firmaron el acuerdo el martes según fuentes oficiales.', 'El texto entra en vigor en enero y hay dudas sobre su aplicación.'],
    ["Il sig. Rossi ha detto che il governo cadrà entro la fine dell'anno.", 'Lo ha detto il dott. Bianchi, che è stato ministro della sanità.'],
    ['La basilica di S. Pietro è stata chiusa per tre giorni dopo il furto.', 'La polizia ha detto che sono stati arrestati due uomini.'],
    ['O Sr. Silva disse que a empresa Petrobras S.A. vai crescer, segundo o relatório.', 'A Dra. Souza não concorda e foi à justiça também.'],
  ])('%s', (first, second) => {
    expect(split(`${first} ${second}`)).toEqual([first, second])
  })

  it('keeps a closing quote with the sentence it closes', () => {
    expect(split('Der Trainer sagte: „Wir sind zufrieden mit dem Spiel.“ Danach ging es für die Mannschaft nach Hause, wo sie auch am Sonntag spielt.')).toEqual([
      'Der Trainer sagte: „Wir sind zufrieden mit dem Spiel.“',
      'Danach ging es für die Mannschaft nach Hause, wo sie auch am Sonntag spielt.',
    ])
    expect(split("Il a dit « C'est fini pour nous. » Puis il est parti avec les autres, selon les témoins qui étaient dans la salle.")).toEqual([
      "Il a dit « C'est fini pour nous. »",
      'Puis il est parti avec les autres, selon les témoins qui étaient dans la salle.',
    ])
    // An opening quote stays with its sentence.
    expect(split('El ministro habló ayer con los periodistas en la sede del partido. “Vamos a ganar”, dijo después.')).toEqual([
      'El ministro habló ayer con los periodistas en la sede del partido.',
      '“Vamos a ganar”, dijo después.',
    ])
  })

  it('leaves English to retext-english', () => {
    expect(split('Mr. Smith went to Washington on Tuesday, the senator said. He left after the vote.')).toEqual([
      'Mr. Smith went to Washington on Tuesday, the senator said.',
      'He left after the vote.',
    ])
  })

  it('ends a sentence after a number, which the parsers take for an ordinal', () => {
    expect(split('The stadium holds 40,000. Follow us on Instagram for more coverage.')).toEqual(['The stadium holds 40,000.', 'Follow us on Instagram for more coverage.'])
    expect(split('Cook for 5 min. Stir well and serve with rice.')).toEqual(['Cook for 5 min.', 'Stir well and serve with rice.'])
    expect(split('O incêndio consumiu mais de 40. Siga o Jornal Paulista no Google Notícias para mais informações.')).toEqual([
      'O incêndio consumiu mais de 40.', 'Siga o Jornal Paulista no Google Notícias para mais informações.',
    ])
    expect(split('Der Pegel stieg bis zum Abend auf 7,20. Mehr dazu lesen Sie in unserem Liveblog zum Hochwasser.')).toEqual([
      'Der Pegel stieg bis zum Abend auf 7,20.', 'Mehr dazu lesen Sie in unserem Liveblog zum Hochwasser.',
    ])
    // Not a German ordinal, an enumerator, a lower-case word after it, or an inch.
    for (const text of [
      'Die Feuerwehr ist seit dem 5. Juni im Einsatz und die Mannschaft spielt in der 2. Bundesliga, sagte der Sprecher.',
      '1. Preheat the oven.',
      'The vote was 27 to 19. and the motion passed.',
      'Use a 9 in. pan for this cake, or a larger one.',
    ]) expect(split(text)).toEqual([text])
  })

  it('takes the language of the document when a block is too short to tell', () => {
    const block = 'Lo ha detto il dott. Bianchi. Scarica la nostra app.'
    expect(guessLanguage(block)).toBeUndefined()
    expect(split(block)).toEqual(['Lo ha detto il dott.', 'Bianchi.', 'Scarica la nostra app.'])
    forgetSentences()
    sentencesOf(`Il Consiglio dei ministri ha approvato il decreto che stanzia i fondi per la ricostruzione, ha detto il ministro.\n\n${block}`)
    expect(split(block)).toEqual(['Lo ha detto il dott. Bianchi.', 'Scarica la nostra app.'])
  })

  it('keeps offsets exact in long blocks parsed in chunks', () => {
    const sentence = 'Der Gemeinderat hat am Dienstag mit großer Mehrheit beschlossen, dass die Brücke bis Mai gesperrt bleibt, sagte Dr. Haag. '
    const text = sentence.repeat(120).trim()
    const spans = sentences(text)
    expect(spans).toHaveLength(120)
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(sentence.trim())
  })
})

describe('clean() in German, French, Spanish, Italian and Portuguese', () => {
  it('cuts a call to action glued to the end of a paragraph (a verb with its object, no phrase)', () => {
    const text = 'Quem cair em um golpe deve registrar boletim de ocorrência e avisar imediatamente o banco, segundo o Procon. O consumidor também pode registrar reclamação na plataforma do governo.'
    expect(clean(`${text} Siga o Jornal Paulista no Google Notícias.\n`)).toBe(`${text}\n`)
  })

  it.each([
    ['Le projet a été adopté mardi par le conseil municipal, a déclaré le maire.', 'Inscrivez-vous à notre newsletter pour recevoir nos articles chaque matin.'],
    ['Die Brücke bleibt bis Ende Mai gesperrt, teilte die Stadtverwaltung am Montag mit.', 'Unterstützen Sie unseren Journalismus: Jetzt spenden und unabhängige Berichterstattung sichern.'],
    ['El Real Madrid ganó este sábado por 3-1 al Sevilla y se mantiene como líder de la Liga.', 'Síguenos en Twitter y Facebook para no perderte ninguna noticia deportiva.'],
    ['Il governo ha approvato ieri il decreto per la ricostruzione delle zone colpite.', "Scarica la nostra app e attiva le notifiche per ricevere le ultime notizie."],
    ['O Banco Central elevou nesta quarta-feira a taxa básica de juros para 11,25% ao ano.', 'Leia também: veja como ficam os rendimentos da poupança com a nova taxa.'],
  ])('cuts the promo sentence after: %s', (editorial, promo) => {
    const text = `${editorial} ${promo}\n\nSecond paragraph of the article, with more editorial text in it.\n`
    expect(clean(text)).toBe(`${editorial}\n\nSecond paragraph of the article, with more editorial text in it.\n`)
  })

  it.each([
    ['Anzeige'], ['Publicité'], ['Publicidad'], ['Pubblicità'], ['Publicidade'],
    ['Alle Rechte vorbehalten'], ['Tous droits réservés'], ['Todos los derechos reservados'], ['Tutti i diritti riservati'],
    ['Todos os direitos reservados'], ['Foto: dpa'], ['Crédit photo : AFP'], ['Imagen: EFE'], ['Lesen Sie auch'], ['Lire aussi'],
    ['Te puede interesar'], ['Leggi anche'], ['Leia também'], ['Mehr zum Thema'], ['À lire aussi'],
  ])('drops the label line %s', (label) => {
    const article =
      'Der Gemeinderat hat am Dienstag mit großer Mehrheit beschlossen, dass die Brücke bis Ende Mai gesperrt bleibt.\n\n' +
      'Die Kosten für die Reparatur schätzt die Verwaltung auf rund zwölf Millionen Euro, sagte der Bürgermeister.\n'
    const analysis = analyze(`${article}\n${label}\n`)
    expect(analysis.blocks.at(-1)).toMatchObject({ text: label, label: 'boilerplate' })
  })

  it.each([
    ['Der Verlag will die Zahl der Abonnenten bis 2026 verdoppeln. Für Abonnenten soll es künftig auch einen eigenen Newsletter geben, sagte der Geschäftsführer.'],
    ['A empresa afirmou que a política de privacidade foi atualizada em março. Segundo a ANPD, os usuários não foram informados sobre o uso de cookies.'],
    ["Le site utilise des cookies publicitaires sans consentement, a estimé la CNIL, qui a ordonné à l'entreprise de modifier son bandeau dans un délai de trois mois."],
    ['Die Website verwendet Cookies, ohne die Nutzer ausreichend zu informieren, urteilte das Gericht. Der Betreiber muss nun ein Bußgeld zahlen.'],
    ['Los usuarios pueden darse de baja en cualquier momento, explicó la compañía, que asegura que el boletín tiene más de un millón de suscriptores.'],
    ["Il numero di abbonati alla pay tv è calato del 10 per cento. Secondo l'Agcom, molti utenti hanno scelto di disdire per passare allo streaming."],
  ])('keeps news about subscriptions and cookies: %s', (text) => {
    expect(clean(`${text}\n`)).toBe(`${text}\n`)
  })

  it.each([
    ['Le projet de loi sera examiné en séance publique à partir du 12 mars, a indiqué le gouvernement.', 'Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.'],
    ['Die Zwetschgen werden dicht an dicht auf den Teig gesetzt und nach dem Backen mit Zimtzucker bestreut.', 'Jede Woche neue Rezepte direkt in dein Postfach: Trag dich jetzt in meinen Newsletter ein!'],
    ['El embalse de Sau se encuentra al 38 % de su capacidad, según los datos de la Agencia Catalana del Agua.', 'Apúntate gratis a nuestra newsletter y recibe cada mañana las noticias más importantes.'],
    ['Il consiglio comunale ha approvato il bilancio con 18 voti favorevoli e 7 contrari.', 'Sostieni il nostro lavoro: abbonati per leggere senza limiti tutti gli articoli.'],
    ['O Palmeiras venceu o Grêmio por 2 a 1 neste domingo, no Allianz Parque, e assumiu a liderança.', 'Confira aqui a tabela completa do Brasileirão.'],
    ['La Guardia Civil ha detenido a dos personas por el incendio de la nave, informaron fuentes policiales.', 'Mira el vídeo del incendio en nuestra galería.'],
  ])('cuts the paywall, sign-up and link sentence after: %s', (editorial, promo) => {
    const text = `${editorial} ${promo}\n\nSecond paragraph of the article, with more editorial text in it.\n`
    expect(clean(text)).toBe(`${editorial}\n\nSecond paragraph of the article, with more editorial text in it.\n`)
  })

  it.each([
    ['Zum Rezept springen'], ['Partager sur LinkedIn'], ['Ver precio'], ['Guarda il video'], ['Salvar no Pinterest'],
    ['Continuer sans accepter'], ['Vedi offerta'], ['Pular para a receita'], ['Alle Kommentare anzeigen'],
    ['Carica altri aggiornamenti'], ['Jetzt kostenlos registrieren'], ["Offrir l'article"], ['Ver galería'],
    ['Aggiungi ai preferiti'], ['Ouvir notícia'], ['Valora esta receta'], ['Bild vergrößern'], ['Lo más visto'],
    ['Você também pode gostar'], ["Scarica gratis l'app"],
  ])('drops the button or heading line %s', (label) => {
    const article =
      'Der Gemeinderat hat am Dienstag mit großer Mehrheit beschlossen, dass die Brücke bis Ende Mai gesperrt bleibt.\n\n' +
      'Die Kosten für die Reparatur schätzt die Verwaltung auf rund zwölf Millionen Euro, sagte der Bürgermeister.\n'
    expect(analyze(`${article}\n${label}\n`).blocks.at(-1)).toMatchObject({ text: label, label: 'boilerplate' })
  })

  it.each([
    ['Die Polizei bittet Zeugen, sich zu melden; die Ermittlungen dauern an, teilte ein Sprecher mit.'],
    ['Assim que o presidente assine o decreto, o programa entra em vigor.'],
    ['Mira Sorvino presentó el lunes en Madrid su nuevo documental, que incluye un vídeo inédito.'],
    ['Veja publicou neste domingo uma reportagem com fotos inéditas do acidente.'],
    ['Guarda costiera e vigili del fuoco hanno lavorato tutta la notte per recuperare il carico.'],
    ["Le premier mois de l'année a été le plus chaud jamais enregistré en France."],
    ['Regardez bien les chiffres : le chômage a reculé dans toutes les régions sauf une.'],
    ['Im ersten Monat nach der Einführung kündigten mehr als 20.000 Kunden ihr Abo, teilte der Konzern mit.'],
    ['Die Zeitung ist seit Januar ohne Bezahlschranke für alle frei zugänglich, sagte die Chefredakteurin.'],
  ])('keeps a news sentence that opens like a call to action or names its object: %s', (text) => {
    expect(clean(`${text}\n`)).toBe(`${text}\n`)
  })

  // The same sentence in English ("The “Reject all” button appeared only after several clicks, the
  // regulator explained.") is still cut by the block scorer; here the reporting verbs keep it.
  it('keeps a news sentence that quotes a cookie button', () => {
    const text =
      "Selon la CNIL, l'entreprise ne permettait pas de refuser les traceurs aussi facilement que de les accepter. " +
      "Le bouton « Tout refuser » n'apparaissait qu'après plusieurs clics, a expliqué le régulateur dans sa décision.\n"
    expect(clean(text)).toBe(text)
  })
})
