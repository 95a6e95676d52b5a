"""blind13 data: Italian articles (wine column, cycling stage, push-notification fine trap). Fictional content."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 19. Rubrica sul vino
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-it-rubrica-vino-vermentino",
    register="wine column",
    lang="it",
    paras=P("""
Il bicchiere della settimana: il Vermentino di collina che sa di macchia e di sale

di Ottavio Bellandi

Ci sono vini che si capiscono al primo sorso e vini che chiedono pazienza. Il Vermentino «Scogliera Alta» della piccola cantina Poggio Serrani appartiene decisamente alla seconda categoria.

Siamo sulle colline di Castelmare di Lunigiana, a poco più di quattro chilometri dal mare. Qui la famiglia Serrani coltiva sei ettari di vigna su terrazzamenti in pietra a secco, alcuni dei quali risalgono alla fine dell’Ottocento.

«Mio nonno diceva che la vite, qui, deve soffrire un po’ per dare il meglio», racconta Giulia Serrani, che dal 2016 guida l’azienda insieme al fratello Matteo.

Nel calice

Colore giallo paglierino con riflessi verdolini. Al naso arrivano prima la pesca bianca e la scorza di limone, poi, lasciandolo respirare, il rosmarino, l’elicriso e una nota quasi iodata.

In bocca è teso, sapido, con una chiusura leggermente ammandorlata che invita al secondo bicchiere. L’annata 2022, calda e siccitosa, ha regalato un po’ più di volume senza togliere freschezza.

Come servirlo

Temperatura: 10-12 °C, in un calice a tulipano non troppo stretto.

Abbinamenti: trofie al pesto, acciughe ripiene, una torta di verdure ligure.

Un consiglio: aspettatelo. Ho assaggiato accanto la 2019, e dopo tre anni di bottiglia il vino acquista una profondità che da giovane solo si intuisce.

Prezzo in cantina: circa 18 euro. Produzione: 9.000 bottiglie.

Alla prossima settimana, con un rosso dell’Etna che mi ha fatto cambiare idea sul Nerello.
"""),
    head=[
        "Acquista «Scogliera Alta» 2022 su Enoteca Diretta a 19,90 € – spedizione gratuita sopra i 69 €. Link affiliato.",
        "Iscriviti a «Calici», la newsletter del sabato con un vino da scoprire ogni settimana e gli eventi in cantina vicino a te.",
    ],
    mid=[
        (4, "Pubblicità"),
        (7, "Leggi anche\nRossese di Dolceacqua: cinque etichette sotto i 20 euro\nVendemmia 2024 in Liguria: meno uva, più qualità\nLe enoteche dove bere bene a Genova"),
    ],
    tail=[
        "Questo articolo contiene link di affiliazione: se acquisti tramite questi link potremmo ricevere una commissione, senza costi aggiuntivi per te.",
        "Segui la rubrica su Instagram: @ilbicchieredellasettimana",
        "Il Gusto Quotidiano – Riproduzione riservata ©",
    ],
    mixed=[
        (2, "end", "Foto di Ottavio Bellandi"),
        (6, "start", "Abbonati a Il Gusto Quotidiano Premium: il primo mese a 1 €."),
        (9, "end", "Acquista ora con il 10% di sconto"),
        (13, "start", "Il consumo di alcol è riservato ai maggiorenni. Bevi responsabilmente"),
    ],
    ltop=L("""
Il Gusto Quotidiano
Home › Vino › Il bicchiere della settimana
Abbonati | Accedi
Questo sito utilizza cookie tecnici e di profilazione. Accetta tutti | Rifiuta | Personalizza
"""),
    lmid=[
        (3, "PUBBLICITÀ"),
        (12, "Prenota una degustazione da Poggio Serrani: 25 € a persona, su Vinotour"),
    ],
    lbot=L("""
