import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
dict(
    slug="t9-it-moda-sfilata",
    lang="it",
    register="fashion",
    paras=P("""
Milano Moda Uomo, la sfilata di Orsetti riscopre il cappotto da lavoro

Lana cotta, tasche enormi e colori di bosco: il designer torinese guarda agli operai degli anni Cinquanta.

Lo show si è svolto domenica sera in un'ex officina ferroviaria alla Bovisa, davanti a circa trecento ospiti seduti su panche di legno grezzo.

I capi chiave

Il cappotto a doppio petto in lana cotta verde muschio.

I pantaloni larghi con la piega cucita a mano.

Gli stivali stringati in pelle ingrassata, prodotti in un laboratorio di Vigevano.

«Volevo vestiti che si consumano bene, non che restano nuovi», ha detto Andrea Orsetti nel backstage.

I prezzi restano alti: il cappotto costerà circa 2.400 euro quando arriverà in negozio a settembre.

Tra il pubblico, il calciatore Federico Galli e l'attrice Giulia Manzon, entrambi in total look del marchio.
"""),
    head=[
        "MODA · Sfilate",
        "di Beatrice Lanfranchi | 12 gennaio 2026",
        "Un look della collezione autunno-inverno 2026-27 di Orsetti. Foto: Launchmetrics/Spotlight",
    ],
    mid=[
        (1, "Guarda la gallery: tutti i 42 look della sfilata"),
        (3, "Shopping: il cappotto da lavoro, 5 modelli da comprare subito (da 189 euro). Se acquisti tramite i nostri link potremmo ricevere una commissione."),
        (7, "Iscriviti a «Guardaroba», la newsletter settimanale di Stile Adesso: tendenze, sfilate e acquisti intelligenti, ogni giovedì."),
        (8, "Potrebbe interessarti anche: Pitti Uomo 2026, i cinque trend da ricordare"),
    ],
    tail=[
        "Abbonati a Stile Adesso: 12 numeri a 29,90 euro, con la borsa in tela in omaggio.",
        "Seguici su Instagram e TikTok @stileadesso per il racconto in diretta delle sfilate.",
        "I più letti\nScarpe da ginnastica: le sneakers bianche più amate dagli stylist\nChi ha vestito chi ai Golden Globes",
        "© Riproduzione riservata · Edizioni Aurora S.p.A. · P.IVA 04218350964",
    ],
    mixed=[
        (2, "start", "Contenuto in collaborazione con Camera Moda Digitale."),
        (4, "end", "Acquista ora su Orsetti.com."),
        (8, "end", "Leggi anche: le borse più belle di gennaio."),
        (9, "start", "Guarda il video del backstage."),
    ],
    ltop=L("""
Stile Adesso
Moda & Tendenze
Sfilate
Bellezza
Celebrity
Shopping
Abbonati
Accedi
"""),
    lmid=[
        (1, "Gallery: 42 foto"),
        (6, "Pubblicità"),
    ],
    lbot=L("""
Condividi
Tag
#MilanoModaUomo
#sfilateuomo
Contatti
Informativa sui cookie
Privacy policy
Note legali
"""),
    trap=False,
),
dict(
    slug="t9-it-unibo-app-sonno",
    lang="it",
    register="university press office",
    paras=P("""
Le app per il sonno funzionano davvero? Uno studio dell'Ateneo risponde con 1.800 volontari

Chi ha usato un'app di meditazione per otto settimane ha dormito in media 19 minuti in più. Ma l'effetto sparisce se l'abbonamento non viene rinnovato.

Una ricerca del Dipartimento di Psicologia, pubblicata sulla rivista Sleep Health, ha seguito per sei mesi 1.812 adulti con disturbi lievi del sonno.

I partecipanti sono stati divisi in tre gruppi: uno ha scaricato un'app di meditazione guidata a pagamento, uno un'app gratuita con soli suoni rilassanti, uno non ha usato nessuna app.

I risultati

Gruppo con app di meditazione: +19 minuti di sonno a notte.

Gruppo con suoni rilassanti: +7 minuti.

«Il dato interessante è che, tra chi ha smesso di pagare l'abbonamento dopo la prova gratuita, l'effetto è svanito in meno di un mese», spiega la professoressa Elena Guidotti, coordinatrice dello studio.

Lo studio è stato finanziato dal Ministero dell'Università e non ha ricevuto fondi da aziende produttrici di app.

Il prossimo passo sarà verificare se i benefici durano negli adolescenti.
"""),
    head=[
        "Ufficio Stampa · Comunicati",
        "Comunicato stampa del 13 gennaio 2026",
        "Contatti per la stampa: ufficio.stampa@ateneo-emiliano.it · tel. 051 209 4411",
    ],
    mid=[
        (1, "Foto: una partecipante allo studio durante il monitoraggio notturno. Credit: Ateneo Emiliano – Area Comunicazione"),
        (3, "Scarica il comunicato in PDF · Materiale fotografico ad alta risoluzione per i media"),
        (6, "Sostieni la ricerca: con il tuo 5x1000 all'Ateneo finanzi borse di studio per giovani ricercatori. Codice fiscale 80007010376."),
        (8, "Open Day Lauree Magistrali: sabato 7 marzo, Aula Magna. Prenota il tuo posto."),
    ],
    tail=[
        "L'articolo scientifico: Guidotti E. et al., «Mindfulness apps and sleep duration: a randomized trial», Sleep Health, 2026. DOI: 10.1016/j.sleh.2026.01.004",
        "Segui l'Ateneo su Instagram, LinkedIn e sul canale Telegram «Ateneo Notizie».",
        "Ricevi i comunicati stampa dell'Ateneo: iscriviti alla mailing list per giornalisti.",
        "Ateneo Emiliano · Via Zamboni 33 · Note legali · Privacy · Dichiarazione di accessibilità",
    ],
    mixed=[
        (2, "end", "Per approfondire visita il sito del Dipartimento."),
        (5, "start", "Scopri tutti i comunicati stampa."),
        (7, "end", "Ultimo aggiornamento: 13/01/2026."),
        (9, "start", "Condividi su LinkedIn."),
    ],
    ltop=L("""
Vai al contenuto
Ateneo Emiliano
Studiare
Ricerca
Terza missione
L'Ateneo in cifre
Magazine
Ufficio Stampa
"""),
    lmid=[
        (3, "Allegati"),
        (8, "Contatti"),
    ],
    lbot=L("""
Condividi
Stampa la pagina
Albo online
Amministrazione trasparente
Lavora con noi
Privacy
Cookie
Accessibilità
"""),
    trap=True,
    trap_promo=(6, "Sostieni la ricerca: con il tuo 5x1000 all'Ateneo finanzi borse di studio per giovani ricercatori. Codice fiscale 80007010376."),
),
dict(
    slug="t9-it-parrocchia-notiziario",
    lang="it",
    register="church or community newsletter",
    paras=P("""
Il pranzo dei poveri compie vent'anni

Domenica 18 gennaio, nel salone dell'oratorio, torna il pranzo aperto a tutti. Quest'anno festeggiamo la ventesima edizione.

Era il gennaio 2006 quando don Lucio e un gruppo di sei volontarie decisero di apparecchiare per chi era solo. Quel primo anno eravamo in trenta.

Oggi al pranzo partecipano più di duecento persone, e i volontari sono quasi cinquanta, tra cui molti ragazzi del gruppo cresima.

Il menù

Lasagne al forno.

Arrosto con patate.

Torta di mele della signora Rina.

Chi vuole dare una mano in cucina può presentarsi sabato dalle 15. Servono soprattutto braccia per pelare patate e preparare i tavoli.

«Non è un pranzo per i poveri, è un pranzo dove nessuno è povero», ripete sempre don Lucio.

Vi aspettiamo.
"""),
    head=[
        "La Voce di San Martino – Notiziario parrocchiale",
        "Numero 2 · Gennaio 2026",
        "In questo numero: il pranzo dei poveri · orari delle Messe · campo estivo",
    ],
    mid=[
        (1, "Foto: il pranzo del 2025 nel salone dell'oratorio (archivio parrocchiale)"),
        (3, "Per offerte alla Caritas parrocchiale: IBAN IT60 X054 2811 1010 0000 0123 456, causale «Pranzo di San Martino»."),
        (7, "Orari delle Sante Messe: feriali ore 8.30 · prefestiva ore 18 · festive ore 9, 11 e 18"),
        (9, "Campo estivo 2026 a Folgaria: iscrizioni aperte in canonica fino al 28 febbraio. Quota 260 euro."),
    ],
    tail=[
        "Ricevi il notiziario sul telefono: scrivi «ISCRIVIMI» al numero WhatsApp della parrocchia 333 918 2245.",
        "Destina l'8xmille alla Chiesa cattolica: una firma che non costa nulla.",
        "Segreteria parrocchiale aperta dal lunedì al venerdì, ore 9–12. Tel. 0363 47 218",
        "Ciclostilato in proprio – distribuzione gratuita",
    ],
    mixed=[
        (2, "start", "Dal nostro archivio:"),
        (4, "end", "(Grazie alla Coop di via Roma per la spesa offerta.)"),
        (9, "end", "Lasciate il vostro nome in sacrestia."),
        (10, "start", "Avvisi parrocchiali:"),
    ],
    ltop=L("""
Parrocchia di San Martino
Home
Chi siamo
Orari
Catechismo
Oratorio
Notiziario
"""),
    lmid=[
        (3, "Fai un'offerta"),
        (7, "Calendario"),
    ],
    lbot=L("""
Scarica il notiziario in PDF
Archivio numeri precedenti
Parrocchia di San Martino Vescovo
Informativa privacy
"""),
    trap=False,
),
dict(
    slug="t9-it-evento-jazz",
    lang="it",
    register="event listing",
    paras=P("""
Jazz in Cantina: Rita Balsamo Quartet

Venerdì 6 febbraio 2026, ore 21.30

Cantina Vecchia Fornace, via dei Mille 14, Asti

La cantante piemontese presenta dal vivo «Nebbia», il suo quarto album, registrato in presa diretta in una chiesa sconsacrata delle Langhe.

Con lei sul palco Marco Ferlito al pianoforte, Ivo Santini al contrabbasso e Lele Costa alla batteria.

Il repertorio alterna brani originali a riletture di Paolo Conte e Bruno Martino, con arrangiamenti asciutti e molto spazio all'improvvisazione.

Ingresso: 15 euro, ridotto 10 euro per studenti. Posti a sedere limitati.

Durante la serata è possibile cenare con piatti della tradizione astigiana e vini della cantina.
"""),
    head=[
        "Eventi › Musica › Jazz",
        "Pubblicato da Astinforma Eventi · Aggiornato il 9 gennaio 2026",
        "Aggiungi al calendario · Google · Outlook · iCal",
    ],
    mid=[
        (1, "Acquista biglietti – 15 € + prevendita 1,50 €. Powered by TicketGiro"),
        (3, "Foto: Rita Balsamo in concerto a Torino. © Paolo Riva"),
        (5, "Organizzatore: Associazione Culturale Fornace Sonora. Evento realizzato con il contributo della Fondazione CR Asti."),
        (6, "Vuoi segnalare il tuo evento? Inseriscilo gratuitamente sul nostro portale."),
    ],
    tail=[
        "Eventi simili\nSabato 7 febbraio: Swing Night al Teatro Alfieri\nDomenica 8 febbraio: Gospel a San Secondo",
        "Ogni venerdì la newsletter «Weekend ad Asti» con i migliori eventi della settimana. Iscriviti gratis.",
        "Le informazioni sono fornite dagli organizzatori. Astinforma non è responsabile di eventuali variazioni di programma.",
        "Astinforma · Il portale della città · Chi siamo · Pubblicità · Privacy",
    ],
    mixed=[
        (2, "end", "Vedi sulla mappa."),
        (4, "start", "Ascolta l'album su Spotify."),
        (6, "end", "Prenotazione consigliata."),
        (7, "start", "Info e prenotazioni cena: 0141 355 902."),
    ],
    ltop=L("""
Astinforma
Cosa fare
Eventi
Mostre
Sagre
Teatro
Musica
Jazz & Blues
"""),
    lmid=[
        (1, "Biglietti"),
        (4, "Condividi evento"),
    ],
    lbot=L("""
Mappa
Come arrivare
Parcheggi vicini
Segnala un errore
Cookie policy
© Astinforma 2026
"""),
    trap=False,
),
]
