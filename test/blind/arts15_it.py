"""Blind set 12, Italian: gardening how-to, regional agriculture news, chess tournament report."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 19. Gardening how-to
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "it-potatura-ortensie-guida",
    "register": "gardening how-to",
    "lang": "it",
    "paras": P("""
Come potare le ortensie a fine inverno senza perdere i fiori

Il segreto è capire su quale legno fiorisce la vostra varietà. Ecco come riconoscerla e dove tagliare, passo dopo passo.

di Giovanna Ferrandi

Ogni primavera arrivano in redazione decine di lettere con la stessa domanda: ho potato l’ortensia e quest’anno non ha fatto nemmeno un fiore, perché? Nella maggior parte dei casi la risposta è semplice. Si è tagliato proprio il ramo che avrebbe portato i fiori.

Prima di tutto: quale ortensia avete?

Le ortensie macrophylla, quelle classiche a palla o a “cappello”, fioriscono sui rami cresciuti l’anno precedente. Le paniculata e le arborescens, invece, fioriscono sui rami nuovi della stagione e si possono potare in modo molto più deciso.

Il momento giusto

Nel Centro-Nord si interviene tra fine febbraio e metà marzo, quando il rischio di gelate forti è passato ma le gemme non sono ancora aperte. Al Sud e sulle coste si può anticipare di due o tre settimane.

Passo dopo passo, per le macrophylla

1. Eliminate i vecchi fiori secchi tagliando appena sopra la prima coppia di gemme gonfie e sane.

2. Togliete alla base i rami morti, quelli sottili e quelli che si incrociano al centro del cespuglio. Ogni anno eliminate rasoterra anche uno o due dei rami più vecchi, per stimolare nuovi getti.

3. Non accorciate mai tutti i rami alla stessa altezza: perdereste gran parte della fioritura.

Per paniculata e arborescens si può invece tagliare ogni ramo lasciando due o tre coppie di gemme dalla base. La pianta risponderà con steli più robusti e fiori più grandi.

Dopo la potatura, una manciata di stallatico pellettato ai piedi della pianta e una buona pacciamatura di foglie o corteccia aiuteranno a mantenere il terreno fresco durante l’estate.
"""),
    "head": [
        "Home › Giardinaggio › Arbusti e siepi",
        "Foto di apertura: ortensie macrophylla in un giardino ligure. Foto Shutterstock",
    ],
    "mid": [
        ("Nel Centro-Nord si interviene", "Le forbici che usiamo in redazione: Forbici da potatura bypass Verdaro Pro, 24,90 € su Ortomania.it – Acquista ora"),
        ("3. Non accorciate mai", "Pubblicità"),
    ],
    "tail": [
        "Iscriviti a Pollice Verde, la newsletter gratuita con i lavori del mese in giardino e sul balcone. Ogni lunedì nella tua casella.",
        "Hai una domanda sulle tue piante? Scrivi alla nostra esperta: le risposte più interessanti vengono pubblicate ogni settimana.",
        "Leggi anche\nRose rampicanti: come e quando potarle\nI 10 arbusti da fiore che resistono alla siccità",
        "Ti è piaciuto questo articolo? Condividilo su Facebook e Pinterest",
    ],
    "mixed": [
        ("di Giovanna Ferrandi", "end", "Aggiornato il 18 febbraio 2025"),
        ("Le ortensie macrophylla", "start", "In questo articolo sono presenti link di affiliazione."),
        ("Dopo la potatura, una manciata", "end", "Scopri la nostra selezione di concimi in offerta"),
    ],
    "ltop": L("""
Casa & Giardino
Giardinaggio · Orto · Piante da appartamento · Balcone · Idee
Home › Giardinaggio › Arbusti e siepi
"""),
    "lmid": [
        ("Il momento giusto", "Forbici da potatura Verdaro Pro – 24,90 € su Ortomania.it"),
        ("Passo dopo passo", "Pubblicità"),
    ],
    "lbot": L("""
Iscriviti alla newsletter Pollice Verde
Leggi anche
Rose rampicanti: come e quando potarle
© Edizioni Verdeviva S.r.l. – P. IVA 01234560987
"""),
})

# ---------------------------------------------------------------------------
# 20. Regional agriculture news
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "it-gelate-albicocche-valdipra-agricoltura",
    "register": "regional agriculture news",
    "lang": "it",
    "paras": P("""
