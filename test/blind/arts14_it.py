"""blind11, Italian part 1: la recensione di Lanterna Nera (gaming review), i prezzi del grano duro
alla Borsa merci di Foggia (agricultural trade news), and a reader's letter on asking for a pay rise
(careers advice column)."""
from common import P, L

ARTICLES = [
    {
        "slug": "b14-it-recensione-lanterna-nera",
        "register": "gaming review",
        "lang": "it",
        "paras": P("""
Lanterna Nera, la recensione: un metroidvania piccolo, cupo e bellissimo

Lo studio torinese Vetro Games firma un esordio sorprendente, con qualche inciampo nella seconda metà

di Davide Ferraresi

Piattaforme: PC, PS5, Xbox Series X|S, Nintendo Switch – Versione testata: PC

C’è un momento, più o meno alla quarta ora di Lanterna Nera, in cui la protagonista Ilde scende nelle cisterne sotto la città e la luce della sua lanterna, fino a quel punto semplice strumento per vedere dove mettere i piedi, diventa un’arma, una chiave e un modo per parlare con i morti. È lì che il gioco rivela quanto sia stato pensato con cura.

Il punto di partenza è classico. Una città portuale sommersa dalla nebbia, una sorella scomparsa, una mappa che si apre poco alla volta man mano che si ottengono nuove abilità. Chi ha giocato a Hollow Knight o ai Castlevania più recenti si sentirà a casa fin dai primi minuti.

Un sistema di luce che cambia tutto

La vera idea di Vetro Games è l’olio della lanterna. Ogni abilità – il colpo di fiamma, il rampino luminoso, la capacità di rivelare piattaforme invisibili – consuma la stessa risorsa, che si ricarica solo ai bracieri sparsi per la mappa. Ne nasce una tensione costante tra esplorare e tornare indietro, che rende ogni stanza una piccola scelta.

I combattimenti sono precisi e leggibili, anche se il bestiario non è vastissimo. I boss, otto in tutto, sono invece quasi tutti memorabili, con una menzione speciale per la Badessa delle Campane, che trasforma l’intera arena in un ritmo da seguire.

Dove inciampa

Dopo una prima metà quasi perfetta, le ultime tre aree riciclano nemici e soluzioni, e il backtracking richiesto per il finale migliore diventa faticoso. Abbiamo completato il gioco in circa 17 ore, ma almeno due ci sono sembrate di troppo.

Tecnicamente, su PC, non abbiamo riscontrato problemi: 60 fotogrammi stabili anche su una scheda video di fascia media. La colonna sonora, per archi e fisarmonica, merita un ascolto a parte.

Pro:

Il sistema dell’olio lega esplorazione e combattimento

Boss memorabili e direzione artistica splendida

Contro:

Ultime aree ripetitive

Backtracking eccessivo per il finale completo

Voto: 8,5

Lanterna Nera esce il 6 novembre al prezzo di 24,99 euro. Abbiamo ricevuto un codice per la recensione dall’editore.
"""),
        "head": [
            "Home › Recensioni › PC",
            "Pubblicità",
            "Seguici in diretta su Twitch ogni martedì e giovedì alle 21: twitch.tv/pixelbottega",
        ],
        "mid": [
            ("C’è un momento", "Guarda il nostro video gameplay di 20 minuti ▶"),
            ("I combattimenti sono precisi", "Pubblicità"),
            ("Tecnicamente, su PC", "Acquista Lanterna Nera su Amazon a 24,99 € · Link affiliato: se compri da qui, PixelBottega riceve una piccola commissione."),
        ],
        "tail": [
            "Ti è piaciuta la recensione? Iscriviti al nostro canale YouTube e attiva la campanella 🔔",
            "Leggi anche\nI 10 migliori metroidvania di sempre\nNintendo Switch 2: tutti i giochi in uscita a novembre",
            "Discuti con la community sul nostro server Discord!",
            "PixelBottega Premium: niente pubblicità, articoli in anteprima e accesso al podcast esclusivo a 2,99 € al mese.",
        ],
        "mixed": [
            ("Il punto di partenza", "end", "Leggi anche: Hollow Knight Silksong, la recensione"),
            ("Dove inciampa", "start", "Pubblicità"),
            ("Lanterna Nera esce", "end", "Condividi su Facebook · X · Reddit · Telegram"),
            ("di Davide Ferraresi", "end", "Segui Davide su Instagram: @davide.ferraresi"),
        ],
        "ltop": L("""
PixelBottega
News | Recensioni | Anteprime | Guide | Hardware | Video | Podcast
Accedi | Registrati
Home › Recensioni › PC
"""),
        "lmid": [
            ("Il punto di partenza", "Pubblicità"),
            ("Un sistema di luce", "Galleria immagini (24 foto)"),
            ("Contro:", "Il parere dei lettori: 8,1 (312 voti) – Vota anche tu!"),
        ],
        "lbot": L("""
Commenti (41)
Più letti
GTA 6: Rockstar conferma la nuova data di uscita
Chi siamo | Contatti | Privacy | Cookie policy | Pubblicità su PixelBottega
PixelBottega è una testata giornalistica registrata. P.IVA 01234560011. © 2025
"""),
    },
    {
        "slug": "b14-it-grano-duro-foggia",
        "register": "agricultural trade news",
        "lang": "it",
        "paras": P("""
Grano duro, a Foggia prezzi ancora in calo: il fino perde 5 euro a tonnellata

Pesa l’arrivo del prodotto canadese e turco nei porti italiani. Gli agricoltori chiedono un prezzo minimo garantito e più trasparenza sulle importazioni

FOGGIA – Nuova settimana in negativo per il grano duro alla Borsa merci di Foggia, punto di riferimento per il mercato nazionale. Nella seduta di mercoledì la Commissione prezzi ha ribassato di 5 euro a tonnellata tutte le qualità del cereale, confermando una tendenza che prosegue ormai da fine luglio.

Le quotazioni della seduta:

Grano duro fino: 300-305 €/t

Grano duro buono mercantile: 293-298 €/t

Grano duro mercantile: 283-288 €/t

Rispetto allo stesso periodo dello scorso anno il fino perde circa 70 euro a tonnellata. Secondo gli operatori, a pesare sono soprattutto le importazioni: nei primi otto mesi dell’anno gli arrivi di grano duro estero nei porti di Bari, Manfredonia e Ravenna sono cresciuti del 18 per cento, trainati da Canada e Turchia.

«Con questi prezzi non copriamo nemmeno i costi di produzione», afferma Michele Dell’Aquila, cerealicoltore di San Severo con 140 ettari a seminativo. «Tra gasolio, concimi e sementi certificate, sotto i 350 euro a tonnellata si lavora in perdita.»

Le organizzazioni agricole tornano a chiedere l’attivazione della Commissione unica nazionale per il grano duro, prevista da anni e mai realmente operativa, e un registro telematico obbligatorio degli stoccaggi che renda visibili le scorte presenti in Italia.

Dal lato dell’industria, i pastifici fanno notare che la qualità del raccolto nazionale 2025 è stata disomogenea, con tenori proteici bassi in diverse zone del Centro-Sud, e che il prodotto estero resta indispensabile per garantire gli standard richiesti.

Le prospettive

Per le prossime settimane gli analisti non prevedono inversioni di rotta. Le stime del Consiglio internazionale dei cereali indicano una produzione mondiale di grano duro in aumento e scorte canadesi superiori alla media.

Alcuni cerealicoltori stanno valutando di ridurre le superfici seminate in autunno a favore di colture proteiche come il cece e la lenticchia, che godono anche di un sostegno accoppiato nell’ambito della Pac.

La prossima seduta della Borsa merci è in programma mercoledì prossimo.
"""),
        "head": [
            "Mercati › Cereali",
            "Abbonati a Terra e Mercati: la rivista, l’archivio completo e i listini settimanali a 49 € l’anno",
            "Tempo di lettura: 3 minuti",
        ],
        "mid": [
            ("FOGGIA", "Pubblicità\nSementi certificate Agrosud: rese elevate e alto tenore proteico. Scopri la linea grano duro 2025/26."),
            ("Grano duro mercantile", "Ricevi i listini ogni settimana: iscriviti alla newsletter «Mercati in campo», gratuita."),
            ("Le organizzazioni agricole", "Webinar gratuito: «Pac 2026, cosa cambia per i seminativi» – giovedì 23 ottobre ore 17. Iscriviti ora"),
            ("Per le prossime settimane", "Leggi anche\nCeci e lenticchie, superfici in crescita al Sud\nGasolio agricolo, in arrivo il nuovo credito d’imposta"),
        ],
        "tail": [
            "Scarica l’app Meteo Agricolo: previsioni ettaro per ettaro e allerta gelate. Gratis su iOS e Android.",
            "EIMA International 2026 – Bologna Fiere, 11-15 novembre. Acquista online il tuo biglietto e risparmia il 30 %.",
            "Riproduzione riservata © Copyright Edizioni Terra e Mercati Srl",
        ],
        "mixed": [
            ("«Con questi prezzi", "end", "Segui Terra e Mercati anche su WhatsApp: iscriviti al canale."),
            ("Dal lato dell’industria", "start", "Pubblicità"),
            ("La prossima seduta", "end", "Tutti i listini delle Borse merci sono disponibili per gli abbonati Premium."),
            ("Rispetto allo stesso periodo", "start", "Contenuto sponsorizzato da Agrosud Sementi"),
        ],
        "ltop": L("""
Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. Accetta | Rifiuta | Personalizza
Terra e Mercati
Mercati | Colture | Meccanizzazione | Zootecnia | Pac e normative | Meteo
Abbonati | Accedi
Mercati › Cereali
"""),
        "lmid": [
            ("Le quotazioni della seduta", "Pubblicità"),
            ("Le prospettive", "Sfoglia il numero di ottobre della rivista"),
        ],
        "lbot": L("""
Tag: grano duro · Foggia · prezzi · importazioni
Condividi: Facebook · LinkedIn · WhatsApp · Email
Terra e Mercati Srl – Via Emilia 120, Bologna – P.IVA 00000000000
Privacy policy | Cookie policy | Note legali
"""),
    },
    {
        "slug": "b14-it-carriere-aumento-stipendio",
        "register": "careers advice column",
        "lang": "it",
        "paras": P("""
«Lavoro qui da cinque anni e non ho mai avuto un aumento. Come lo chiedo?»

La rubrica del sabato sul lavoro: le vostre domande, le risposte della nostra esperta

di Francesca Lombardi

Cara Francesca,

sono un tecnico commerciale in un’azienda metalmeccanica di medie dimensioni. Sono stato assunto cinque anni fa e da allora il mio stipendio è cambiato solo con i rinnovi del contratto nazionale. Nel frattempo ho preso in carico tre clienti importanti e faccio da riferimento per due colleghi più giovani. Vorrei chiedere un aumento, ma ho paura di sembrare ingrato o, peggio, di rovinare il rapporto con il mio responsabile. Da dove comincio?

Marco, 34 anni, Bologna

Caro Marco,

la tua paura è comprensibile e molto diffusa. Ma chiedere un aumento non è un atto di ingratitudine: è una normale conversazione professionale, e se la prepari bene può persino rafforzare il rapporto con il tuo responsabile.

Primo: raccogli i fatti

Prima di parlare di cifre, metti nero su bianco ciò che è cambiato dal giorno dell’assunzione. Quanto fatturano i clienti che segui? Che risultati hanno ottenuto i colleghi che affianchi? Hai assunto responsabilità che non erano nel tuo mansionario? Più sei concreto, meno la discussione sarà sulle impressioni.

Secondo: conosci il mercato

Informati su quanto guadagnano figure simili alla tua nella tua zona e nel tuo settore. Le indagini retributive delle associazioni di categoria e i colloqui con ex colleghi sono fonti preziose. Arrivare con una cifra realistica ti rende credibile.

Terzo: scegli il momento

Evita le settimane di chiusura del bilancio o i giorni successivi a una brutta notizia per l’azienda. Chiedi un incontro dedicato, non un minuto in corridoio. Molte aziende definiscono i budget per il personale in autunno: è spesso il periodo migliore.

E se la risposta è no?

Non è la fine. Chiedi che cosa servirebbe per arrivare a quell’obiettivo e in quali tempi, e fissa una nuova data per riparlarne. Un no motivato, con un percorso chiaro, vale più di un sì vago.

Una sola cosa eviterei: presentarti con un’offerta di un’altra azienda come arma di pressione, a meno che tu non sia davvero pronto ad accettarla.

In bocca al lupo,

Francesca

Avete una domanda sul lavoro? Scrivete a Francesca Lombardi: le lettere più interessanti trovano risposta ogni sabato in questa rubrica.
"""),
        "head": [
            "Economia › Lavoro › La posta di Francesca",
            "Offerte di lavoro in Emilia-Romagna: oltre 1.200 posizioni aperte. Carica il tuo CV e candidati in un clic.",
        ],
        "mid": [
            ("Marco, 34 anni", "Pubblicità"),
            ("Prima di parlare di cifre", "Corso online «Negoziare con successo» – 6 lezioni con attestato finale. Per i lettori il 20 % di sconto con il codice LAVORO20."),
            ("Evita le settimane", "Leggi anche\nSmart working, cosa prevede il nuovo accordo\nTredicesima 2025: quando arriva e quanto sarà"),
        ],
        "tail": [
            "Ogni lunedì la newsletter «Carriere» con consigli, offerte e novità sul mondo del lavoro. Iscriviti gratis.",
            "Hai già letto 4 articoli questo mese. Abbonati a 0,99 € per tre mesi e continua a leggere senza limiti.",
            "Commenti (23)\nPer commentare accedi o registrati",
            "Francesca Lombardi è consulente di carriera e formatrice. Seguila su LinkedIn.",
        ],
        "mixed": [
            ("Cara Francesca", "start", "Ascolta l’articolo · 5 min"),
            ("la tua paura è comprensibile", "end", "Scarica l’app del Corriere Padano per ricevere le notifiche della rubrica."),
            ("Informati su quanto guadagnano", "end", "Calcola il tuo stipendio netto con il nostro simulatore."),
            ("Non è la fine", "start", "Pubblicità"),
        ],
        "ltop": L("""
Corriere Padano
Cronaca | Politica | Economia | Lavoro | Sport | Cultura
Abbonati | Accedi
Economia › Lavoro › La posta di Francesca
"""),
        "lmid": [
            ("Caro Marco", "Pubblicità"),
            ("Secondo: conosci il mercato", "I più letti: Bonus Natale 2025, chi ne ha diritto"),
            ("Una sola cosa eviterei", "Offerta lavoro: Tecnico commerciale – Modena – Candidati"),
        ],
        "lbot": L("""
Condividi: WhatsApp · Facebook · X · Email
Ultime dalla rubrica
Posso rifiutare gli straordinari?
Corriere Padano S.p.A. – P.IVA 00000000000 – Tutti i diritti riservati
Privacy | Cookie | Gestione consensi
"""),
    },
]
