from common import P, L

ARTICLES = [
dict(
    slug="b5-it-ricetta-pasta-ceci",
    lang="it",
    register="recipe",
    paras=P("""
Pasta e ceci alla romana, la ricetta del venerdì

A Roma, per tradizione, la pasta e ceci si mangia il venerdì. Mia nonna la preparava con i ceci secchi messi in ammollo dal mercoledì sera, un rametto di rosmarino e un'acciuga sciolta nell'olio: niente di più.

È un piatto povero, ma il segreto è tutto nella consistenza. Non deve essere né una zuppa né una pasta asciutta: la pasta cuoce direttamente nel brodo dei ceci, che diventa cremoso grazie all'amido.

Ceci secchi o in barattolo?

Con i ceci secchi il risultato è decisamente migliore, perché il liquido di cottura dà sapore. Se avete poco tempo, quelli in barattolo vanno bene, ma sciacquateli bene e aggiungete un po' di brodo vegetale.

Ingredienti per 4 persone

300 g di ceci secchi

200 g di ditalini o pasta mista

2 filetti di acciuga sott'olio

Preparazione

Mettete i ceci in ammollo in acqua fredda per almeno 12 ore. Scolateli e cuoceteli in acqua non salata con il rosmarino per circa due ore, finché sono teneri.

In una pentola capiente scaldate l'olio con l'aglio schiacciato e le acciughe, finché queste si sciolgono. Aggiungete un cucchiaio di concentrato di pomodoro, poi i ceci con il loro liquido.

Frullate un terzo dei ceci con un minipimer, aggiungete la pasta e cuocete mescolando spesso. Regolate di sale e servite con un filo d'olio a crudo e pepe nero.

«La pasta e ceci deve stare in piedi col cucchiaio», diceva sempre nonna Elvira.
"""),
    head=[
        "Vai alla ricetta",
        "Scarica la nostra app e cucina con le video ricette passo passo: disponibile su App Store e Google Play",
    ],
    mid=[
        ("È un piatto povero", "Iscriviti a «Mestolo», la newsletter di Cucina di Casa: ogni giovedì tre ricette di stagione e un trucco della nonna. È gratis!"),
        ("2 filetti di acciuga", "Consigliato da noi: pentola in ghisa smaltata 24 cm, 59,90 € su Amazon. Acquista ora"),
        ("In una pentola capiente", "PUBBLICITÀ"),
    ],
    tail=[
        "Stampa la ricetta",
        "Hai provato questa ricetta? Lascia un voto ★★★★★ e un commento, oppure condividi la tua foto con #cucinadicasa",
        "Ti potrebbero interessare anche: Pasta e fagioli alla veneta · Zuppa di lenticchie · Minestrone di primavera",
        "Cucina di Casa S.r.l. – P.IVA 01234567890",
    ],
    mixed=[
        ("A Roma, per tradizione", "start", "14 febbraio 2026 · Tempo di lettura: 4 minuti"),
        ("Con i ceci secchi il risultato", "end", "Salva nel ricettario"),
        ("Mettete i ceci in ammollo", "start", "Continua a leggere dopo la pubblicità"),
        ("«La pasta e ceci deve stare", "end", "Seguici su Instagram @cucinadicasa_it"),
    ],
    ltop=L("""
Cucina di Casa
Ricette
Primi piatti
Secondi
Dolci
Video ricette
Accedi
"""),
    lmid=[
        ("Ingredienti per 4 persone", "Aggiungi alla lista della spesa"),
        ("Preparazione", "Guarda il video della ricetta ▶"),
    ],
    lbot=L("""
Commenti (19)
Chi siamo
Informativa sulla privacy
Preferenze cookie
Tutti i diritti riservati
"""),
),
dict(
    slug="b5-it-necrologio-maestro",
    lang="it",
    register="obituary",
    paras=P("""
Addio a Renzo Bassani, per quarant'anni maestro della banda di Castelnuovo

È morto ieri all'età di 91 anni Renzo Bassani, che dal 1962 al 2003 ha diretto il Corpo bandistico «Giuseppe Verdi» di Castelnuovo Rangone.

Nato a Modena nel 1934, figlio di un calzolaio, aveva imparato a suonare la tromba da ragazzo nella banda della parrocchia. Diplomato al conservatorio di Parma, aveva insegnato educazione musicale nelle scuole medie della provincia per più di trent'anni.

Sotto la sua direzione la banda era passata da una ventina di elementi a oltre sessanta musicisti, con una scuola di musica gratuita per i ragazzi del paese che ancora oggi conta un centinaio di iscritti.

«Ci ha insegnato che la musica si fa insieme, o non si fa», lo ricorda l'attuale direttore, Marco Lugli, che era stato suo allievo.

Nel 1998 il Comune gli aveva conferito la cittadinanza onoraria per il suo impegno culturale.

Lascia la moglie Lucia, i figli Paolo e Anna e quattro nipoti.

I funerali

Le esequie si terranno sabato alle 10.30 nella chiesa parrocchiale di Santa Maria Assunta. La banda accompagnerà il feretro dalla casa di via Roma fino alla chiesa.

La famiglia ringrazia il personale della Casa della Salute di Castelnuovo per le cure prestate.

Non fiori ma offerte alla scuola di musica della banda.
"""),
    head=[
        "Necrologie › Modena e provincia",
        "Pubblicato il 12/03/2026",
    ],
    mid=[
        ("Nato a Modena nel 1934", "Invia fiori alla famiglia – consegna in giornata nella provincia di Modena"),
        ("Nel 1998 il Comune", "Pubblicità"),
    ],
    tail=[
        "Lascia un messaggio di cordoglio",
        "Accendi un lume · 37 lumi accesi",
        "Per pubblicare un necrologio chiama lo 059 000 000 o scrivi a necrologie@gazzettamodenese.example",
        "Onoranze funebri Ferrari & Figli – Castelnuovo Rangone, tel. 059 111 222",
    ],
    mixed=[
        ("È morto ieri all'età", "end", "Condividi su Facebook"),
        ("Sotto la sua direzione", "start", "ANNUNCIO SPONSORIZZATO"),
        ("Lascia la moglie Lucia", "end", "Ricevi un avviso quando vengono aggiunti nuovi messaggi"),
        ("Non fiori ma offerte", "end", "Stampa il necrologio"),
    ],
    ltop=L("""
Gazzetta Modenese
Cronaca
Sport
Necrologie
Annunci
Abbonati
"""),
    lmid=[
        ("«Ci ha insegnato che", "Leggi anche: Castelnuovo, la banda compie 150 anni"),
        ("I funerali", "Indicazioni per la chiesa"),
    ],
    lbot=L("""
Messaggi di cordoglio
Ricerca necrologi
Privacy
Cookie policy
© Gazzetta Modenese S.p.A.
"""),
),
]
