from common import P, L

ARTICLES = [
    {
        "slug": "b7-it-moda-milano-uomo",
        "register": "fashion",
        "lang": "it",
        "paras": P("""
Milano Moda Uomo, il ritorno della sartoria morbida

Giacche destrutturate, pantaloni ampi con la piega, cappotti che sembrano vestaglie: la quarta giornata delle sfilate maschili a Milano ha confermato che il completo non è morto, ha solo smesso di stringere.

Da Ferrante Alberti, nella cornice dell'ex chiostro di via Borgonuovo, la collezione per l'autunno-inverno 2026 ha aperto con un cappotto cammello a doppiopetto lungo fino alla caviglia, indossato su una maglia a collo alto color tabacco.

«Volevo abiti che si possano tenere addosso dodici ore senza pensarci», ha detto lo stilista nel backstage. «L'eleganza oggi è anche comodità».

I colori

Marrone in tutte le sue sfumature, dal cioccolato al cuoio, accostato a un verde bosco e a un grigio perla. Pochissimo nero.

Più sperimentale il debutto di Studio Nove, il marchio fondato da tre ex studenti dell'Istituto Marangoni. Le loro giacche in lana cotta, tagliate a vivo e senza fodera, sono state tra le più fotografate della giornata.

Il calendario di quest'anno conta 68 appuntamenti tra sfilate e presentazioni, sei in meno rispetto a giugno. Alcuni grandi nomi hanno scelto di presentare le collezioni maschili insieme a quelle femminili, a febbraio.

Secondo la Camera della Moda, il settore dell'abbigliamento maschile ha chiuso il 2025 con un fatturato di 10,7 miliardi di euro, in calo del 2,3 per cento, frenato soprattutto dalla domanda cinese.

Le scarpe

Mocassini con suola in gomma, stivaletti scamosciati e, a sorpresa, parecchie pantofole in velluto, portate anche con il cappotto.

In prima fila, oltre ai compratori americani e giapponesi, molti creatori di contenuti. Uno di loro, con 2,4 milioni di follower, ha filmato l'intera sfilata in diretta dal suo telefono.

Le sfilate proseguono fino a lunedì.
"""),
        "head": [
            "Stile Quotidiano",
            "Moda · Sfilate · 18 gennaio 2026",
            "Abbonati a Stile Quotidiano Premium: 3 mesi a 1 €, poi 5,99 € al mese. Disdici quando vuoi.",
        ],
        "mid": [
            (3, "Acquista il look: cappotti in cammello selezionati dalla redazione (link affiliati)"),
            (8, "GUARDA LA GALLERY: tutti i 42 look della sfilata"),
        ],
        "tail": [
            "Ricevi ogni venerdì la newsletter «Il Guardaroba» con i trend della settimana.",
            "Seguici su TikTok e Instagram: @stilequotidiano",
            "Riproduzione riservata © Stile Quotidiano S.r.l. – P.IVA 09876543210",
        ],
        "mixed": [
            (1, "start", "Tempo di lettura: 3 minuti"),
            (11, "end", "PUBBLICITÀ"),
        ],
        "ltop": L("""
Moda donna e uomo
Bellezza
Lifestyle
Sfilate
Shopping
Accedi
Abbonati
"""),
        "lmid": [
            (2, "Foto: ImaxTree"),
            (9, "Leggi anche: Le dieci borse da uomo più cercate del 2026"),
        ],
        "lbot": L("""
Condividi
Commenta
Potrebbe interessarti anche
Informativa sulla privacy
Gestisci le preferenze sui cookie
Note legali
"""),
    },
    {
        "slug": "b7-it-mostra-manifesti-pubblicita",
        "register": "museum exhibition",
        "lang": "it",
        "trap": True,
        "paras": P("""
«Compratelo!», un secolo di pubblicità italiana in mostra a Treviso

Un uomo in frac che brinda con un amaro, una bambina che abbraccia un barattolo di brodo, un'automobile rossa lanciata verso il mare: sono alcuni dei 230 manifesti che il Museo Nazionale Collezione Salce di Treviso espone da sabato nella mostra «Compratelo! Cent'anni di pubblicità italiana».

La Collezione Salce, la più grande raccolta di manifesti pubblicitari in Italia con quasi 25.000 pezzi, raramente mostra i suoi tesori tutti insieme. Questa volta il percorso va dal 1895 agli anni Novanta.

La prima sala è dedicata ai grandi cartellonisti dell'inizio del Novecento, da Dudovich a Cappiello. Seguono le campagne per i quotidiani e le riviste, che negli anni Trenta invitavano i lettori ad abbonarsi promettendo in regalo un orologio o un atlante.

Una sezione curiosa raccoglie i buoni sconto e i concorsi a premi: cartoline da ritagliare, punti da collezionare, figurine da scambiare. «Erano la pubblicità che entrava in casa», spiega la curatrice Elena Zanin.

Dal manifesto allo schermo

L'ultima parte racconta il passaggio alla televisione, con Carosello, che dal 1957 al 1977 ha insegnato agli italiani a collegare la pubblicità alla buonanotte.

Non mancano le critiche. Alcuni manifesti degli anni Trenta e Quaranta, con i loro stereotipi e la propaganda di regime, sono esposti con pannelli che ne spiegano il contesto.

«Non volevamo fare una mostra nostalgica», dice Zanin. «La pubblicità racconta chi eravamo, anche quando non ci piace».

Informazioni

La mostra resta aperta fino al 28 settembre, dal martedì alla domenica, dalle 10 alle 18. Il biglietto intero costa 12 euro, il ridotto 6. L'ingresso è gratuito la prima domenica del mese.

Il catalogo, pubblicato da un editore veneziano, costa 35 euro.
"""),
        "head": [
            "Il Gazzettino dell'Arte",
            "Mostre · Veneto",
        ],
        "mid": [
            (3, "Biglietti salta-coda per «Compratelo!» su TicketArte: prenota ora, nessuna commissione per i soci."),
            (7, "Diventa Amico del Museo: ingresso illimitato per un anno a 40 euro."),
        ],
        "tail": [
            "Iscriviti a «Agenda Mostre», la nostra selezione settimanale di esposizioni da non perdere.",
            "Hai trovato un errore in questo articolo? Segnalalo alla redazione.",
            "© Il Gazzettino dell'Arte – Tutti i diritti riservati",
        ],
        "mixed": [
            (2, "end", "Ascolta l'articolo"),
            (8, "start", "Consigliato dalla redazione: i migliori musei del Veneto da visitare in un weekend."),
        ],
        "ltop": L("""
Home
Mostre
Musei
Aste
Architettura
Newsletter
"""),
        "lmid": [
            (1, "Foto: Marcello Dudovich, manifesto del 1912. © Museo Nazionale Collezione Salce"),
            (5, "Condividi su Facebook · WhatsApp · Email"),
        ],
        "lbot": L("""
Articoli correlati
La Biennale annuncia il curatore del 2027
Privacy
Cookie policy
Contatti
"""),
    },
]
