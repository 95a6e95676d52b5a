"""blind10, Italian: recensione di una mostra (paesaggisti nordici a Lucca), notizia scientifica su un
pianeta scoperto attorno a una nana rossa, e un blog di ricette (pasta e ceci alla romana).
"""
from common import P, L

ARTICLES = [
    {
        "slug": "b13-it-recensione-mostra-lucca",
        "register": "arts review",
        "lang": "it",
        "paras": P("""
«Luce del Nord», a Lucca i paesaggisti scandinavi che dipingevano il silenzio

C'è un momento, a metà percorso, in cui il visitatore si ritrova da solo davanti a un fiordo norvegese al crepuscolo, dipinto nel 1893 da Kitty Kielland, e la sala sembra improvvisamente più fredda. È il merito principale di «Luce del Nord. Paesaggio scandinavo 1870-1920», la mostra che Palazzo Ducci dedica fino al 6 luglio alla pittura nordica di fine Ottocento: far sentire la temperatura di un luogo attraverso la pittura.

Le ottanta opere, arrivate in gran parte dal Nasjonalmuseet di Oslo e dall'Ateneum di Helsinki, raccontano una generazione di artisti che, dopo aver studiato a Parigi e a Düsseldorf, tornò a casa decisa a dipingere la propria terra. Accanto ai nomi più noti, come Akseli Gallen-Kallela e Harald Sohlberg, la curatrice Ingrid Solheim ha scelto di dare ampio spazio alle pittrici, che costituiscono quasi un terzo dei prestiti. Una scelta tutt'altro che scontata, visto che artiste come Kielland, Harriet Backer e Helene Schjerfbeck sono ancora poco conosciute dal pubblico italiano, nonostante il ruolo di primo piano che ebbero nei loro paesi.

Un percorso in cinque sezioni

La mostra si apre con le grandi tele di montagna, ancora legate alla tradizione romantica, e procede verso una pittura sempre più essenziale. La sezione centrale, dedicata alle «notti bianche», è la più riuscita: quadri di luce azzurrina e senza ombre, in cui il tempo sembra sospeso.

Colpisce in particolare «Notte d'estate» di Sohlberg, con la sua tavola apparecchiata davanti a un lago immobile. È un'opera che da sola giustificherebbe il viaggio, e non è un caso che la curatrice l'abbia scelta per il manifesto della mostra.

Meno convincente l'ultima sala, dedicata ai rapporti con il simbolismo europeo, dove l'accostamento con alcune opere italiane di Pellizza da Volpedo e Segantini appare più dettato dal desiderio di parlare al pubblico locale che da una reale necessità critica.

L'allestimento

Le pareti grigio ardesia e l'illuminazione molto contenuta creano un'atmosfera raccolta, forse fin troppo: alcune tele di piccolo formato, appese in basso, si leggono con difficoltà. Ottimi invece gli apparati didattici, con testi brevi in italiano e in inglese e una mappa che permette di collocare ciascun paesaggio.

«Volevamo che il visitatore uscisse con la sensazione di aver fatto un viaggio, non una lezione», ha spiegato la curatrice durante la presentazione alla stampa.

Il catalogo, edito da Silvana, costa 38 euro e contiene saggi di storici dell'arte norvegesi, finlandesi e italiani ed è uno strumento utile anche dopo la visita.

Il giudizio

Una mostra intelligente e sorprendente, che porta in Italia opere raramente viste fuori dai paesi nordici. Qualche scelta discutibile nel finale non toglie nulla al piacere di un percorso che chiede, e ripaga, lentezza.

Informazioni: Palazzo Ducci, via Fillungo 141, Lucca. Fino al 6 luglio. Da martedì a domenica, 10-19; venerdì fino alle 22. Intero 14 euro, ridotto 11 euro.
"""),
        "head": [
            "Accetta i cookie e continua a leggere gratuitamente, oppure abbonati per navigare senza pubblicità e senza tracciamento.\nAccetta e continua\nAbbonati",
            "Arte · Mostre · Toscana",
        ],
        "mid": [
            ("Le ottanta opere", "Biglietti per «Luce del Nord»: acquistali online e salta la coda. Con il codice ARTE10 hai il 10% di sconto.\nCompra ora"),
            ("Colpisce in particolare", "Pubblicità"),
            ("Il catalogo, edito da Silvana", "Iscriviti a Cartoline d'Arte, la newsletter che ogni venerdì ti segnala le mostre da non perdere in Italia e in Europa."),
        ],
        "tail": [
            "Potrebbe interessarti anche\nVan Gogh a Roma: le date e i biglietti\nLe 15 mostre più attese del 2025\nBiennale di Venezia, la guida ai padiglioni",
            "Seguici su Instagram e Facebook per non perdere gli aggiornamenti su mostre ed eventi.",
            "Riproduzione riservata © ArteOggi Magazine 2025 - P.IVA 01234567890",
        ],
        "mixed": [
            ("C'è un momento, a metà percorso", "start", "di Francesca Bellandi | 11 aprile 2025"),
            ("La mostra si apre con", "end", "Guarda la gallery"),
            ("L'allestimento", "start", "Leggi anche:"),
            ("Una mostra intelligente", "end", "Voto: ★★★★☆"),
        ],
        "ltop": L("""
ArteOggi
Mostre
Musei
Mercato
Agenda
Abbonati alla rivista
"""),
        "lmid": [
            ("Un percorso in cinque sezioni", "Foto: courtesy Palazzo Ducci"),
            ("Il giudizio", "Condividi su Facebook · WhatsApp · Telegram"),
        ],
        "lbot": L("""
Tag: mostre Toscana, pittura nordica
Chi siamo
Pubblicità
Lavora con noi
Privacy policy
"""),
    },
    {
        "slug": "b13-it-scienza-pianeta-nana-rossa",
        "register": "science news",
        "lang": "it",
        "paras": P("""
Scoperta una super-Terra nella zona abitabile di una stella vicina: c'è anche la firma di un team italiano

Si trova a poco più di 20 anni luce da noi, ha una massa circa quattro volte quella della Terra e orbita nella cosiddetta zona abitabile della sua stella, dove la temperatura potrebbe consentire la presenza di acqua liquida in superficie. È il nuovo pianeta annunciato da un gruppo internazionale di astronomi guidato dall'Istituto Nazionale di Astrofisica (INAF), in uno studio appena pubblicato sulla rivista Astronomy & Astrophysics.

Il pianeta, battezzato GJ 1082 d, ruota attorno a una nana rossa, una stella più piccola, più fredda e meno luminosa del Sole, e completa un'orbita in 31 giorni. Si tratta del terzo pianeta scoperto in questo sistema: gli altri due sono troppo vicini alla stella per ospitare acqua allo stato liquido. Le nane rosse sono le stelle più comuni della Via Lattea e rappresentano circa tre quarti di quelle presenti nei dintorni del Sole, per questo sono considerate tra i luoghi più promettenti in cui cercare pianeti simili alla Terra.

Come è stato scoperto

Il segnale è stato individuato con lo spettrografo HARPS-N, installato al Telescopio Nazionale Galileo, sull'isola di La Palma, nelle Canarie. Lo strumento non vede direttamente il pianeta, ma misura le minuscole oscillazioni della stella provocate dalla sua attrazione gravitazionale: in questo caso, un movimento di poco più di un metro al secondo.

«È come accorgersi che una persona ondeggia perché ha un bambino per mano, senza vedere il bambino», spiega Elena Ruggieri, astrofisica dell'INAF di Torino e prima autrice dello studio.

Per escludere che il segnale fosse dovuto all'attività della stella, come macchie e brillamenti, il team ha raccolto oltre 260 misure nell'arco di sei anni e le ha confrontate con i dati del satellite TESS della NASA. Solo dopo aver verificato che il segnale restava stabile nel tempo, con la stessa ampiezza e lo stesso periodo, i ricercatori hanno potuto attribuirlo con sicurezza a un pianeta.

Abitabile non vuol dire abitato

I ricercatori invitano alla prudenza. Le nane rosse sono spesso molto attive e possono investire i loro pianeti con radiazioni ultraviolette e venti stellari capaci di erodere l'atmosfera. Inoltre, a questa distanza dalla stella, il pianeta potrebbe mostrare sempre la stessa faccia, con un emisfero perennemente illuminato e l'altro al buio.

«Non sappiamo nemmeno se abbia un'atmosfera», sottolinea Ruggieri. «Ma proprio per questo è un obiettivo perfetto per la prossima generazione di telescopi.»

Il pianeta, infatti, non transita davanti alla sua stella vista dalla Terra, e questo rende impossibile studiarne l'atmosfera con il telescopio spaziale James Webb. Potrà invece essere osservato direttamente dall'Extremely Large Telescope dell'ESO, in costruzione in Cile, che dovrebbe entrare in funzione verso la fine del decennio.

I numeri della scoperta

Distanza dalla Terra: circa 20,7 anni luce.

Massa minima: 4,1 volte quella terrestre.

Periodo orbitale: 31,2 giorni.

Lo studio ha coinvolto anche ricercatori delle università di Ginevra, Padova e Tenerife.
"""),
        "head": [
            "Ascolta questo articolo · 5 min",
            "Spazio e astronomia",
        ],
        "mid": [
            ("Il pianeta, battezzato", "Contenuto sponsorizzato\nTelescopi per principianti: scopri la nuova linea StellaView con il 20% di sconto fino a domenica"),
            ("«È come accorgersi", "Ti piace la scienza? Unisciti al nostro canale Telegram: ogni giorno le scoperte più importanti spiegate in due minuti.\nEntra nel canale"),
            ("I ricercatori invitano alla prudenza", "Leggi anche: Il telescopio James Webb fotografa la nube più fredda dell'universo"),
        ],
        "tail": [
            "I più letti di oggi\nPerché a marzo le giornate si allungano così in fretta\nIl vulcano Campi Flegrei spiegato in 5 grafici\nLa dieta mediterranea allunga davvero la vita?",
            "Abbonati a Orizzonte Scienza: il mensile di divulgazione in edicola e in digitale. Primo anno a 29,90 euro invece di 59,40.\nScopri l'offerta",
            "Hai trovato utile questo articolo? Condividilo con i tuoi amici!",
        ],
        "mixed": [
            ("Si trova a poco più di 20 anni luce", "start", "ROMA, 27 MARZO 2025 – ultimo aggiornamento ore 16:22"),
            ("Per escludere che il segnale", "end", "(Immagine di artista: INAF/Media Inaf)"),
            ("Il pianeta, infatti, non transita", "start", "Pubblicità – continua a leggere sotto"),
            ("Lo studio ha coinvolto", "end", "Riproduzione riservata"),
        ],
        "ltop": L("""
Orizzonte Scienza
Spazio
Ambiente
Salute
Tecnologia
Accedi
"""),
        "lmid": [
            ("Come è stato scoperto", "Video: come si cerca un esopianeta (2:14)"),
            ("I numeri della scoperta", "Segui Orizzonte Scienza su Google News"),
        ],
        "lbot": L("""
Argomenti: esopianeti · INAF · astronomia
Redazione
Contatti
Preferenze cookie
© 2025 Orizzonte Scienza Srl
"""),
    },
    {
        "slug": "b13-it-ricetta-pasta-ceci",
        "register": "recipe blog",
        "lang": "it",
        "paras": P("""
Pasta e ceci alla romana, la ricetta della nonna

Nella cucina di mia nonna Adele, a Testaccio, il venerdì era giorno di pasta e ceci. La preparava in una pentola di coccio annerita dagli anni, con il rosmarino del vaso sul balcone e un'acciuga sciolta nell'olio che, diceva lei, «non si sente ma si sente». Questa è la sua ricetta, con le dosi che ho finalmente messo per iscritto dopo averla vista fare a occhio per trent'anni. Ogni tanto mia madre ci aggiungeva qualche cotenna di maiale, come si faceva una volta nelle trattorie del quartiere, ma io preferisco la versione più semplice, che è anche adatta a chi non mangia carne se si tolgono le acciughe.

È un piatto povero, a metà strada tra una minestra e una pasta asciutta: deve risultare cremoso, con i ceci in parte frullati e in parte interi. A Roma si usano tradizionalmente i ceci secchi, ma con quelli in barattolo si ottiene un buon risultato in metà del tempo. In quel caso sciacquateli bene sotto l'acqua corrente e sostituite l'acqua di cottura con un buon brodo vegetale. Per la pasta, scegliete un formato corto e ruvido che trattenga bene la crema: i ditaloni rigati sono perfetti, ma vanno benissimo anche i maltagliati fatti in casa o la pasta mista, ottima per recuperare i fondi dei pacchi rimasti in dispensa.

Difficoltà: facile · Preparazione: 15 minuti più l'ammollo · Cottura: 1 ora e 30 · Dosi per 4 persone

Ingredienti

250 g di ceci secchi (oppure 2 barattoli da 400 g già cotti)

200 g di pasta corta, come ditaloni o maltagliati

2 spicchi d'aglio, 1 rametto di rosmarino, 2 filetti d'acciuga sott'olio

1 cucchiaio di concentrato di pomodoro, olio extravergine d'oliva, sale e pepe

Procedimento

Mettete i ceci in ammollo in abbondante acqua fredda per almeno 12 ore. Scolateli, sciacquateli e cuoceteli in acqua non salata per circa un'ora e un quarto, finché sono teneri. Conservate l'acqua di cottura.

In una pentola capiente scaldate quattro cucchiai d'olio con l'aglio schiacciato, il rosmarino e le acciughe, finché queste non si sono sciolte. Eliminate l'aglio, aggiungete il concentrato e fatelo tostare per un minuto.

Unite i ceci e lasciateli insaporire, poi copriteli con circa un litro della loro acqua di cottura. Prelevate un terzo dei ceci, frullateli e rimetteteli in pentola: è questo il segreto della cremosità.

Portate a bollore, salate e cuocete la pasta direttamente nella minestra, mescolando spesso perché non attacchi. Se si asciuga troppo, aggiungete altra acqua calda.

Spegnete quando la pasta è al dente, lasciate riposare due minuti e servite con un filo d'olio a crudo e una macinata di pepe.

Il consiglio: il giorno dopo è ancora più buona. Se avanza, scaldatela con un goccio d'acqua, oppure fatela rosolare in padella finché si forma una crosticina, come faceva mia nonna per la cena del sabato.
"""),
        "head": [
            "Vai alla ricetta ↓",
            "Questo blog utilizza link di affiliazione: se acquisti tramite questi link, potrei ricevere una piccola commissione.",
        ],
        "mid": [
            ("Nella cucina di mia nonna Adele", "📌 Salva questa ricetta su Pinterest per ritrovarla quando vuoi!"),
            ("Difficoltà: facile", "Ricevi ogni domenica il menù della settimana con la lista della spesa già pronta: iscriviti a La Dispensa di Chiara, è gratis!\nIl tuo indirizzo email\nIscrivimi"),
            ("Unite i ceci e lasciateli", "Io uso questo frullatore a immersione da 1000 W (link affiliato): lo trovi in offerta a 39,90 € su Amazon."),
        ],
        "tail": [
            "Hai provato questa ricetta? Lascia un voto e un commento qui sotto, e taggami su Instagram con #lacucinadichiara!",
            "Ti potrebbero piacere anche\nCarbonara perfetta: gli errori da evitare\nZuppa di lenticchie e castagne\nCarciofi alla romana come in trattoria",
            "Chiara Marchetti, romana, insegnante di lettere e cuoca per passione. Su questo blog racconto le ricette di famiglia e quelle dei mercati.\nSeguimi su Instagram e TikTok",
        ],
        "mixed": [
            ("È un piatto povero", "end", "Stampa la ricetta"),
            ("Mettete i ceci in ammollo", "start", "Passo 1"),
            ("Spegnete quando la pasta è al dente", "end", "⭐⭐⭐⭐⭐ (87 voti)"),
        ],
        "ltop": L("""
La Cucina di Chiara
Ricette
Primi piatti
Dolci
Menù settimanali
Cerca una ricetta
"""),
        "lmid": [
            ("Ingredienti", "Salva nel ricettario ♥"),
            ("Procedimento", "Modalità cucina: mantieni lo schermo acceso"),
        ],
        "lbot": L("""
Commenti
Lascia un commento
Il tuo indirizzo email non sarà pubblicato.
© La Cucina di Chiara 2025 – Tutti i diritti riservati
"""),
    },
]
