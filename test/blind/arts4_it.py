from common import P, L

ARTICLES = [
dict(
    slug="b3-it-negozio-moka",
    lang="it",
    register="shop/product page",
    paras=P("""
Caffettiera moka in acciaio inox 6 tazze – Linea Borgo

Una moka pensata per durare: corpo in acciaio inox 18/10, manico in legno di noce trattato e guarnizione in silicone alimentare. Funziona su tutti i piani cottura, induzione compresa.

Caratteristiche

Capacità: 6 tazze (circa 300 ml)

Materiale: acciaio inox 18/10, manico in noce

Compatibile con induzione, gas, vetroceramica ed elettrico

Lavabile solo a mano, senza detersivi aggressivi

Prodotta a Omegna (VB) da un laboratorio artigiano a conduzione familiare.

Come usarla al meglio

Riempite la caldaia con acqua fino alla valvola, senza superarla. Inserite il filtro e riempitelo di caffè macinato per moka senza pressarlo. Avvitate bene e mettete sul fuoco a fiamma bassa.

Togliete la moka dal fuoco appena il caffè comincia a gorgogliare: così eviterete il sapore di bruciato.

Al primo utilizzo preparate due o tre caffè da buttare, per eliminare eventuali residui di lavorazione.
"""),
    head=[
        "Spedizione gratuita sopra i 49 € · Resi entro 30 giorni",
        "Home › Cucina › Caffè e tè › Moka",
        "€ 54,90 IVA inclusa · Disponibile – spedizione in 24/48 ore",
    ],
    mid=[
        ("Una moka pensata per durare", "Quantità: 1 ▾ | Aggiungi al carrello | ♡ Aggiungi alla lista desideri"),
        ("Prodotta a Omegna", "Chi ha acquistato questo articolo ha comprato anche: Macinacaffè manuale in faggio · Set 6 tazzine in gres"),
        ("Togliete la moka dal fuoco", "Paga in 3 rate senza interessi con Klarna."),
    ],
    tail=[
        "Recensioni dei clienti: 4,7 su 5 (218 recensioni) – Scrivi una recensione",
        "Iscriviti alla newsletter e ricevi subito un codice sconto del 10% sul primo ordine.",
        "Bottega Casa S.r.l. – P. IVA 01234560037 – Tutti i diritti riservati",
    ],
    mixed=[
        ("Caffettiera moka in acciaio", "end", "Cod. articolo BRG-M6"),
        ("Capacità: 6 tazze", "start", "SOLO OGGI -15%"),
        ("Lavabile solo a mano", "end", "Ultimi 3 pezzi disponibili!"),
        ("Al primo utilizzo", "end", "Hai domande su questo prodotto? Chatta con noi, rispondiamo dalle 9 alle 18."),
    ],
    ltop=L("""
Bottega Casa
Cerca prodotti
Accedi
Carrello (0)
Cucina
Tavola
Offerte
"""),
    lmid=[
        ("Come usarla al meglio", "Descrizione | Dettagli | Spedizioni e resi"),
    ],
    lbot=L("""
Metodi di pagamento
Spedizioni
Diritto di recesso
Condizioni di vendita
Informativa cookie
"""),
),
dict(
    slug="b3-it-cronaca-ponte",
    lang="it",
    register="local news",
    paras=P("""
Bassano, il Ponte Vecchio chiuso per tre settimane: lavori alle travi dopo la piena

Il Ponte degli Alpini di Bassano del Grappa resterà chiuso al transito pedonale da lunedì 17 novembre per circa tre settimane. Lo ha comunicato ieri il Comune con un'ordinanza del sindaco.

La chiusura si è resa necessaria dopo le verifiche eseguite in seguito alla piena del Brenta di fine ottobre, che hanno evidenziato il danneggiamento di due travi della campata centrale.

«Non c'è alcun rischio di crollo, ma non possiamo rimandare l'intervento», ha spiegato l'assessore ai lavori pubblici Giovanni Tessarolo. «Preferiamo farlo adesso, prima del periodo natalizio».

Per raggiungere il centro storico dalla riva sinistra si potrà utilizzare il ponte della Vittoria, dove sarà allestito un percorso pedonale protetto.

I commercianti di via Angarano temono un calo degli incassi. «Per noi il ponte è tutto: senza il passaggio dei turisti, dicembre rischia di essere un disastro», dice Marta Zonta, titolare di una bottega di ceramiche.

Il Comune ha annunciato che nelle settimane di chiusura la sosta nel parcheggio di piazzale Cadorna sarà gratuita il sabato pomeriggio.
"""),
    head=[
        "Cronaca › Bassano del Grappa",
        "Abbonati a Il Giornale del Brenta: tutto il sito e l'edizione digitale a 0,99 € per 3 mesi.",
    ],
    mid=[
        ("Il Ponte degli Alpini", "Leggi anche: Maltempo, frana sulla strada per Valstagna"),
        ("«Non c'è alcun rischio", "OFFERTE DI LAVORO IN ZONA\nMagazziniere – Rosà – tempo pieno\nCommessa part-time – Bassano centro\nTutti gli annunci »"),
        ("Per raggiungere il centro", "Pubblicità"),
    ],
    tail=[
        "Vuoi ricevere le notizie di Bassano su WhatsApp? Unisciti al nostro canale, è gratis.",
        "Necrologie · Annunci · Aste giudiziarie",
        "Riproduzione riservata ©",
    ],
    mixed=[
        ("Il Ponte degli Alpini", "start", "di Elena Bortolazzo"),
        ("La chiusura si è resa", "end", "Guarda il video dei rilievi sotto al ponte"),
        ("I commercianti di via Angarano", "start", "CONTINUA A LEGGERE DOPO LA PUBBLICITÀ"),
        ("Il Comune ha annunciato", "end", "Ti è piaciuto questo articolo? Condividilo con i tuoi amici."),
    ],
    ltop=L("""
Il Giornale del Brenta
Prima pagina
Cronaca
Sport
Eventi
Edicola digitale
Accedi
"""),
    lmid=[
        ("La chiusura si è resa", "Foto: archivio Giornale del Brenta"),
    ],
    lbot=L("""
Chi siamo
Pubblicità su questo sito
Privacy
Preferenze cookie
"""),
),
dict(
    slug="b3-it-cinquepermille",
    lang="it",
    register="explainer (trap: charitable donations)",
    trap=True,
    trap_promo=("tail", "Il nostro giornalismo è libero perché lo sostengono i lettori. Se puoi, aiutaci anche tu con un contributo."),
    paras=P("""
Cinque per mille, come scegliere a chi destinarlo nella dichiarazione dei redditi

Con la stagione delle dichiarazioni dei redditi torna anche l'appuntamento con il cinque per mille, la quota dell'Irpef che i contribuenti possono destinare a enti del terzo settore, alla ricerca, ai comuni o alle associazioni sportive dilettantistiche.

Non è una donazione in più: la somma è già compresa nelle imposte che si pagano. Se non si sceglie nessun beneficiario, quella parte resta allo Stato.

Per indicarlo basta firmare in uno dei riquadri del modello 730, del modello Redditi o della scheda allegata alla Certificazione Unica, e scrivere il codice fiscale dell'ente scelto.

Secondo i dati dell'Agenzia delle Entrate, nel 2025 hanno firmato circa 17 milioni di contribuenti, poco più del 40% del totale. Le somme distribuite hanno superato i 590 milioni di euro.

Gli esperti consigliano di verificare che l'ente sia iscritto negli elenchi ufficiali, consultabili sul sito dell'Agenzia, e di controllare come ha utilizzato i fondi negli anni precedenti: gli enti che ricevono più di 20.000 euro devono pubblicare un rendiconto.

Si può scegliere un solo beneficiario. Il cinque per mille non sostituisce l'otto per mille né il due per mille ai partiti politici: le tre scelte sono indipendenti.
"""),
    head=[
        "Economia › Fisco",
        "Il nostro giornalismo è libero perché lo sostengono i lettori. Se puoi, aiutaci anche tu con un contributo.",
    ],
    mid=[
        ("Non è una donazione in più", "Dona il tuo 5x1000 alla Fondazione Sorriso Bimbi: codice fiscale 97012345678. Messaggio promozionale"),
        ("Secondo i dati dell'Agenzia", "Guida al 730: tutte le scadenze e le detrazioni – scaricala gratis in PDF"),
    ],
    tail=[
        "Il nostro giornalismo è libero perché lo sostengono i lettori. Se puoi, aiutaci anche tu con un contributo.",
        "Hai un dubbio sulle tasse? Scrivi alla nostra esperta: risponderemo nella rubrica del sabato.",
    ],
    mixed=[
        ("Cinque per mille, come", "end", "Ascolta l'articolo"),
        ("Per indicarlo basta firmare", "start", "Pubblicità 1 di 2"),
        ("Gli esperti consigliano", "end", "Ogni giovedì «Soldi in tasca», la newsletter su risparmio e fisco: iscriviti in un clic."),
        ("Si può scegliere un solo", "end", "Salva per dopo"),
    ],
    ltop=L("""
Economia
Fisco
Lavoro
Pensioni
Risparmio
Sostienici
"""),
    lmid=[
        ("Per indicarlo basta firmare", "Spazio promozionale"),
    ],
    lbot=L("""
Redazione
Lavora con noi
Note legali
Gestione consenso
"""),
),
]
