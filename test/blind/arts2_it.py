from common import P, L

ARTICLES = []

# ---------------------------------------------------------------- IT 1 (council: limited traffic zone)
ARTICLES.append(dict(
    slug="it-ztl-consiglio-comunale", lang="it", register="council",
    paras=P("""
Ztl h24 in centro storico, il consiglio comunale approva dopo sei ore di dibattito

Dal primo settembre la zona a traffico limitato del centro storico di Lucca sarà attiva 24 ore su 24, sette giorni su sette. Lo ha deciso ieri sera il consiglio comunale con 19 voti favorevoli, 11 contrari e 2 astenuti, al termine di una seduta durata oltre sei ore.

Finora la Ztl era in vigore dalle 7 alle 20 nei giorni feriali. Con il nuovo regolamento potranno entrare solo i residenti, i mezzi di soccorso, i taxi e i veicoli autorizzati per il carico e lo scarico delle merci, questi ultimi solo fino alle 10 del mattino.

«Il centro deve tornare a essere un luogo da vivere a piedi e in bicicletta», ha detto l’assessora alla mobilità Giulia Bertolucci.

Contrarie le associazioni dei commercianti, che temono un calo degli incassi soprattutto nelle ore serali. Confcommercio ha annunciato un ricorso al Tar.

Le novità principali:

sei nuovi varchi elettronici, per un totale di quattordici;

permessi per i disabili validi in tutta la città;

un parcheggio scambiatore gratuito a Porta Elisa con navetta ogni dieci minuti.

Il Comune prevede un periodo di prova di tre mesi, durante il quale le multe non saranno applicate.
"""),
    head=["Lucca e Piana", "Cronaca", "di Francesca Menichetti\n14 maggio 2025 - 08:30",
          "Uno dei varchi della Ztl in via Vittorio Veneto (foto Alcide)"],
    mid=[("Finora la Ztl era in vigore", "PUBBLICITÀ"),
         ("Contrarie le associazioni dei commercianti", "Leggi anche:\nMura, via libera al restauro del baluardo San Paolino\nParcheggi, aumentano le tariffe delle strisce blu"),
         ("un parcheggio scambiatore gratuito", "Ricevi le notizie di Lucca su WhatsApp: iscriviti al nostro canale")],
    tail=["© Riproduzione riservata",
          "Condividi l’articolo\nFacebook\nWhatsApp\nX\nEmail",
          "Ti potrebbe interessare\nIncidente sull’A11, lunghe code verso Firenze\nComics 2025: tutte le date",
          "Gentile lettore, la tua opinione è importante. Commenta questa notizia accedendo al tuo profilo."],
    mixed=[("Dal primo settembre la zona", "start", "Ascolta l’articolo"),
           ("«Il centro deve tornare", "end", "Pubblicità"),
           ("Il Comune prevede un periodo", "end", "Riproduzione riservata ©")],
    ltop=L("""
La Gazzetta di Lucca
Cronaca Politica Sport Cultura Eventi
Abbonati
Accedi
Cronaca
di Francesca Menichetti
"""),
    lmid=[(0, "14 maggio 2025"), (0, "Ascolta l’articolo"),
          ("Finora la Ztl era in vigore", "Pubblicità"),
          ("Le novità principali:", "Foto Alcide")],
    lbot=L("""
© Riproduzione riservata
Condividi
Ti potrebbe interessare
Privacy
Cookie policy
Redazione
"""),
))

