from common import P, L

ARTICLES = []

# 1 -- municipal council: limited traffic zone
ARTICLES.append(dict(
    slug="it3-consiglio-comunale-ztl", lang="it", register="council",
    paras=P("""
Ztl, via libera del consiglio comunale: dal 1° aprile varchi attivi anche la sera

Con 19 voti favorevoli, 11 contrari e un astenuto, il consiglio comunale di Ferrara ha approvato nella seduta di lunedì il nuovo regolamento della zona a traffico limitato del centro storico.

La novità principale riguarda gli orari. Finora i varchi elettronici restavano attivi dalle 7 alle 20; dal 1° aprile la fascia si allungherà fino all'una di notte nei fine settimana e nei giorni festivi, per ridurre il traffico nelle vie della movida.

«Il centro storico non è un parcheggio», ha detto in aula l'assessore alla Mobilità, Marco Ricci. «Chi ci vive ha diritto a dormire, e chi viene per una serata può lasciare l'auto nei parcheggi scambiatori, che da aprile resteranno aperti fino alle 2».

Confermati i permessi per i residenti e per i disabili, mentre per i commercianti arriva un pass di carico e scarico digitale, da richiedere online tramite Spid. Le strutture ricettive potranno comunicare le targhe dei propri ospiti direttamente al comando di polizia locale.

Critica l'opposizione. La capogruppo di minoranza, Giovanna Landi, ha parlato di «una misura che penalizza i negozi e i locali già in difficoltà» e ha annunciato una raccolta firme per chiedere un referendum consultivo.

Per i primi due mesi i varchi serali funzioneranno in modalità di preavviso: chi entra senza permesso riceverà a casa una lettera informativa, senza multa. Le sanzioni, da 83 a 332 euro, scatteranno dal 1° giugno.
"""),
    head=["Home › Ferrara › Cronaca",
          "di Elisa Cavalli",
          "Ferrara, 26 febbraio 2025 – ore 18:40",
          "Uno dei varchi elettronici della Ztl in corso Martiri della Libertà (foto Businesspress)"],
    mid=[("La novità principale", "Pubblicità"),
         ("«Il centro storico non è", "Leggi anche:\nParcheggi, aumentano le tariffe delle strisce blu\nPiste ciclabili, 4 milioni per collegare i quartieri"),
         ("Critica l'opposizione.", "Ricevi le notizie di Ferrara ogni giorno sul tuo smartphone: iscriviti gratis al nostro canale WhatsApp.")],
    tail=["Riproduzione riservata ©",
          "Tag\nZtl\nViabilità\nConsiglio comunale",
          "Condividi:\nFacebook\nX\nWhatsApp\nEmail",
          "Hai una segnalazione? Scrivi alla redazione: cronaca.ferrara@gazzettaestense.it",
          "Gazzetta Estense S.r.l. – P.IVA 01234560385 – Note legali – Privacy – Cookie policy"],
    mixed=[("Con 19 voti favorevoli", "start", "Premium"),
           ("Per i primi due mesi", "end", "Approfondisci: ecco la mappa dei varchi."),
           ("Confermati i permessi", "end", "© Riproduzione riservata")],
    ltop=L("""
Gazzetta Estense
Ferrara Provincia Sport Eventi
Edicola digitale
Accedi
"""),
    lmid=[(0, "26 febbraio 2025"),
          ("La novità principale", "Pubblicità"),
          ("Critica l'opposizione.", "Ascolta l'articolo")],
    lbot=L("""
Condividi
Più letti
Incidente sulla Romea, chiusa la statale per tre ore
Note legali
Privacy policy
Gestisci cookie
"""),
))