Gelate tardive, in Valdiprà persi fino al 40 per cento dei fiori di albicocco

Le temperature sono scese a meno quattro gradi nella notte tra martedì e mercoledì. I frutticoltori chiedono lo stato di calamità naturale.

VALDIPRÀ – Il conto dei danni è ancora provvisorio, ma nelle campagne della bassa Valdiprà l’umore è nero. Le gelate delle ultime due notti hanno colpito gli albicoccheti proprio nel pieno della fioritura, quando i fiori sono più vulnerabili, e secondo una prima stima del consorzio frutticolo le perdite oscillano tra il 25 e il 40 per cento, con punte più alte nei fondovalle.

«Ho acceso i fuochi alle due di notte e sono rimasto nel frutteto fino all’alba, ma a meno quattro non c’è niente da fare», racconta Piero Bellotti, che coltiva dodici ettari ad albicocche e susine a Borgo San Vitale.

Le aziende dotate di impianti antibrina, che proteggono i fiori con una pellicola di ghiaccio nebulizzando acqua, hanno limitato i danni. Ma si tratta di una minoranza: in tutta la valle sono poco più di sessanta su oltre quattrocento.

Va un po’ meglio per ciliegi e peschi, che in molte zone non erano ancora in fiore. Preoccupano invece i kiwi, i cui germogli appena spuntati hanno subito bruciature diffuse.

La richiesta alla Regione

Il consorzio e le organizzazioni agricole hanno chiesto alla Regione di avviare la procedura per il riconoscimento dello stato di calamità, che consentirebbe di accedere a contributi e alla sospensione dei mutui. L’assessore all’Agricoltura, Daniela Morandi, ha annunciato sopralluoghi dei tecnici già da lunedì.

Il nodo delle assicurazioni resta aperto. Molti frutticoltori negli ultimi anni hanno rinunciato a coprirsi contro le gelate perché i premi sono diventati troppo alti. «Per un ettaro di albicocche si arriva a pagare 1.800 euro l’anno», spiega Bellotti.

Sulla produzione finale peserà ora l’andamento delle prossime settimane: se il tempo resterà stabile, alcune varietà tardive potrebbero ancora compensare in parte le perdite.
"""),
    "head": [
        "Economia › Agricoltura",
        "Abbonati a Gazzetta della Valle Digital: 0,99 € al mese per i primi tre mesi, poi 7,99 €. Disdici quando vuoi.",
        "Nella foto un albicoccheto di Borgo San Vitale dopo la gelata (Foto Cavalli)",
    ],
    "mid": [
        ("«Ho acceso i fuochi", "Articoli correlati\nSiccità, la Regione stanzia 4 milioni per i pozzi irrigui\nFrutta estiva, prezzi in calo all’ingrosso"),
        ("La richiesta alla Regione", "Contenuto sponsorizzato – AgriServizi Padana: impianti antibrina chiavi in mano, preventivo gratuito in 24 ore"),
    ],
    "tail": [
        "Scarica l’app della Gazzetta della Valle e attiva le notifiche per ricevere le ultime notizie dal territorio.",
        "Sfoglia l’edizione digitale del giornale: la copia di oggi è disponibile dalle 5 del mattino.",
        "© Riproduzione riservata",
    ],
    "mixed": [
        ("Le aziende dotate di impianti", "end", "Pubblicità"),
        ("Il nodo delle assicurazioni", "start", "Leggi il resto dell’articolo con Gazzetta+."),
        ("Sulla produzione finale", "end", "Segui tutte le notizie di Valdiprà sulla nostra pagina Facebook"),
    ],
    "ltop": L("""
Gazzetta della Valle
Cronaca · Politica · Economia · Sport · Cultura · Necrologie
Economia › Agricoltura
Abbonati a 0,99 € al mese
"""),
    "lmid": [
        ("Le aziende dotate di impianti", "Pubblicità"),
        ("Il nodo delle assicurazioni", "Articoli correlati: Siccità, la Regione stanzia 4 milioni per i pozzi irrigui"),
    ],
    "lbot": L("""