# ---------------------------------------------------------------- IT 2 (recipe: pasta e ceci)
ARTICLES.append(dict(
    slug="it-pasta-e-ceci", lang="it", register="recipe",
    paras=P("""
Pasta e ceci alla romana, cremosa e con il rosmarino

La pasta e ceci è uno di quei piatti che a Roma si mangiano il venerdì, e che ogni famiglia fa a modo suo. Questa è la versione di mia nonna: metà dei ceci frullati per dare cremosità, l’altra metà lasciati interi, e un’acciuga sciolta nell’olio all’inizio che nessuno riconosce ma tutti sentono.

Ingredienti per 4 persone:

250 g di ceci secchi (oppure 2 barattoli di ceci lessati)

200 g di ditalini

1 spicchio d’aglio

2 acciughe sott’olio

1 rametto di rosmarino

1 cucchiaio di concentrato di pomodoro

olio extravergine d’oliva, sale e pepe

Procedimento

Se usate i ceci secchi, metteteli in ammollo la sera prima e lessateli per circa due ore con una foglia di alloro. Tenete da parte l’acqua di cottura.

In una pentola scaldate tre cucchiai d’olio con l’aglio, il rosmarino e le acciughe, finché queste si saranno sciolte. Aggiungete il concentrato e fatelo tostare un minuto.

Unite i ceci e un litro della loro acqua, cuocete dieci minuti, poi frullatene metà e rimettetela nella pentola.

Cuocete i ditalini direttamente nella minestra, mescolando spesso e aggiungendo acqua calda se serve. Servite con un filo d’olio crudo e una macinata di pepe.

Il consiglio: il giorno dopo è ancora più buona.
"""),
    head=["Vai alla ricetta", "Home › Primi piatti › Minestre", "Difficoltà: facile · Preparazione: 15 min · Cottura: 2 ore e 30 min · Dosi per: 4 persone"],
    mid=[("La pasta e ceci è uno di quei piatti", "Pubblicità"),
         ("olio extravergine d’oliva, sale e pepe", "Iscriviti alla newsletter di Cucina di Casa: ogni giovedì il menù della settimana, gratis."),
         ("Unite i ceci e un litro", "Il frullatore a immersione che uso io: Braunex MQ 7 – 59,90 € su Amazon (link affiliato)")],
    tail=["Ti è piaciuta questa ricetta? Lascia un voto e un commento qui sotto, oppure taggami su Instagram @cucinadicasa_giulia!",
          "Potrebbe interessarti anche\nMinestra di lenticchie e castagne\nPasta e patate con la provola\nZuppa di farro",
          "Stampa la ricetta · Salva nei preferiti · Condividi",
          "Cucina di Casa – P.IVA 01234567890 – Tutti i diritti riservati – Privacy e cookie"],
    mixed=[("Ingredienti per 4 persone:", "end", "Aggiungi alla lista della spesa"),
           ("In una pentola scaldate tre cucchiai", "start", "Passo 2"),
           ("Il consiglio: il giorno dopo", "end", "Buon appetito!")],
    ltop=L("""
Cucina di Casa
Ricette Primi Secondi Dolci Video
Vai alla ricetta
Stampa
"""),
    lmid=[(0, "4,9 (187 voti)"), ("Procedimento", "Pubblicità"),
          ("Cuocete i ditalini direttamente", "Guarda il video della ricetta")],
    lbot=L("""
Vota la ricetta
Commenti (34)
Lascia un commento
Chi sono
Privacy e cookie
"""),
))