# 2 -- live blog: bad weather in Emilia-Romagna
ARTICLES.append(dict(
    slug="it3-maltempo-diretta", lang="it", register="liveblog",
    paras=P("""
Maltempo in Emilia-Romagna, allerta rossa: esondato il Lamone a Faenza. La diretta

Piogge intense da ieri sera su tutta la Romagna. La Protezione civile regionale ha diramato l'allerta rossa per criticità idraulica; scuole chiuse in 42 comuni. Segui gli aggiornamenti.

Ore 19.10 – Il presidente della Regione ha chiesto al governo lo stato di emergenza nazionale. «Abbiamo di nuovo interi quartieri sott'acqua, servono risorse immediate», ha detto al termine del vertice con i sindaci.

Ore 17.35 – A Faenza il Lamone è esondato nella zona di via Renaccio, la stessa colpita nel 2023. I vigili del fuoco stanno evacuando con i gommoni le famiglie rimaste ai piani terra. Un centro di accoglienza è stato allestito al PalaCattani.

Ore 15.20 – Chiusa la via Emilia tra Forlì e Cesena per un allagamento all'altezza di Forlimpopoli. Anas consiglia percorsi alternativi lungo l'A14, dove però si registrano code di quattro chilometri.

Ore 12.45 – Rfi comunica che la circolazione ferroviaria sulla linea Bologna–Rimini è sospesa tra Castel Bolognese e Faenza per l'innalzamento del livello del fiume. Attivati bus sostitutivi.

Ore 9.00 – Nelle ultime 24 ore sono caduti fino a 180 millimetri di pioggia sull'Appennino faentino. Il Centro funzionale regionale segnala il superamento delle soglie 3 sul Lamone, sul Montone e sul Senio.

Per le emergenze è attivo il numero della Protezione civile regionale 800 333 911. I cittadini delle zone a rischio sono invitati a salire ai piani alti e a non usare l'auto se non per necessità.
"""),
    head=["LIVE",
          "Aggiornato alle 19:12",
          "Gli aggiornamenti si caricano automaticamente",
          "Un tratto allagato di via Renaccio a Faenza (foto Ansa)"],
    mid=[("Ore 19.10", "Pubblicità"),
         ("Ore 15.20", "Vuoi ricevere le allerte meteo per la tua zona? Scarica l'app e attiva le notifiche push."),
         ("Ore 12.45", "Potrebbe interessarti\nAlluvione 2023, un anno dopo: a che punto sono i rimborsi\nMeteo, la tendenza per il fine settimana")],
    tail=["Carica altri aggiornamenti",
          "Segui il Corriere Romagnolo su Google News, Facebook e Instagram",
          "Il giornalismo di qualità ha un costo. Abbonati a Corriere Romagnolo Digital: 1 € al mese per 3 mesi.",
          "Corriere Romagnolo © 2024 – Tutti i diritti riservati. Vietata la riproduzione anche parziale."],
    mixed=[("Piogge intense da ieri sera", "end", "Aggiorna la pagina"),
           ("Ore 9.00", "end", "(Ansa)"),
           ("Ore 17.35", "start", "IN EVIDENZA")],
    ltop=L("""
Corriere Romagnolo
Cronaca
Diretta
Abbonati
Accedi
"""),
    lmid=[(0, "Aggiornato alle 19:12"),
          ("Ore 19.10", "Pubblicità"),
          ("Ore 15.20", "Condividi questo aggiornamento"),
          ("Ore 12.45", "Video: le immagini dal drone")],
    lbot=L("""
Carica altri aggiornamenti
I più letti
Chi siamo
Note legali
Privacy
Impostazioni cookie
"""),
))

