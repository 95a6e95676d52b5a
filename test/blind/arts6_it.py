from common import P, L

ARTICLES = [
dict(
    slug="b6-it-lancio-moka",
    lang="it",
    register="pagina di lancio prodotto",
    paras=P("""
Arriva Moka Elettra, la caffettiera elettrica che si spegne da sola

Omegna, 10 marzo 2026

L'azienda piemontese Fratelli Cane presenta Moka Elettra, una caffettiera elettrica in alluminio riciclato che prepara da due a sei tazze e si spegne automaticamente appena il caffè è salito.

La base riscaldante funziona con qualsiasi moka della stessa misura, compresa quella che molti hanno già in cucina, e mantiene il caffè caldo per trenta minuti.

Progettata sul lago d'Orta

Il progetto è nato nel laboratorio di Omegna, dove l'azienda produce caffettiere dal 1952. Il corpo è fuso in Italia con il 70 per cento di alluminio recuperato da scarti industriali.

«Volevamo il gusto della moka di casa senza la paura di dimenticarla sul fuoco», spiega il direttore tecnico Paolo Cane.

La guarnizione e il filtro sono gli stessi delle moke tradizionali e si trovano in ferramenta.

Caratteristiche principali: spegnimento automatico, mantenimento in caldo, cavo avvolgibile nella base.

Domanda: si può lavare in lavastoviglie? Risposta: no, come tutte le moke in alluminio va sciacquata solo con acqua.

Prezzo e disponibilità

Moka Elettra sarà in vendita da aprile nei negozi di casalinghi, nella versione da tre e da sei tazze.
"""),
    head=[
        "Fratelli Cane · Dal 1952 · Spedizione gratuita sopra i 49 €",
        "Iscriviti al Circolo della Moka e ricevi subito un codice sconto del 10% sul primo ordine!",
    ],
    mid=[
        ("La base riscaldante funziona", "Moka Elettra 3 tazze — 69,90 €\nMoka Elettra 6 tazze — 84,90 €\nAggiungi al carrello"),
        ("«Volevamo il gusto della moka", "Guarda il video: Moka Elettra in 60 secondi"),
        ("Caratteristiche principali:", "Pre-ordina ora con il codice ELETTRA15: 15% di sconto fino al 31 marzo"),
    ],
    tail=[
        "★★★★★ Recensioni dei clienti (0) — Sii il primo a recensire questo prodotto",
        "Ti potrebbe piacere anche\nMoka Classica 3 tazze\nGuarnizioni di ricambio (confezione da 3)",
        "Seguici su Instagram @fratellicane1952 #ilcaffèdicasa",
        "Fratelli Cane S.r.l. · P.IVA 01234560037 · Termini di vendita · Resi · Privacy",
    ],
    mixed=[
        ("Omegna, 10 marzo 2026", "end", "Comunicato stampa"),
        ("Il progetto è nato", "start", "NOVITÀ"),
        ("La guarnizione e il filtro", "end", "Acquista i ricambi originali nel nostro shop online."),
        ("Moka Elettra sarà in vendita", "end", "Avvisami quando è disponibile"),
    ],
    ltop=L("""
FRATELLI CANE · dal 1952
Caffettiere
Ricambi
Accessori
La nostra storia
Carrello (0)
"""),
    lmid=[
        ("Progettata sul lago d'Orta", "Scheda tecnica (PDF)"),
        ("Domanda: si può lavare", "Domande frequenti"),
    ],
    lbot=L("""
Pagamenti sicuri con PayPal, Visa, Mastercard
Resi gratuiti entro 30 giorni
Area stampa
Lavora con noi
Cookie policy
"""),
),
dict(
    slug="b6-it-trap-podcast",
    lang="it",
    register="notizie media (trappola: sponsor podcast, abbonamenti)",
    trap=True,
    paras=P("""
Il podcast «Indagini di provincia» firma con una banca: addio agli spot di terzi

Milano, 20 gennaio 2026

Il podcast di cronaca «Indagini di provincia», uno dei più ascoltati in Italia, ha firmato un accordo di sponsorizzazione esclusiva con Banca Adriatica per tutta la nuova stagione.

L'accordo, dal valore non dichiarato, sostituisce gli spot di diversi inserzionisti che finora venivano letti dalla conduttrice all'inizio e a metà di ogni puntata.

Cosa cambia per chi ascolta

Le puntate si apriranno con un breve messaggio di quindici secondi dello sponsor, e non ci saranno più interruzioni pubblicitarie durante il racconto.

Gli abbonati alla versione a pagamento, che costa 3,99 euro al mese, continueranno ad ascoltare senza alcuno spot e con una settimana di anticipo.

«Non volevo più interrompere una storia di omicidio per parlarvi di materassi», ha scherzato la conduttrice Giulia Ferraris in un messaggio ai suoi 180 mila follower.

Alcuni ascoltatori hanno espresso dubbi sulla scelta di una banca come unico sponsor di un programma che si occupa spesso di truffe finanziarie.

Domanda: lo sponsor potrà influire sui contenuti? Risposta: secondo il contratto, no; la redazione mantiene il controllo completo delle puntate.

E adesso?

La nuova stagione partirà il 5 febbraio su tutte le piattaforme, e la prima puntata sarà dedicata al caso del notaio scomparso a Rovigo.
"""),
    head=[
        "Prima Comunicazione · Media · Pubblicità · Editoria",
        "Accedi · Abbonati",
    ],
    mid=[
        ("L'accordo, dal valore non dichiarato", "PUBBLICITÀ"),
        ("Gli abbonati alla versione", "Leggi anche: Spotify, in Italia i podcast superano la musica tra i giovani"),
        ("Alcuni ascoltatori hanno espresso", "Ricevi ogni mattina «Il Mattinale dei Media»: la rassegna di chi lavora nell'informazione. Iscriviti gratis"),
    ],
    tail=[
        "Argomenti: podcast, sponsorizzazioni, audio",
        "Condividi su LinkedIn · Facebook · X · WhatsApp",
        "© Riproduzione riservata",
    ],
    mixed=[
        ("Milano, 20 gennaio 2026", "end", "Tempo di lettura: 2 minuti"),
        ("Le puntate si apriranno", "start", "PUBBLICITÀ"),
        ("«Non volevo più interrompere", "end", "Ascolta l'ultima puntata del nostro podcast «Fuori Onda» su Spotify e Apple Podcasts."),
        ("La nuova stagione partirà", "end", "Abbonati a Prima Digital: 12 mesi a 39 € invece di 79 €"),
    ],
    ltop=L("""
Prima Comunicazione
Editoria
Tv
Radio
Digitale
Pubblicità
Newsletter
"""),
    lmid=[
        ("Cosa cambia per chi ascolta", "Contenuto sponsorizzato"),
        ("Domanda: lo sponsor potrà", "I più letti"),
    ],
    lbot=L("""
Chi siamo
Contatti
Pubblicità su Prima
Informativa privacy
Preferenze cookie
"""),
),
]