Condividi su Facebook
Condividi su WhatsApp
Copia link
Ti potrebbe interessare anche
P.IVA 01234560987 – Tutti i diritti riservati
"""),
))

# ---------------------------------------------------------------------------
# 20. Cronaca di tappa ciclistica
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-it-ciclismo-giro-valli",
    register="cycling stage report",
    lang="it",
    paras=P("""
Giro delle Valli, Zanardelli vince sul Passo Cerreto e prende la maglia rossa

Dal nostro inviato Filippo Morandini

PASSO CERRETO – Ha aspettato l’ultimo chilometro, quello con le pendenze al 12 per cento, e poi se n’è andato da solo. Nicolò Zanardelli ha vinto la settima tappa del Giro delle Valli, 176 chilometri da Borgo Tavernelle al Passo Cerreto, e si è preso anche la maglia rossa di leader della classifica generale.

Il ventiquattrenne bresciano ha preceduto di 14 secondi il colombiano Esteban Rivadeneira e di 27 l’olandese Sem van Duijn, che partiva con la maglia sulle spalle.

È stata una tappa durissima, segnata dalla pioggia nella prima metà e da una fuga di nove corridori ripresa solo a sei chilometri dall’arrivo.

«Ho sofferto tanto sulla prima salita, pensavo di staccarmi», ha detto Zanardelli al traguardo. «Poi la squadra mi ha tenuto davanti e negli ultimi tre chilometri ho sentito che le gambe c’erano».

Per l’Italia è la prima vittoria di tappa in questa edizione.

Ordine d’arrivo

1. Nicolò Zanardelli (Ita, Team Ardesia) in 4h31’08”

2. Esteban Rivadeneira (Col, Cordillera Pro) a 14”

3. Sem van Duijn (Ned, Polder Racing) a 27”

Classifica generale: 1. Zanardelli; 2. van Duijn a 19”; 3. Rivadeneira a 41”.

Domani l’ottava tappa, la Castelnuovo-Lago Brugiato di 204 chilometri, è adatta ai velocisti. Poi il giorno di riposo.
"""),
    head=[
        "Guarda gli highlights della tappa e tutte le dirette del Giro delle Valli su SportLive+. Prova gratis per 7 giorni.",
        "Pubblicità",
    ],
    mid=[
        (4, "Scarica l’app Corriere dello Sport Alpino e ricevi le notifiche su arrivi e classifiche in tempo reale."),
        (6, "LA CLASSIFICA COMPLETA E I DISTACCHI › clicca qui"),
    ],
    tail=[
        "Abbonati al Corriere dello Sport Alpino: tutti gli articoli, l’edizione digitale e l’archivio a 4,99 € al mese.",
        "Altre notizie di ciclismo\nVan Duijn: «Domani proverò a riprendermi la maglia»\nMondiali, il ct annuncia i preconvocati\nGiro delle Valli, le pagelle della settimana",
        "© Riproduzione riservata",
    ],
    mixed=[
        (2, "end", "(Foto LaPresse Alpina)"),
        (5, "start", "Video – L’attacco di Zanardelli negli ultimi 1.000 metri"),
        (6, "end", "Segui la diretta testuale di domani sul nostro sito."),
        (12, "start", "Fantaciclismo: schiera Zanardelli nella tua squadra e vinci una bici da corsa!"),
    ],
    ltop=L("""
Corriere dello Sport Alpino
Sport › Ciclismo › Giro delle Valli
Accedi | Abbonati
Live: la tappa minuto per minuto
"""),
    lmid=[
        (3, "Pubblicità – continua a leggere sotto"),
        (12, "Vai alla classifica completa"),
    ],
    lbot=L("""
Tag: Ciclismo · Giro delle Valli · Zanardelli
Condividi
Commenta (64)
Privacy policy · Cookie policy · Note legali
"""),
))

# ---------------------------------------------------------------------------
# 21. TRAP: multa a un'app per le notifiche push
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-it-trap-multa-notifiche",
    register="regulatory fine story (push notifications)",
    lang="it",
    trap=True,
    trap_promo=("head", "Ascolta questo articolo – 4 min"),
    paras=P("""