# 3 -- recipe: pasta e ceci
ARTICLES.append(dict(
    slug="it3-ricetta-pasta-e-ceci", lang="it", register="recipe",
    paras=P("""
Pasta e ceci alla romana: la ricetta della tradizione

Piatto povero della cucina romana, la pasta e ceci si preparava tradizionalmente il venerdì. La versione che vi proponiamo usa i ceci secchi, rosmarino e un'acciuga sciolta nel soffritto, che dà sapore senza sentirsi.

Difficoltà: facile · Preparazione: 20 minuti più l'ammollo · Cottura: 2 ore · Dosi: 4 persone

Ingredienti

250 g di ceci secchi

200 g di ditalini rigati

2 spicchi d'aglio

1 rametto di rosmarino

2 filetti di acciuga sott'olio

1 cucchiaio di concentrato di pomodoro

Olio extravergine d'oliva, sale e pepe q.b.

Procedimento

Mettete i ceci in ammollo in acqua fredda per almeno 12 ore. Scolateli, sciacquateli e lessateli in abbondante acqua non salata con il rosmarino per circa un'ora e mezza, finché saranno teneri.

In una pentola capiente scaldate quattro cucchiai d'olio con l'aglio schiacciato e le acciughe, lasciandole sciogliere a fuoco basso. Aggiungete il concentrato e stemperatelo con un mestolo dell'acqua di cottura dei ceci.

Unite i ceci con un litro circa del loro brodo e cuocete per 15 minuti. Frullate un terzo dei ceci con il frullatore a immersione per rendere la minestra cremosa.

Salate, portate a bollore e buttate la pasta direttamente nella pentola, mescolando spesso e aggiungendo brodo se serve. Servite ben calda con un giro d'olio a crudo e una macinata di pepe.

Il consiglio: la pasta e ceci è ancora più buona il giorno dopo. Se avanza, conservatela in frigo e allungatela con un po' d'acqua calda quando la riscaldate.
"""),
    head=["Ricette › Primi piatti › Minestre",
          "A cura della redazione di Cucina Facile",
          "Salva nel ricettario\nStampa\nCondividi",
          "★★★★★ 4,7 (862 voti)"],
    mid=[("Difficoltà: facile", "Pubblicità"),
         ("Olio extravergine d'oliva", "Contenuto sponsorizzato\nScopri la linea di legumi biologici Terre di Ciociaria: pronti in 10 minuti"),
         ("Salate, portate a bollore", "Ti è piaciuta questa ricetta? Iscriviti alla newsletter e ricevi ogni settimana nuove ricette della tradizione.")],
    tail=["Ti potrebbe interessare anche\nCacio e pepe: la ricetta perfetta\nPasta e patate con la provola\nZuppa di lenticchie",
          "Hai provato questa ricetta? Lascia un voto e un commento!",
          "Seguici su Instagram @cucinafacile.it per tante altre idee",
          "Cucina Facile è una testata registrata presso il Tribunale di Milano. Tutti i diritti riservati – Privacy policy – Cookie policy"],
    mixed=[("Piatto povero della cucina", "start", "In collaborazione con Terre di Ciociaria"),
           ("Il consiglio:", "end", "Stampa la ricetta"),
           ("Procedimento", "end", "Guarda la videoricetta")],
    ltop=L("""
Cucina Facile
Ricette
Menu della settimana
Video
Accedi
"""),
    lmid=[(0, "Pubblicato il 14/01/2025"),
          ("Difficoltà: facile", "Pubblicità"),
          ("Mettete i ceci in ammollo", "Videoricetta")],
    lbot=L("""
Salva
Stampa
Commenti (19)
Privacy policy
Cookie policy
"""),
))

# 4 -- obituary: village band leader
ARTICLES.append(dict(
    slug="it3-addio-maestro-banda", lang="it", register="obituary",
    paras=P("""
Addio al maestro Giuseppe Ferraris, per quarant'anni anima della banda di Borgo San Dalmazzo

Si è spento martedì, all'età di 84 anni, Giuseppe Ferraris, storico direttore del corpo musicale di Borgo San Dalmazzo. Aveva guidato la banda dal 1978 al 2018, portandola a suonare in Francia, Austria e Germania.

Nato a Boves nel 1940, Ferraris si era diplomato in clarinetto al conservatorio di Torino. Per oltre trent'anni aveva insegnato educazione musicale nelle scuole medie della zona, e molti dei suoi ex allievi sono poi entrati nella banda.

«Aveva un orecchio infallibile e una pazienza infinita», ricorda l'attuale direttrice, Chiara Giordano, che aveva cominciato a suonare il flauto proprio sotto la sua guida. «Ci diceva sempre che in una banda non ci sono prime file e ultime file: c'è solo la musica».

Sotto la sua direzione il corpo musicale era passato da una ventina di elementi a oltre sessanta, con una scuola di musica che ogni anno accoglie più di cento ragazzi. Nel 2010 il Comune gli aveva conferito il Sigillo della città.

Ferraris lascia la moglie Anna, i figli Paolo e Marta e quattro nipoti. I funerali saranno celebrati giovedì alle 15 nella parrocchia di San Dalmazzo. La banda accompagnerà il feretro suonando la marcia che il maestro aveva composto per il centenario del gruppo.
"""),
    head=["Cuneo › Cronaca",
          "Redazione Cuneo",
          "Pubblicato il 15/10/2024",
          "Il maestro Giuseppe Ferraris durante un concerto del 2015 (foto archivio)"],
    mid=[("Nato a Boves nel 1940", "Pubblicità"),
         ("«Aveva un orecchio infallibile", "Necrologie\nConsulta gli annunci funebri di oggi\nPubblica un necrologio"),
         ("Sotto la sua direzione", "Sostieni l'informazione locale: con un abbonamento da 4,99 € al mese leggi tutte le notizie della Granda senza pubblicità.")],
    tail=["Lascia un pensiero per la famiglia\nAccendi un cero virtuale",
          "Leggi altre notizie di Cuneo\nBorgo San Dalmazzo, al via i lavori della nuova scuola\nFiera del Marrone, i numeri dell'edizione 2024",
          "Scarica l'app La Voce di Cuneo: notizie, meteo e annunci sempre con te.",
          "La Voce di Cuneo – Reg. Trib. di Cuneo n. 12/2008 – Contatti – Pubblicità – Note legali"],
    mixed=[("Si è spento martedì", "start", "Ascolta questo articolo"),
           ("Ferraris lascia la moglie", "end", "Le condoglianze della redazione alla famiglia."),
           ("«Aveva un orecchio", "end", "Articolo a pagamento: per continuare a leggere abbonati.")],
    ltop=L("""
La Voce di Cuneo
Cronaca Politica Sport Eventi
Necrologie
Abbonati
"""),
    lmid=[(0, "15 ottobre 2024"),
          ("Nato a Boves nel 1940", "Pubblicità"),
          ("Sotto la sua direzione", "Condividi su Facebook")],
    lbot=L("""
Lascia un pensiero
Altre notizie
Contatti
Note legali
Privacy
"""),
))