Condividi: Facebook · WhatsApp · Telegram
Sfoglia l’edizione digitale
© Riproduzione riservata
"""),
})

# ---------------------------------------------------------------------------
# 21. Chess tournament report
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "it-scacchi-open-pievecastello-resoconto",
    "register": "chess tournament report",
    "lang": "it",
    "paras": P("""
Scacchi, il sedicenne Terzani vince l’Open di Pievecastello davanti a due grandi maestri

Il giovane candidato maestro di Arezzo chiude imbattuto con 7,5 punti su 9 e ottiene la sua prima norma di maestro internazionale.

di Alessandro Vitali

Nessuno lo aveva messo tra i favoriti, e nemmeno lui, a giudicare dal biglietto del treno di ritorno prenotato per il sabato, un giorno prima della fine. Marco Terzani, 16 anni, ha vinto domenica la ventesima edizione dell’Open internazionale di Pievecastello, superando un campo di 148 giocatori da dodici Paesi.

La partita decisiva è arrivata al settimo turno contro il grande maestro serbo Nikola Ilić, numero uno del tabellone. Con il Nero, in una Siciliana Najdorf, Terzani ha sacrificato la qualità con 23...Txe3 e ha costretto il Bianco a difendersi per tutta la seconda parte della partita.

«A un certo punto ho visto che il suo re non aveva più caselle sicure e ho smesso di contare il materiale», ha raccontato il giovane. Ilić ha abbandonato alla mossa 51.

Negli ultimi due turni a Terzani sono bastate due patte rapide per mantenere mezzo punto di vantaggio sugli inseguitori.

Classifica finale (primi cinque)

1. CM Marco Terzani (ITA) 7,5

2. GM Nikola Ilić (SRB) 7

3. GM Wojciech Kalinowski (POL) 7

4. MI Chiara De Santis (ITA) 6,5

5. MF Tobias Lindqvist (SWE) 6,5

Il premio per la migliore giocatrice è andato a Chiara De Santis, che ha anche chiuso la norma di grande maestro femminile. Il direttore del torneo, Franco Lupi, ha annunciato che l’edizione del prossimo anno si giocherà per la prima volta nella nuova sala del teatro comunale.
"""),
    "head": [
        "Sport › Altri sport › Scacchi",
        "Foto: Marco Terzani durante il settimo turno (foto di Circolo Scacchistico Pievecastello)",
        "Segui ScacchiOggi su Telegram: risultati, partite commentate e dirette dai tornei italiani",
    ],
    "mid": [
        ("La partita decisiva", "Analizza questa partita con il nostro motore online: apri la scacchiera interattiva (richiede account Premium)"),
        ("Negli ultimi due turni", "Pubblicità – Corso online «Aperture per il giocatore di club»: 20 lezioni video con un maestro FIDE, ora a 39 €"),
    ],
    "tail": [
        "Sostieni ScacchiOggi: siamo un sito indipendente gestito da volontari. Con una donazione di 5 € ci aiuti a coprire i costi del server e delle dirette.",
        "Commenti (9) – Accedi per commentare",
        "Potrebbe interessarti anche\nCampionato italiano giovanile: tutti i qualificati\nLe partite più belle del mese di aprile",
        "ScacchiOggi è una testata registrata presso il Tribunale di Arezzo. Tutti i diritti riservati.",
    ],
    "mixed": [
        ("di Alessandro Vitali", "end", "– 14 aprile 2025"),
        ("«A un certo punto", "start", "Scarica il PGN completo del torneo."),
        ("Il premio per la migliore", "end", "Iscriviti al prossimo Open: quota ridotta fino al 31 gennaio"),
    ],
    "ltop": L("""
ScacchiOggi
Notizie · Tornei · Didattica · Problemi · Forum · Negozio
Sport › Altri sport › Scacchi
"""),
    "lmid": [
        ("La partita decisiva", "Apri la scacchiera interattiva"),
        ("Classifica finale", "Pubblicità"),
    ],
    "lbot": L("""
Commenti (9)
Sostieni ScacchiOggi con una donazione
Seguici su Telegram
Tutti i diritti riservati.
"""),
})
