import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
    dict(
        slug="t8-it-allerta-meteo-liguria",
        lang="it",
        register="cronaca meteo protezione civile",
        paras=P("""
La Protezione civile della Liguria ha diramato un'allerta arancione per piogge diffuse e temporali sul Levante e sull'entroterra di Genova a partire dalla mezzanotte di giovedì.

L'allerta resterà in vigore fino alle 15 di venerdì, mentre sul Ponente è stata fissata un'allerta gialla.

Secondo i previsori dell'Arpal, nelle zone più esposte potrebbero cadere fino a 180 millimetri di pioggia in dodici ore, con il rischio di esondazioni dei torrenti minori.

A Genova le scuole di ogni ordine e grado resteranno chiuse venerdì, ha annunciato il sindaco con un'ordinanza firmata nel pomeriggio. Chiusi anche i parchi, i cimiteri e i sottopassi di corso Italia.

I cittadini possono iscriversi al servizio di allerta via SMS del Comune o seguire gli aggiornamenti sui canali ufficiali della Protezione civile regionale, ha ricordato l'assessore Luca Ferrando.

Cosa fare durante l'allerta

Non sostare vicino ai corsi d'acqua e non attraversare ponti e sottopassi allagati.

Non scendere in cantine o garage.

Limitare gli spostamenti in auto allo stretto necessario.

Il numero per le emergenze resta il 112.
"""),
        head=[
            "Il Secolo Ligure",
            "Ascolta l'articolo · 3 min",
            "Questo articolo è gratuito. Sostieni l'informazione locale con un abbonamento.",
        ],
        mid=[
            (1, "Pubblicità"),
            (4, "Leggi anche: Mareggiata a Camogli, danni al porticciolo e alla passeggiata"),
            (7, "Iscriviti alla newsletter \"Buongiorno Genova\": ogni mattina alle 7 le notizie della città. Iscriviti gratis"),
        ],
        tail=[
            "Segui Il Secolo Ligure sul canale WhatsApp per le allerte in tempo reale.",
            "Scarica l'app del Secolo Ligure",
            "Commenti (14)",
            "Riproduzione riservata © Copyright Il Secolo Ligure",
        ],
        mixed=[
            (0, "start", "PUBBLICITÀ"),
            (1, "end", "Foto: Ansa/Luca Zennaro"),
            (3, "end", "Leggi anche: Frana sulla statale 45, strada chiusa in Val Trebbia"),
            (4, "start", "Iscriviti a \"Buongiorno Genova\", la newsletter gratuita del Secolo Ligure."),
            (6, "start", "Pubblicità"),
            (9, "end", "Condividi su WhatsApp"),
        ],
        ltop=L("""
Vai al contenuto
Il Secolo Ligure
Cronaca
Genova città
Riviera di Levante
Sport
Accedi
Abbonati
Maltempo, allerta arancione su Genova e Levante: scuole chiuse venerdì
di Chiara Bottaro
29 gennaio 2026, ore 17:48
"""),
        lmid=[
            (2, "Pubblicità"),
            (5, "Il torrente Bisagno in piena a novembre. (Foto d'archivio)"),
        ],
        lbot=L("""
Argomenti: maltempo, allerta meteo
Condividi
Le notizie più lette
Redazione
Informativa privacy
Preferenze cookie
P.IVA 01234560109
"""),
    ),
    dict(
        slug="t8-it-serie-c-partita",
        lang="it",
        register="sport calcio cronaca",
        paras=P("""
Trento-Lumezzane 3-1

Il Trento torna alla vittoria dopo quattro giornate e lo fa davanti ai 3.100 spettatori del Briamasco, piegando un Lumezzane che per un tempo aveva giocato meglio.

Gli ospiti sono passati in vantaggio al 22' con un colpo di testa di Pagliarini su cross di Moretti, approfittando di una marcatura troppo morbida della difesa gialloblù.

Il pareggio è arrivato al 51': punizione di Bertolini, respinta corta del portiere e tap-in di Sangalli.

Da lì in poi, partita in discesa. Al 67' Anatriello ha firmato il sorpasso con un sinistro sotto la traversa, all'88' lo stesso Sangalli ha chiuso i conti in contropiede. Nel recupero il gol della bandiera del Lumezzane, con Rossetti.

"Nel primo tempo eravamo lenti, nel secondo abbiamo fatto quello che proviamo in settimana", ha detto l'allenatore del Trento, Fabio Tabarelli.

Con questi tre punti il Trento sale al sesto posto nel girone A, in piena zona playoff.

Domenica la trasferta di Vicenza.
"""),
        head=[
            "Serie C",
            "Guarda tutte le partite di Serie C in diretta su SportLive+. Prova gratis per 7 giorni",
        ],
        mid=[
            (2, "Pubblicità"),
            (5, "LEGGI ANCHE: Mercato, il Trento vicino a un centrocampista dal Sudtirol"),
        ],
        tail=[
            "Biglietti per Vicenza-Trento: il settore ospiti è in vendita fino a sabato sul circuito TicketAlpi.",
            "Ascolta \"Gialloblù\", il podcast settimanale sul Trento, su Spotify.",
            "Seguici su Facebook e Instagram",
        ],
        mixed=[
            (1, "start", "Foto: Trento Calcio/Pierluigi Negri"),
            (2, "end", "PUBBLICITÀ"),
            (3, "end", "Leggi anche: Serie C, la classifica aggiornata del girone A"),
            (5, "start", "Ascolta \"Gialloblù\", il podcast del lunedì sul Trento."),
            (6, "end", "Tutti i gol in video su SportLive+"),
            (7, "start", "Pubblicità"),
        ],
        ltop=L("""
Alto Adige Sport
Calcio
Hockey
Sci
Risultati in diretta
Trento, rimonta e sorpasso: 3-1 al Lumezzane
di Matteo Giovannini
26 gennaio 2026
"""),
        lmid=[
            (3, "Pubblicità"),
            (6, "Le pagelle"),
        ],
        lbot=L("""
Tabellino
Classifica girone A
Condividi su Facebook
Contatti
Note legali
Cookie policy
© Alto Adige Sport 2026
"""),
    ),
    dict(
        slug="t8-it-necrologio-libraio",
        lang="it",
        register="necrologio cultura",
        paras=P("""
È morto a 81 anni Ermanno Dall'Oglio, per oltre mezzo secolo libraio in via Mazzini a Verona e punto di riferimento per generazioni di lettori.

Aveva aperto la Libreria del Ponte nel 1969, a ventiquattro anni, con i risparmi di un'estate passata a lavorare in Germania. All'inizio vendeva soprattutto libri usati e fumetti.

Negli anni Ottanta la libreria era diventata uno dei luoghi della vita culturale della città: vi passavano scrittori, professori, studenti che non potevano permettersi i libri e che lui lasciava leggere seduti sul pavimento.

"Un libro rubato da uno studente è un libro ben venduto", ripeteva spesso.

Nel 2019, quando l'aumento dell'affitto lo aveva costretto a chiudere, centinaia di persone avevano formato una catena umana per trasportare i volumi nel nuovo, più piccolo negozio di vicolo San Marco.

Lascia la moglie Giuliana e i figli Marta e Pietro, che da anni gestiscono la libreria con lui.

I funerali si terranno sabato alle 10 nella chiesa di San Zeno.

La famiglia chiede di non portare fiori ma, a chi lo desidera, di donare un libro alla biblioteca del carcere di Montorio.
"""),
        head=[
            "Cultura",
            "Articolo riservato agli abbonati",
        ],
        mid=[
            (1, "Pubblicità"),
            (4, "Potrebbe interessarti: Verona, chiude dopo 90 anni lo storico caffè Dante"),
        ],
        tail=[
            "Lascia un messaggio di cordoglio",
            "Abbonati all'Arena Veronese: 1 € al mese per i primi 3 mesi",
            "Riproduzione riservata",
        ],
        mixed=[
            (0, "end", "Foto: Archivio Arena Veronese"),
            (1, "start", "Ascolta l'articolo · 2 min"),
            (3, "end", "Potrebbe interessarti: Le librerie indipendenti resistono: +3% nel 2025"),
            (4, "start", "PUBBLICITÀ"),
            (5, "end", "Abbonati ora: 1 € al mese per 3 mesi"),
            (7, "start", "Seguici su Instagram @arenaveronese"),
        ],
        ltop=L("""
Arena Veronese
Cronaca
Cultura e spettacoli
Provincia
Necrologie
Abbonati
Addio a Ermanno Dall'Oglio, il libraio di via Mazzini
di Francesca Zanoni
31 gennaio 2026 · 08:00
"""),
        lmid=[
            (2, "Pubblicità"),
            (4, "Ermanno Dall'Oglio nella sua libreria nel 2019"),
        ],
        lbot=L("""
Necrologie online
Pubblica un necrologio
Chi siamo
Privacy policy
Gestione cookie
© Arena Veronese Editoriale S.p.A.
"""),
    ),
    dict(
        slug="t8-it-trap-abbonamenti-streaming",
        lang="it",
        register="consumatori tecnologia",
        trap=True,
        trap_promo=("tail", "Iscriviti alla newsletter \"Risparmio\": ogni martedì le offerte e i consigli per spendere meno."),
        paras=P("""
Da marzo guardare film e serie in streaming costerà di più. Dopo Netflix e Disney+, anche due servizi italiani, Cinemax Play e SerieUno, hanno annunciato aumenti dei prezzi degli abbonamenti.

Il piano base di Cinemax Play passa da 7,99 a 9,49 euro al mese, mentre quello senza pubblicità sale a 13,99 euro. SerieUno porta l'abbonamento annuale da 69 a 84 euro.

Secondo l'Osservatorio Consumi Digitali, una famiglia italiana che paga tre servizi di streaming spende oggi in media 38 euro al mese, il 27% in più rispetto al 2023.

Molti utenti reagiscono disdicendo. Il fenomeno ha un nome, "churn a rotazione": ci si abbona per un mese per vedere una serie, si disdice e si passa a un'altra piattaforma.

"Il consumatore ha capito che non serve essere abbonati a tutto tutto l'anno", spiega Giorgia Sandri, ricercatrice del Politecnico di Milano.

Le associazioni dei consumatori ricordano che in caso di aumento del prezzo gli abbonati hanno diritto di recedere senza penali. La comunicazione deve arrivare con almeno trenta giorni di anticipo.

Chi vuole disdire deve farlo dalle impostazioni dell'account, non dall'app sul televisore, dove spesso l'opzione non è disponibile.

Alcune piattaforme puntano invece sui pacchetti: abbonamenti combinati con la telefonia o con altri servizi, a un prezzo scontato per i primi mesi.
"""),
        head=[
            "Tecnologia",
            "Ascolta l'articolo · 4 min",
        ],
        mid=[
            (2, "Pubblicità"),
            (5, "Leggi anche: Bollette luce e gas, cosa cambia da aprile"),
        ],
        tail=[
            "Iscriviti alla newsletter \"Risparmio\": ogni martedì le offerte e i consigli per spendere meno.",
            "Condividi",
            "Commenti (88)",
        ],
        mixed=[
            (0, "end", "Foto: Shutterstock"),
            (1, "start", "Pubblicità"),
            (3, "end", "Leggi anche: Telefonia, i nuovi rincari delle offerte mobili"),
            (4, "start", "Iscriviti alla newsletter \"Risparmio\", è gratis."),
            (6, "end", "Seguici su Telegram per le migliori offerte del giorno."),
            (7, "start", "Questo articolo contiene link di affiliazione."),
        ],
        ltop=L("""
Il Quotidiano del Nord
Economia
Risparmio e consumi
Tech
Abbonati
Accedi
Streaming, arrivano i rincari: ecco quanto costeranno gli abbonamenti
di Alessandro Riva
28 gennaio 2026
"""),
        lmid=[
            (3, "Pubblicità"),
            (6, "Video"),
        ],
        lbot=L("""
I più letti
Gruppo editoriale
Privacy
Cookie
© Il Quotidiano del Nord
"""),
    ),
]