# 5 -- TRAP: charity fundraising drive
ARTICLES.append(dict(
    slug="it3-raccolta-fondi-telethon", lang="it", register="national", trap=True,
    paras=P("""
Maratona solidale, raccolti 52 milioni per la ricerca sulle malattie genetiche rare

Si è chiusa domenica sera la maratona televisiva di raccolta fondi per la ricerca sulle malattie genetiche rare. Il contatore finale ha superato i 52 milioni di euro, tre in più rispetto allo scorso anno.

Come da tradizione, gran parte delle donazioni è arrivata attraverso gli sms solidali e le chiamate da rete fissa al numero dedicato, attivo fino al 31 dicembre. Un contributo importante è venuto anche dalle piazze: sabato e domenica oltre 8.000 volontari hanno distribuito i cuori di cioccolato in più di 3.000 postazioni.

«Ogni euro donato finanzia progetti selezionati da una commissione scientifica internazionale», ha ricordato la direttrice generale della fondazione in chiusura di trasmissione. Nell'ultimo anno i fondi hanno sostenuto 74 nuovi progetti di ricerca e due terapie geniche arrivate all'approvazione.

Sul palco si sono alternati anche i genitori di bambini malati. «Quando nostra figlia ha ricevuto la diagnosi non esisteva nulla, oggi c'è una sperimentazione», ha raccontato una madre di Brescia, tra gli applausi del pubblico.

Cresce anche la quota raccolta online, che quest'anno ha toccato il 18 % del totale. La fondazione segnala inoltre un aumento dei donatori regolari, che scelgono una donazione mensile con addebito automatico.

Le associazioni dei consumatori invitano però alla prudenza: nei giorni della maratona circolano spesso falsi messaggi che chiedono di donare cliccando su link sospetti. L'unico canale ufficiale, ricordano, è quello indicato durante la trasmissione e sul sito della fondazione.
"""),
    trap_promo=("Cresce anche la quota", "Pubblicità"),
    head=["Cronaca › Solidarietà",
          "di Luca Marini",
          "Roma, 16 dicembre 2024 – 09:12",
          "I volontari in piazza con i cuori di cioccolato (foto d'archivio)"],
    mid=[("Cresce anche la quota", "Pubblicità"),
         ("Sul palco si sono alternati", "Leggi anche\nMalattie rare, la nuova terapia genica approvata in Europa\nVolontariato, in calo gli iscritti under 30")],
    tail=["Abbonati per leggere tutti gli articoli senza limiti. Primo mese a 1 €, poi 5,99 €.",
          "Commenta\nAccedi per commentare",
          "Argomenti: ricerca scientifica, malattie rare, beneficenza",
          "© Copyright Il Quotidiano Nazionale – P.IVA 00000000000 – Tutti i diritti riservati"],
    mixed=[("Si è chiusa domenica sera", "start", "Articolo riservato agli abbonati"),
           ("Le associazioni dei consumatori", "end", "Iscriviti alla nostra newsletter per ricevere le notizie più importanti della giornata."),
           ("Come da tradizione", "start", "Ascolta")],
    ltop=L("""
Il Quotidiano Nazionale
Politica
Economia
Esteri
Abbonati
"""),
    lmid=[(0, "16 dicembre 2024"),
          ("Come da tradizione", "Pubblicità"),
          ("Sul palco si sono alternati", "Guarda la gallery")],
    lbot=L("""
Commenta
I più letti
Chi siamo
Note legali
Preferenze privacy
"""),
))