# ---------------------------------------------------------------- IT 3 (live blog: cycling stage)
ARTICLES.append(dict(
    slug="it-giro-tappa-diretta", lang="it", register="live-blog",
    paras=P("""
Giro d’Italia, 16ª tappa Piancavallo: vince Ciccone, Kovač resta in rosa

17.42 – Giulio Ciccone vince in solitaria sul traguardo di Piancavallo! L’abruzzese è partito a 4 chilometri dall’arrivo e nessuno è riuscito a rispondere. Secondo a 18 secondi Hugo Delmas, terzo il colombiano Ríos.

17.38 – Ultimo chilometro per Ciccone, che ha ancora 20 secondi sul gruppetto dei migliori.

17.30 – Kovač non risponde direttamente, lascia lavorare il compagno di squadra. La maglia rosa sembra sotto controllo.

17.21 – Attacca Ciccone! Scatto secco sulla rampa più dura, al 12 per cento. Guadagna subito una decina di metri.

17.05 – Inizia la salita finale: 14,5 chilometri con una pendenza media del 7,8 per cento. La fuga del mattino è stata ripresa.

«Ho pensato a questa tappa per tutto l’inverno», ha detto Ciccone dopo l’arrivo. «Quando ho visto che gli altri si guardavano, sono partito.»

Classifica generale dopo la tappa: 1. Kovač; 2. Delmas a 1’12”; 3. Ciccone a 1’40”.
"""),
    head=["Diretta", "Ciclismo", "Aggiornato alle 17:50",
          "Momenti chiave\n17.42 Vince Ciccone\n17.21 L’attacco decisivo\nMostra solo i momenti chiave"],
    mid=[("17.38 – Ultimo chilometro", "Pubblicità"),
         ("17.21 – Attacca Ciccone!", "Segui la tappa in tv: diretta su Rai 2 dalle 14, in streaming su RaiPlay"),
         ("17.05 – Inizia la salita finale", "Carica gli aggiornamenti precedenti")],
    tail=["Ordine d’arrivo completo e classifiche →",
          "Leggi anche\nLe pagelle della tappa\nDomani il tappone dolomitico: altimetria e orari",
          "Scarica l’app SportGiorno: risultati e notifiche in tempo reale",
          "Riproduzione riservata © Copyright SportGiorno"],
    mixed=[("17.42 – Giulio Ciccone vince", "end", "Condividi"),
           ("17.30 – Kovač non risponde", "start", "Aggiornamento"),
           ("Classifica generale dopo la tappa", "end", "Ascolta il podcast del Giro ogni sera dalle 21.")],
    ltop=L("""
SportGiorno
Calcio Ciclismo Tennis Motori
Diretta
Giro d’Italia 2025
Aggiornato alle 17:50
Mostra solo i momenti chiave
"""),
    lmid=[("17.42 – Giulio Ciccone vince", "Condividi l’aggiornamento"),
          ("17.30 – Kovač non risponde", "Pubblicità"),
          ("17.05 – Inizia la salita finale", "Carica aggiornamenti precedenti")],
    lbot=L("""
Classifiche
Le pagelle della tappa
Scarica l’app
Privacy
Cookie
"""),
))

# ---------------------------------------------------------------- IT 4 (trap: newsletter business profile)
ARTICLES.append(dict(
    slug="it-newsletter-impresa", lang="it", register="finance", trap=True,
    paras=P("""
La newsletter che è diventata un’azienda: 90mila iscritti e nove dipendenti

Quando nel 2019 Chiara Valsecchi ha mandato la prima puntata di «Bilancio», una newsletter settimanale di economia spiegata semplice, gli iscritti erano 340. Oggi sono più di 90mila, e la newsletter è diventata una piccola azienda milanese con nove dipendenti e un fatturato di 1,3 milioni di euro.

Il modello è quello ormai diffuso nel settore: la newsletter del lunedì è gratuita, mentre chi si abbona, per 6 euro al mese o 60 all’anno, riceve altri due numeri a settimana, l’archivio completo e l’invito agli incontri dal vivo. Gli abbonati paganti sono circa 8.500.

«All’inizio avevo paura a chiedere soldi», racconta Valsecchi. «Poi ho capito che chi si iscrive non paga per le informazioni, paga per il tempo che gli faccio risparmiare.»

Un terzo dei ricavi arriva dagli sponsor: ogni numero gratuito contiene uno spazio pubblicitario, chiaramente segnalato, che costa tra 2.500 e 4.000 euro. Valsecchi dice di rifiutare banche e piattaforme di investimento, «per evidenti motivi».

Secondo l’Osservatorio sul giornalismo digitale, in Italia sono oltre 200 le newsletter editoriali a pagamento, ma solo una decina supera i 5.000 abbonati.

Il prossimo passo? Un podcast, e una seconda newsletter dedicata alle tasse, in uscita a settembre.
"""),
    head=["Economia", "Media & Startup", "di Paolo Gatti\n22 giugno 2025",
          "Chiara Valsecchi, fondatrice di «Bilancio». (foto di Marco Riva)"],
    mid=[("Il modello è quello ormai diffuso", "Pubblicità"),
         ("«All’inizio avevo paura", "Iscriviti a «Mattina Economia», la nostra newsletter: ogni giorno alle 7 le notizie che contano. È gratis.\nIscriviti"),
         ("Secondo l’Osservatorio sul giornalismo", "Approfondisci\nEditoria, i ricavi digitali superano la carta\nPodcast, il mercato vale 30 milioni")],
    tail=["Questo articolo è riservato agli abbonati di Corriere Affari. Abbonati a 1 € al mese per 3 mesi.",
          "Condividi: Facebook · LinkedIn · WhatsApp · Copia link",
          "Argomenti: newsletter · editoria · startup · Milano",
          "Corriere Affari S.p.A. – Copyright 2025 © Tutti i diritti riservati"],
    mixed=[("Quando nel 2019 Chiara Valsecchi", "start", "Contenuto riservato agli abbonati"),
           ("Un terzo dei ricavi arriva", "end", "Pubblicità"),
           ("Il prossimo passo?", "end", "Segui Corriere Affari su LinkedIn")],
    ltop=L("""
Corriere Affari
Economia Finanza Lavoro Risparmio
Abbonati
Media & Startup
di Paolo Gatti
"""),
    lmid=[(0, "22 giugno 2025"), (0, "foto di Marco Riva"),
          ("Il modello è quello ormai diffuso", "Pubblicità"),
          ("Secondo l’Osservatorio sul giornalismo", "Approfondisci")],
    lbot=L("""
Argomenti
Condividi
Abbonati a 1 €
Chi siamo
Informativa privacy
"""),
))

