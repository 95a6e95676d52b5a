from common import P, L

ARTICLES = [
    {
        "slug": "b10-it-giardino-pomodori",
        "lang": "it",
        "register": "gardening column",
        "paras": P("""
Pomodori sul balcone: cosa seminare a marzo per raccogliere a luglio

Anche pochi metri quadrati bastano. La nostra rubrica del sabato risponde alle domande dei lettori.

Cara Giulia, abito al quarto piano a Torino e ho un balcone esposto a sud-ovest. Vorrei provare a coltivare pomodori in vaso: da dove comincio? (Marco, via e-mail)

Caro Marco, il suo balcone è perfetto. I pomodori vogliono almeno sei ore di sole al giorno, e l'esposizione a sud-ovest garantisce le ore calde del pomeriggio.

Quali varietà scegliere

Per il vaso consiglio le varietà a crescita determinata, che restano compatte:

Ciliegino

San Marzano nano

Semina e trapianto

A marzo si semina al chiuso, in piccoli alveoli, vicino a una finestra luminosa. Dopo circa sei settimane, quando le piantine hanno quattro foglie vere e le notti superano i 12 gradi, si possono trapiantare in vasi da almeno 20 litri.

«L'errore più comune è annaffiare poco e spesso», mi ha detto Paolo Ferrero, vivaista di Moncalieri. «Meglio bagnare a fondo due o tre volte alla settimana, al mattino presto.»

Un tutore di bambù alto un metro e mezzo e un po' di pacciamatura di paglia per trattenere l'umidità completeranno il lavoro. Concimate ogni due settimane da giugno con un prodotto ricco di potassio.

Buon raccolto, e mi mandi una foto a luglio.
"""),
        "head": [
            "Casa & Giardino · La rubrica del sabato",
            "Scrivete a Giulia: le vostre domande sul verde a pollicegreen@gazzettadelpo.it",
        ],
        "mid": [
            ("Caro Marco, il suo balcone è perfetto.", "Leggi anche: Orto sul terrazzo, le dieci piante aromatiche più facili"),
            ("San Marzano nano", "Kit semi di pomodoro antichi, 12 varietà, 14,90 € su Amazon. Come affiliati Amazon riceviamo un guadagno dagli acquisti idonei."),
            ("«L'errore più comune è annaffiare", "Pubblicità"),
        ],
        "tail": [
            "Iscriviti a «Pollice verde», la newsletter settimanale di Gazzetta del Po dedicata a orti, balconi e giardini.",
            "Ti è piaciuto questo articolo? Sostieni il nostro giornalismo: abbonati a Gazzetta del Po Digital a 1 € per tre mesi.",
            "Riproduzione riservata © Copyright Gazzetta del Po",
        ],
        "mixed": [
            ("Cara Giulia, abito al quarto piano", "start", "Segui la rubrica anche su Facebook."),
            ("Buon raccolto, e mi mandi una foto", "end", "Le foto dei lettori saranno pubblicate nella nostra gallery."),
            ("A marzo si semina al chiuso,", "end", "Acquista semenzai e terriccio nel nostro shop partner con il codice ORTO10."),
            ("Un tutore di bambù alto", "start", "Contenuto sponsorizzato."),
        ],
        "ltop": L("""
Gazzetta del Po
Cronaca
Politica
Economia
Sport
Casa & Giardino
Abbonati
Accedi
Pollice verde
di Giulia Aimone
14 marzo 2026
Tempo di lettura: 3 minuti
Pomodori ciliegini coltivati in vaso su un balcone torinese (foto Shutterstock)
"""),
        "lmid": [
            ("Caro Marco, il suo balcone è perfetto.", "ADV"),
            ("San Marzano nano", "Offerta Amazon"),
            ("«L'errore più comune è annaffiare", "I più letti"),
        ],
        "lbot": L("""
Condividi
Commenta
Argomenti
Orto
Gazzetta del Po S.p.A. - P.IVA 01234560018
Privacy
Cookie policy
Preferenze cookie
Contatti
"""),
        "trap": False,
        "trap_promo": None,
    },
    {
        "slug": "b10-it-intervista-attrice",
        "lang": "it",
        "register": "celebrity interview",
        "paras": P("""
Lucia Marangoni: «A cinquant'anni ho smesso di chiedere il permesso»

L'attrice torna in tv con una serie sulla sua Venezia e racconta i no detti, il figlio adolescente e il rapporto con i social.

Arriva all'appuntamento in bicicletta, jeans e un cappotto di lana blu. Lucia Marangoni, 51 anni, ha appena finito di girare «Acqua alta», serie in sei episodi in onda dal 7 aprile, in cui interpreta una commissaria veneziana.

Perché Venezia?

«Perché è casa. Sono cresciuta a Cannaregio, mio padre faceva il gondoliere. Non avevo mai girato nella mia città e avevo paura di non riconoscerla.»

Lei ha detto molti no in carriera.

«Tantissimi. Ruoli di madre, di moglie, di amante. A un certo punto ho capito che dovevo scegliere, non aspettare che qualcuno scegliesse per me.»

Sui social ha due milioni di follower ma pubblica pochissimo.

«Mio figlio ha sedici anni e mi prende in giro. Dice che sono l'unica attrice che non sa fare una storia. Non ho un'agenzia che mi gestisce i profili, e non faccio pubblicità per marchi di cosmetici: mi hanno offerto cifre enormi, ma non mi riconoscevo.»

Il prossimo progetto?

«Il teatro. In autunno porto in scena un monologo di Natalia Ginzburg. Piccolo, a Mestre. Poi si vedrà.»

Ci saluta così, rimontando in sella: «Scriva che sono puntuale, per favore.»
"""),
        "head": [
            "Spettacoli · Personaggi",
            "Questo articolo fa parte di «Ritratti», il nostro speciale del weekend. Lo trovi ogni domenica anche in edicola con il magazine.",
        ],
        "mid": [
            ("Arriva all'appuntamento in bicicletta,", "Guarda il trailer di «Acqua alta» (video, 1'45\")"),
            ("«Tantissimi. Ruoli di madre,", "Offerta speciale: leggi tutti i contenuti Premium a 0,99 € al mese per 3 mesi. Disdici quando vuoi."),
            ("«Mio figlio ha sedici anni", "Ascolta «Dietro le quinte», il podcast di Spettacoli, su Spotify e Apple Podcasts."),
        ],
        "tail": [
            "Ricevi ogni venerdì «Prima fila», la newsletter su cinema, serie tv e teatro. Iscriviti gratis.",
            "Potrebbe interessarti anche: Sanremo 2026, tutti i cantanti in gara · Favino: «Il cinema italiano deve rischiare di più»",
            "Commenta l'articolo (23)",
        ],
        "mixed": [
            ("Arriva all'appuntamento in bicicletta,", "start", "Intervista esclusiva."),
            ("Ci saluta così,", "end", "Segui Lucia Marangoni su Instagram: @luciamarangoni_official."),
            ("«Perché è casa.", "end", "Scopri le date del tour teatrale e acquista i biglietti su TicketLaguna."),
            ("«Il teatro.", "start", "Contenuto riservato agli abbonati."),
        ],
        "ltop": L("""
Il Corriere delle Venezie
Home
Cronaca
Spettacoli
Cultura
Magazine
Abbonati
PERSONAGGI
di Chiara Zanetti
16 marzo 2026 (modifica il 16 marzo 2026 | 10:14)
Ascolta l'articolo
5 min
Lucia Marangoni fotografata a Cannaregio (Ph. Matteo Bassi per Il Corriere delle Venezie)
"""),
        "lmid": [
            ("Arriva all'appuntamento in bicicletta,", "Play"),
            ("«Tantissimi. Ruoli di madre,", "Sponsor"),
            ("«Mio figlio ha sedici anni", "Regala questo articolo"),
        ],
        "lbot": L("""
Condividi su WhatsApp
Condividi su Facebook
Copia link
Dai un voto
Ultime notizie
Redazione
Lavora con noi
Note legali
Informativa privacy
Gestisci cookie
© RIPRODUZIONE RISERVATA
"""),
        "trap": False,
        "trap_promo": None,
    },
    {
        "slug": "b10-it-studio-cookie",
        "lang": "it",
        "register": "scientific press release",
        "paras": P("""
Banner dei cookie: solo un utente su venti legge davvero cosa accetta

Uno studio dell'Università di Padova, pubblicato su «Computers in Human Behavior», ha analizzato il comportamento di 3.200 navigatori italiani.

Padova, 10 marzo 2026 – Il 94 per cento degli utenti clicca su «Accetta tutti» nei banner dei cookie senza leggere le informazioni, e lo fa in meno di due secondi. È quanto emerge da una ricerca del Dipartimento di Psicologia Generale dell'Università di Padova, pubblicata oggi.

Il gruppo di ricerca, coordinato dalla professoressa Elena Bortolami, ha registrato per sei mesi, con il consenso dei partecipanti, le interazioni di 3.200 volontari con i banner di 450 siti di informazione, commercio elettronico e servizi pubblici.

I risultati principali

Tempo medio di interazione con un banner: 1,8 secondi

Utenti che aprono le impostazioni dettagliate: 5,3 per cento

Utenti che rifiutano tutti i cookie quando il pulsante è visibile quanto quello di accettazione: 38 per cento

«Il dato più interessante è l'ultimo», spiega Bortolami. «Quando "Rifiuta" e "Accetta" hanno la stessa evidenza grafica, quasi quattro persone su dieci rifiutano. Significa che il design orienta le scelte molto più dell'informazione.»

Lo studio ha anche rilevato che i banner mostrati su smartphone, dove occupano gran parte dello schermo, vengono chiusi più in fretta, e che gli utenti più giovani sono i più propensi ad accettare la profilazione pubblicitaria.

Secondo i ricercatori, i risultati sostengono le linee guida del Garante per la protezione dei dati personali, che dal 2021 chiedono ai siti di offrire un pulsante di rifiuto «con pari evidenza».

La ricerca è stata finanziata dal programma PRIN del Ministero dell'Università e della Ricerca.

Il prossimo passo sarà ripetere lo studio in Germania e in Spagna, dove le autorità applicano regole diverse sui banner.
"""),
        "head": [
            "Comunicati stampa · Ricerca",
            "Iscriviti alla newsletter di Ateneo per ricevere i comunicati stampa e gli aggiornamenti sulle ricerche.",
        ],
        "mid": [
            ("Il gruppo di ricerca, coordinato", "Scarica il comunicato in PDF (245 KB)"),
            ("«Il dato più interessante è l'ultimo»", "Sostieni la ricerca: dona il tuo 5x1000 all'Università di Padova, codice fiscale 80006480281."),
            ("Lo studio ha anche rilevato", "Iscrizioni aperte: Master in Psicologia dei nuovi media, a.a. 2026/27. Scopri di più."),
        ],
        "tail": [
            "Link all'articolo scientifico: doi.org/10.1016/j.chb.2026.108233",
            "Seguici su LinkedIn, Instagram e YouTube: @unipadova",
            "Università degli Studi di Padova · Via 8 Febbraio, 2 · 35122 Padova · P.IVA 00742430283",
        ],
        "mixed": [
            ("Padova, 10 marzo 2026 –", "start", "Comunicato stampa."),
            ("La ricerca è stata finanziata", "end", "Per interviste e immagini in alta risoluzione contattare l'Ufficio Stampa."),
            ("Il gruppo di ricerca, coordinato", "end", "Guarda la video-intervista alla professoressa sul nostro canale YouTube."),
            ("Secondo i ricercatori,", "start", "Ti è stata utile questa pagina?"),
        ],
        "ltop": L("""
Vai al contenuto principale
Università degli Studi di Padova
Ateneo
Didattica
Ricerca e innovazione
Terza missione
Internazionale
Servizi
Sala stampa
Ultimo aggiornamento: 10.03.2026
La professoressa Elena Bortolami nel laboratorio di Psicologia. Foto: Università di Padova
"""),
        "lmid": [
            ("Il gruppo di ricerca, coordinato", "Allegati"),
            ("«Il dato più interessante è l'ultimo»", "Condividi su X"),
            ("Lo studio ha anche rilevato", "Notizie correlate"),
        ],
        "lbot": L("""
Contattaci
Dichiarazione di accessibilità
Privacy
Cookie
Note legali
Amministrazione trasparente
Credits
© 2026 Università degli Studi di Padova
"""),
        "trap": True,
        "trap_promo": ("head", "Comunicati stampa · Ricerca"),
    },
]