# 6 -- press release: university laboratory
ARTICLES.append(dict(
    slug="it3-comunicato-laboratorio-ateneo", lang="it", register="press",
    paras=P("""
L'Università di Padova inaugura un laboratorio per lo studio dei materiali per batterie sostenibili

Padova, 7 marzo 2025 – È stato inaugurato oggi, nel campus di Agripolis a Legnaro, il nuovo laboratorio di elettrochimica applicata del Dipartimento di Scienze Chimiche. La struttura, di 600 metri quadrati, è dedicata allo sviluppo di batterie a base di sodio e di materiali riciclabili per l'accumulo di energia.

Il laboratorio è stato realizzato con un investimento di 4,2 milioni di euro, finanziato in parte con fondi del Piano nazionale di ripresa e resilienza e in parte con il contributo di tre aziende del territorio attive nel settore energetico.

«Le batterie al sodio possono ridurre la dipendenza dal litio e da materie prime critiche importate», ha dichiarato la responsabile scientifica del progetto, la professoressa Laura Benedetti. «Il nostro obiettivo è portare queste tecnologie dal banco di laboratorio a prototipi utilizzabili dall'industria entro cinque anni».

Nella struttura lavoreranno stabilmente 25 tra ricercatori, dottorandi e tecnici. Sono previste inoltre due camere a secco per l'assemblaggio delle celle e una linea pilota in grado di produrre piccole serie di batterie per i test.

Alla cerimonia hanno partecipato la rettrice, il presidente della Regione Veneto e rappresentanti delle imprese partner. Il laboratorio ospiterà anche attività didattiche per gli studenti delle lauree magistrali in Chimica e Ingegneria dei materiali.
"""),
    head=["Home › Ateneo › Sala stampa › Comunicati stampa",
          "Comunicato stampa",
          "Data di pubblicazione: 07/03/2025"],
    mid=[("Il laboratorio è stato realizzato", "Scarica il comunicato in PDF (210 KB)\nScarica le foto in alta risoluzione"),
         ("Nella struttura lavoreranno", "Iscriviti alla mailing list della sala stampa per ricevere i comunicati dell'Ateneo.")],
    tail=["Torna all'elenco dei comunicati",
          "Condividi su:\nFacebook\nLinkedIn\nX",
          "Ultimo aggiornamento: 07/03/2025 - 12:30",
          "Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti. Accetta tutti | Rifiuta | Personalizza",
          "Università degli Studi di Padova – Via 8 Febbraio 2, 35122 Padova – P.IVA 00742430283 – Privacy – Note legali – Accessibilità"],
    mixed=[("Padova, 7 marzo 2025", "start", "COMUNICATO STAMPA"),
           ("Alla cerimonia hanno partecipato", "end", "Foto: Ufficio stampa Università di Padova"),
           ("«Le batterie al sodio", "end", "Per approfondire: pagina del progetto")],
    ltop=L("""
Università degli Studi di Padova
Didattica
Ricerca
Terza missione
Sala stampa
"""),
    lmid=[(0, "07/03/2025"),
          ("Il laboratorio è stato realizzato", "Allegati"),
          ("Il laboratorio è stato realizzato", "Comunicato_laboratorio_batterie.pdf")],
    lbot=L("""
Torna all'elenco
Contatti
Privacy
Note legali
Dichiarazione di accessibilità
"""),
))