# ---------------------------------------------------------------- IT 5 (trap: crowdfunding for a hospital)
ARTICLES.append(dict(
    slug="it-raccolta-fondi-pediatria", lang="it", register="local-news", trap=True,
    trap_promo=("Chi vuole contribuire", "Sostieni l’informazione locale: abbonati al Giornale di Brescia digitale a 1 € per il primo mese."),
    paras=P("""
Raccolta fondi per la nuova terapia intensiva pediatrica: già 600mila euro in due mesi

Seicentomila euro in otto settimane. È la cifra raccolta finora dalla campagna «Un posto per crescere», lanciata a marzo dall’associazione Amici della Pediatria per finanziare la ristrutturazione della terapia intensiva neonatale dell’ospedale Civile.

L’obiettivo è arrivare a un milione e duecentomila euro entro la fine dell’anno. Con quella cifra, spiega il primario Roberto Fenaroli, si potranno sostituire otto incubatrici e creare quattro stanze in cui i genitori potranno dormire accanto ai bambini ricoverati.

«Oggi le mamme passano la notte su una sedia in corridoio», racconta. «Vogliamo che possano stare vicino ai loro figli, con un letto vero.»

Alla raccolta hanno partecipato oltre 7.000 donatori: privati cittadini, aziende del territorio, scuole e società sportive. La donazione più alta, 80mila euro, è arrivata da una fonderia della Valtrompia; la più piccola, due euro, da un bambino di sei anni che ha rotto il salvadanaio.

Chi vuole contribuire può fare un bonifico all’associazione, donare online sul sito della campagna o lasciare un’offerta nelle cassette presenti nelle farmacie della città. Le donazioni sono deducibili.

Il 14 giugno in piazza della Loggia è in programma un concerto benefico con l’orchestra del conservatorio.
"""),
    head=["Brescia e hinterland", "di Elena Rizzi\n08 maggio 2025, 06:00",
          "Il reparto di terapia intensiva neonatale (Neg)"],
    mid=[("L’obiettivo è arrivare a un milione", "PUBBLICITÀ"),
         ("Alla raccolta hanno partecipato", "Leggi anche\nOspedale, nuovo pronto soccorso pronto entro il 2026\nAmbulanze, arrivano dieci mezzi nuovi"),
         ("Chi vuole contribuire", "Sostieni l’informazione locale: abbonati al Giornale di Brescia digitale a 1 € per il primo mese.")],
    tail=["Ricevi ogni mattina le notizie di Brescia: iscriviti alla newsletter gratuita «Buongiorno Brescia».",
          "Condividi\nFacebook\nWhatsApp\nTelegram",
          "I più letti\n1. Incidente in tangenziale, due feriti\n2. Mille Miglia, ecco il percorso",
          "Riproduzione riservata © Giornale di Brescia"],
    mixed=[("Seicentomila euro in otto settimane.", "start", "Sanità"),
           ("«Oggi le mamme passano la notte", "end", "Pubblicità"),
           ("Il 14 giugno in piazza della Loggia", "end", "Commenta")],
    ltop=L("""
Giornale di Brescia
Brescia Provincia Economia Sport Cultura
Abbonati
Sanità
di Elena Rizzi
"""),
    lmid=[(0, "08 maggio 2025"), ("L’obiettivo è arrivare a un milione", "Pubblicità"),
          ("Alla raccolta hanno partecipato", "Leggi anche")],
    lbot=L("""
Condividi
I più letti
Newsletter
Privacy
Riproduzione riservata © Giornale di Brescia
"""),
))

