"""Blind set 8 (arts11), Italian: blog di ricette, trappola (box in abbonamento), cronaca locale."""
from common import P, L

ARTICLES = [
    {
        "slug": "b11-it-ricetta-torta-zucca",
        "register": "blog di cucina",
        "lang": "it",
        "paras": P("""
Torta salata di zucca e ricotta: la ricetta della domenica sera

Quando arriva ottobre e sul banco del mercato compaiono le prime zucche, a casa mia si sa già cosa si mangerà la domenica sera. Questa torta salata l'ho imparata da mia zia Ornella, che la preparava con la pasta comprata e un ripieno morbido e profumato di noce moscata.

Il segreto è cuocere la zucca al forno invece di lessarla: perde acqua, il sapore si concentra e il ripieno non inzuppa la base.

Ingredienti per 6 persone

1 rotolo di pasta brisée rotondo

600 g di zucca delica già pulita

250 g di ricotta vaccina, 2 uova e 60 g di parmigiano grattugiato

Sale, pepe, noce moscata e qualche foglia di salvia

Preparazione

Tagliate la zucca a cubetti, conditela con un filo d'olio e un pizzico di sale e cuocetela in forno a 200 °C per circa 25 minuti, finché non sarà morbida e leggermente dorata. Lasciatela intiepidire e schiacciatela con una forchetta.

In una ciotola mescolate la ricotta con le uova, il parmigiano, la zucca schiacciata e una generosa grattugiata di noce moscata. Aggiustate di sale e pepe.

Stendete la pasta in una tortiera da 24 cm, bucherellate il fondo, versate il ripieno e decorate con le foglie di salvia. Cuocete a 180 °C per 35-40 minuti. Servitela tiepida: il giorno dopo è ancora più buona.

Si conserva in frigorifero per due giorni, coperta con la pellicola.
"""),
        "head": [
            "Salta alla ricetta",
            "Questo post contiene link affiliati: se acquisti tramite questi link riceverò una piccola commissione, senza costi aggiuntivi per te.",
        ],
        "mid": [
            ("Il segreto è", "Pubblicità"),
            ("Sale, pepe", "Vota la ricetta: ★★★★★ (4,7 su 5, 86 voti)"),
            ("Stendete la pasta", "Ti è piaciuta questa ricetta? Iscriviti alla newsletter e ricevi ogni venerdì un menù settimanale gratuito!"),
        ],
        "tail": [
            "Condividi su Pinterest\nCondividi su Facebook\nCondividi su WhatsApp",
            "Ti potrebbero interessare anche:\nRisotto alla zucca e salsiccia\nVellutata di zucca e zenzero\nGnocchi di zucca al burro e salvia",
            "Lascia un commento\nIl tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
            "Seguimi su Instagram @lacucinadiela per tante altre ricette di stagione!",
        ],
        "mixed": [
            ("Quando arriva ottobre", "start", "Salta alla ricetta"),
            ("Il segreto è", "end", "La mia tortiera preferita? La trovi nello shop del blog."),
            ("Tagliate la zucca", "end", "Salva la ricetta su Pinterest!"),
            ("Si conserva in", "end", "Se provi questa ricetta lasciami un commento e un voto qui sotto!"),
        ],
        "ltop": L("""
La cucina di Ela
Ricette
Primi
Secondi
Dolci
Torte salate
Chi sono
Contatti
Cerca
"""),
        "lmid": [
            ("Il segreto è", "Pubblicità"),
            ("Preparazione", "Stampa la ricetta"),
        ],
        "lbot": L("""
Vota la ricetta
Lascia un commento
Privacy policy
Cookie policy
© 2024 La cucina di Ela – P.IVA 01234567890
"""),
    },
    {
        "slug": "b11-it-trap-box-formaggi",
        "register": "quotidiano, pagina economia",
        "lang": "it",
        "trap": True,
        "paras": P("""
Formaggi in abbonamento: la startup piemontese che spedisce una scatola al mese cresce del 60%

Torino. Ogni mese circa 14.000 famiglie italiane ricevono a casa una scatola di cartone riciclato con dentro quattro formaggi di piccoli caseifici di montagna. È il modello di Casera Box, la startup fondata nel 2021 da due ex compagni di università, Giulia Bertone e Matteo Rinaldi.

L'idea è semplice: chi si abbona paga 34,90 euro al mese, o 29,90 con l'abbonamento annuale, e riceve una selezione diversa a ogni spedizione, accompagnata da schede sui produttori e consigli per gli abbinamenti. Si può sospendere o disdire in qualsiasi momento dall'app o dal sito.

Nel 2023 l'azienda ha fatturato 4,8 milioni di euro, in crescita del 60% rispetto all'anno precedente, e per la prima volta ha chiuso il bilancio in utile.

«All'inizio tutti ci dicevano che gli abbonamenti funzionano per lo streaming, non per il cibo», racconta Bertone. «Invece abbiamo scoperto che le persone amano la sorpresa, ma vogliono anche sentirsi libere di andarsene.»

Il nodo della fidelizzazione

Il punto debole dei modelli in abbonamento resta il tasso di abbandono. Secondo i dati forniti dalla società, circa un cliente su tre disdice entro i primi sei mesi. Per trattenerli, Casera Box ha introdotto la possibilità di saltare una consegna e una newsletter mensile con le storie dei casari.

Gli esperti del settore invitano alla prudenza. «Le box in abbonamento vivono di marketing: il costo per acquisire ogni nuovo cliente, tra pubblicità sui social e sconti sul primo mese, può superare i 40 euro», osserva Laura Pezzoli, docente di economia aziendale.

Per i produttori, però, il modello ha portato vantaggi concreti. Il caseificio di Ercole Gaia, in Val Varaita, vende ora un quinto delle sue tome attraverso la startup. «Ci pagano a trenta giorni, e per noi è una rivoluzione», dice.

Nei prossimi mesi l'azienda punta a sbarcare in Austria e Germania e ha avviato un round di finanziamento da 3 milioni di euro.
"""),
        "trap_promo": ("tail", "Abbonati al Corriere Subalpino: il primo mese a 1 euro, poi 9,99 euro. Disdici quando vuoi."),
        "head": [
            "Economia | Startup",
            "Iscriviti a «Piccole Imprese», la newsletter settimanale su startup e PMI del Nord-Ovest.",
        ],
        "mid": [
            ("L'idea è semplice", "Leggi anche\nLa pasta fresca a domicilio conquista Milano\nCibo e abbonamenti: perché i consumatori disdicono"),
            ("Gli esperti del settore", "Contenuto sponsorizzato\nScopri il conto business senza canone per la tua impresa"),
            ("Per i produttori", "Pubblicità"),
        ],
        "tail": [
            "Condividi\nFacebook\nX\nLinkedIn\nWhatsApp\nEmail",
            "I più letti di oggi\n1. Caro affitti, Torino supera Milano per aumenti\n2. Neve in Val di Susa, riaprono gli impianti",
        ],
        "mixed": [
            ("Torino. Ogni mese", "end", "Leggi anche: La pasta fresca a domicilio conquista Milano"),
            ("Nel 2023 l'azienda", "start", "PUBBLICITÀ"),
            ("Nei prossimi mesi", "end", "Per restare aggiornato segui il nostro canale WhatsApp."),
        ],
        "ltop": L("""
Corriere Subalpino
Cronaca
Economia
Sport
Cultura
Abbonati
Accedi
Utilizziamo i cookie per migliorare la tua esperienza. Accetta | Rifiuta | Personalizza
"""),
        "lmid": [
            ("L'idea è semplice", "Leggi anche"),
            ("Per i produttori", "Pubblicità"),
        ],
        "lbot": L("""
Condividi
I più letti
Note legali
Privacy
© Corriere Subalpino – Riproduzione riservata
"""),
    },
    {
        "slug": "b11-it-cronaca-ponte-chiuso",
        "register": "giornale locale online",
        "lang": "it",
        "paras": P("""
Ponte della Madonnina chiuso da lunedì: tre mesi di lavori e traffico deviato

Borgo San Lirio. Da lunedì 2 dicembre il ponte della Madonnina, che collega il centro storico con la frazione di Castagnolo, resterà chiuso al traffico per circa tre mesi. Il Comune ha affidato i lavori di consolidamento delle pile, danneggiate dalla piena del fiume Lirone dello scorso maggio.

L'intervento costerà 870.000 euro, finanziati in gran parte con fondi regionali per il dissesto idrogeologico. Durante il cantiere sarà consentito il passaggio soltanto ai pedoni e alle biciclette condotte a mano, su una passerella laterale.

«Sappiamo che sarà un disagio, soprattutto per chi lavora in centro e per le famiglie di Castagnolo», ha detto il sindaco Paolo Venturini. «Ma dopo l'ultima piena i tecnici sono stati chiari: rimandare non era possibile.»

I percorsi alternativi

Le auto provenienti da Castagnolo saranno deviate sulla strada provinciale 12 e sul ponte di Ca' Bianca, con un allungamento di circa sei chilometri.

Lo scuolabus seguirà lo stesso percorso, anticipando la partenza di quindici minuti. Le famiglie riceveranno una comunicazione dalla scuola.

I mezzi di soccorso potranno invece utilizzare, in caso di emergenza, una corsia provvisoria attraverso il guado presidiato dalla Protezione civile.

I commercianti del centro temono un calo degli incassi proprio nel periodo natalizio. L'associazione di categoria ha chiesto al Comune di rendere gratuiti i parcheggi di piazza Garibaldi fino alla riapertura del ponte; la giunta valuterà la proposta nella prossima seduta.

Il cantiere sarà aperto dalle 7 alle 19, dal lunedì al sabato. Gli aggiornamenti sui lavori saranno pubblicati sul sito del Comune.
"""),
        "head": [
            "Cronaca › Borgo San Lirio",
            "Sei già abbonato? Accedi per continuare a leggere. Altrimenti scopri le nostre offerte a partire da 0,99 € a settimana.",
        ],
        "mid": [
            ("L'intervento costerà", "Pubblicità"),
            ("I mezzi di soccorso", "Leggi anche:\nPiena del Lirone, la conta dei danni\nNuova rotatoria a Castagnolo, via ai lavori"),
            ("I commercianti del centro", "Ricevi le notizie della tua zona su Telegram: iscriviti al nostro canale"),
        ],
        "tail": [
            "© RIPRODUZIONE RISERVATA",
            "Commenta la notizia\nAccedi o registrati per lasciare un commento",
            "Potrebbe interessarti\nOfferte luce e gas: confronta e risparmia\nQuesto trucco per pulire il forno sta spopolando",
            "Notizie più lette\nIncidente sulla provinciale, due feriti\nFiera di San Martino, il programma completo",
        ],
        "mixed": [
            ("Borgo San Lirio. Da", "end", "Foto: Archivio Gazzetta della Valle"),
            ("«Sappiamo che", "start", "PUBBLICITÀ"),
            ("Le auto provenienti", "end", "Leggi anche: Piena del Lirone, la conta dei danni"),
            ("Il cantiere sarà", "end", "Condividi: Facebook X WhatsApp Email"),
        ],
        "ltop": L("""
Gazzetta della Valle
Home
Cronaca
Politica
Sport
Eventi
Necrologie
Abbonati
Accedi
"""),
        "lmid": [
            ("L'intervento costerà", "Pubblicità"),
            ("I commercianti del centro", "Leggi anche"),
        ],
        "lbot": L("""
© RIPRODUZIONE RISERVATA
Commenta la notizia
Notizie più lette
Contatti
Privacy
Gazzetta della Valle – Reg. Trib. n. 12/1998
"""),
    },
]