Notifiche push a raffica e offerte «a tempo» finte: multa da 2,3 milioni all’app della spesa SpesaLampo

di Chiara Bonfiglio

L’Autorità per la tutela dei consumatori e del mercato ha inflitto una sanzione di 2,3 milioni di euro a SpesaLampo, l’app di consegna della spesa a domicilio con oltre quattro milioni di utenti in Italia, per pratiche commerciali ritenute aggressive.

Al centro del provvedimento ci sono le notifiche push. Secondo l’istruttoria, tra gennaio e ottobre dello scorso anno l’app inviava in media 11 notifiche al giorno agli utenti che non avevano fatto un ordine nell’ultima settimana, con messaggi come «Il tuo carrello ti aspetta! Solo per oggi consegna gratuita» o «Ultime 3 ore per il tuo sconto del 30%».

In molti casi, ha accertato l’Autorità, le offerte non erano affatto limitate nel tempo: lo stesso sconto veniva riproposto ogni giorno con un nuovo conto alla rovescia.

Disattivarle era complicato

L’istruttoria contesta anche la difficoltà di disattivare le notifiche. Per farlo occorreva entrare in un menu «Preferenze di comunicazione» raggiungibile solo dopo quattro passaggi, dove l’opzione era preselezionata su «Ricevi tutte le offerte».

Chi provava a disattivarle vedeva comparire un messaggio: «Sei sicuro? Perderai sconti esclusivi fino al 40%».

«Si tratta di una forma di pressione che sfrutta la paura di perdere un’occasione», si legge nel provvedimento.

La difesa dell’azienda

SpesaLampo ha annunciato ricorso al Tar. In una nota, l’azienda sostiene di aver «sempre rispettato la normativa» e che «la grande maggioranza dei clienti apprezza ricevere promozioni personalizzate».

Nel frattempo, l’app ha ridotto le notifiche a un massimo di due al giorno e ha aggiunto un interruttore per disattivarle direttamente dalla schermata del profilo.

Per le associazioni dei consumatori si tratta di un precedente importante. «È la prima volta che viene sanzionato l’uso delle notifiche come leva di pressione commerciale», commenta Ruggero Fanelli di Consumatori in Rete.
"""),
    head=[
        "Resta aggiornato: attiva le notifiche di TechEconomia per ricevere le ultime notizie su tecnologia e consumi.",
        "Pubblicità",
    ],
    mid=[
        (3, "LEGGI ANCHE\nCancellarsi dalle newsletter: il metodo in tre passaggi\nDark pattern, cosa sono e come riconoscerli"),
        (8, "TechEconomia Pro: analisi, dati e report esclusivi. Prova gratis per 30 giorni, poi 6,99 € al mese."),
    ],
    tail=[
        "Iscriviti alla newsletter «Consumi & Diritti»: ogni martedì le notizie che contano per il tuo portafoglio.",
        "Hai trovato utile questo articolo? Condividilo su WhatsApp, Facebook o LinkedIn.",
        "TechEconomia S.r.l. – Testata registrata presso il Tribunale di Milano. Riproduzione riservata.",
    ],
    mixed=[
        (2, "end", "Foto: Archivio TechEconomia"),
        (6, "start", "Sponsorizzato: Risparmia sulla bolletta della luce con EnerFlex, attivazione online in 5 minuti."),
        (10, "end", "Segui TechEconomia su Google News"),
        (12, "start", "Continua a leggere dopo la pubblicità"),
    ],
    ltop=L("""
TechEconomia
Home › Consumi › Diritti
Accedi | Abbonati
Newsletter
"""),
    lmid=[
        (4, "PUBBLICITÀ"),
        (11, "Scarica l’app TechEconomia per iOS e Android"),
    ],
    lbot=L("""
Argomenti: Antitrust · App · Consumatori
Commenti (27)
Privacy · Cookie · Contatti · Lavora con noi
© TechEconomia 2024
"""),
))