# ---------------------------------------------------------------- IT 6 (product review: robot vacuum)
ARTICLES.append(dict(
    slug="it-recensione-robot-aspirapolvere", lang="it", register="product-review",
    paras=P("""
Recensione Lumo S8: il robot aspirapolvere che finalmente lava bene

Voto: 8

Pro: lavaggio efficace anche sullo sporco secco, stazione di svuotamento silenziosa, app semplice

Contro: prezzo alto, fatica sui tappeti a pelo lungo, serbatoio dell’acqua sporca piccolo

Il Lumo S8 costa 799 euro e fa parte della nuova generazione di robot che non si limitano ad aspirare, ma lavano anche il pavimento con due panni rotanti che si sollevano automaticamente quando incontrano un tappeto.

L’abbiamo provato per un mese in un appartamento di 90 metri quadrati con parquet, piastrelle e due tappeti. La mappatura è stata rapida: in 12 minuti il robot aveva riconosciuto tutte le stanze, comprese le porte.

Nel lavaggio il Lumo S8 è il migliore che abbiamo provato in questa fascia di prezzo. Ha tolto senza problemi macchie di caffè secco e le impronte di un cane che rientrava dal giardino.

Meno convincente sui tappeti a pelo lungo, dove ha lasciato qualche pelo di troppo, e sul serbatoio dell’acqua sporca, che con pavimenti molto sporchi va svuotato ogni due lavaggi.

In conclusione

Se avete soprattutto pavimenti duri e volete dimenticarvi del mocio, è un ottimo acquisto. Se avete molti tappeti, c’è di meglio.
"""),
    head=["Tecnologia > Casa smart", "di Luca Ferraro · Aggiornato il 3 febbraio 2025",
          "In questo articolo sono presenti link di affiliazione: se acquisti tramite questi link potremmo ricevere una commissione."],
    mid=[("Contro: prezzo alto", "Lumo S8\n749 € su Amazon\n799 € su MediaWorld-Shop\nVedi offerta"),
         ("L’abbiamo provato per un mese", "Pubblicità"),
         ("Nel lavaggio il Lumo S8", "Guarda anche: I migliori robot aspirapolvere del 2025")],
    tail=["Lumo S8 in offerta a 749 € su Amazon\nVai all’offerta",
          "Ti potrebbe interessare\nRecensione Dyxon V15: la scopa elettrica più potente\nCome pulire i filtri del robot",
          "Luca Ferraro scrive di tecnologia per la casa dal 2015. Seguilo su X: @lucaferraro_tech",
          "I prezzi indicati possono variare. Ultimo aggiornamento prezzi: 3 febbraio 2025."],
    mixed=[("Pro: lavaggio efficace", "start", "Pubblicità"),
           ("Il Lumo S8 costa 799 euro", "end", "(749 € su Amazon)"),
           ("Se avete soprattutto pavimenti duri", "end", "Vai all’offerta")],
    ltop=L("""
TecnoCasa
Recensioni Guide Offerte Video
Casa smart
di Luca Ferraro
"""),
    lmid=[(0, "Aggiornato il 3 febbraio 2025"), (3, "749 € su Amazon"),
          ("L’abbiamo provato per un mese", "Pubblicità"),
          ("In conclusione", "Offerte del giorno")],
    lbot=L("""
Miglior prezzo: 749 €
Vai all’offerta
Ti potrebbe interessare
Chi siamo
Privacy
"""),
))
