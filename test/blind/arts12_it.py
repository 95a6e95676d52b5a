"""Blind set 9 (arts12), Italian: family recipe blog, local news on a bridge closure."""
from common import P, L

ARTICLES = [
    {
        "slug": "b12-it-ricetta-pasta-e-ceci",
        "register": "blog di cucina",
        "lang": "it",
        "paras": P("""
Pasta e ceci alla romana, come la faceva mia nonna

A casa nostra la pasta e ceci era il piatto del venerdì. Mia nonna Ada metteva i ceci in ammollo il giovedì sera, in una pentola di coccio che nessun altro poteva toccare, e il giorno dopo la cucina profumava di rosmarino fin dalle undici.

È una ricetta povera, di quelle che si fanno con quello che c'è in dispensa, ma il risultato è cremoso e confortante come poche altre cose. La versione romana prevede un'acciuga sciolta nel soffritto: non si sente, ma fa tutta la differenza.

Ingredienti per 4 persone

250 g di ceci secchi (oppure 500 g di ceci già cotti), 200 g di ditalini o maltagliati, 1 spicchio d'aglio, 2 filetti di acciuga, 1 rametto di rosmarino, 1 cucchiaio di concentrato di pomodoro, olio extravergine d'oliva, sale e pepe.

Preparazione

Se usate i ceci secchi, lasciateli in ammollo per almeno 12 ore, poi cuoceteli in acqua non salata per circa due ore, finché sono teneri. Conservate l'acqua di cottura.

In una pentola capiente scaldate tre cucchiai d'olio con l'aglio schiacciato, il rosmarino e le acciughe, mescolando finché le acciughe si sciolgono.

Aggiungete il concentrato, fatelo tostare un minuto, poi unite i ceci con un litro della loro acqua. Lasciate sobbollire per 15 minuti.

Togliete l'aglio e il rosmarino, frullate metà dei ceci con un frullatore a immersione e rimettete la crema nella pentola.

Buttate la pasta direttamente nella zuppa e cuocetela, aggiungendo acqua calda se serve. Deve restare densa ma non asciutta.

Il consiglio della nonna

Servitela con un filo d'olio a crudo e una macinata di pepe, e lasciatela riposare cinque minuti prima di portarla in tavola. Il giorno dopo, riscaldata, è ancora più buona.
"""),
        "head": [
            "Vai alla ricetta ↓ · Stampa · Salva su Pinterest",
            "In questo post trovi alcuni link affiliati: se acquisti tramite questi link ricevo una piccola commissione, senza costi in più per te.",
        ],
        "mid": [
            ("È una ricetta povera", "Il mio libro «Domenica a pranzo» è in libreria e su tutti gli store online. Ordina la tua copia autografata!"),
            ("Preparazione", "Pubblicità"),
            ("Togliete l'aglio", "Io uso questo frullatore a immersione: Minipimer Casa 800W a 39,90 €\nVedi offerta"),
        ],
        "tail": [
            "Valuta questa ricetta ★★★★★ (214 voti)",
            "Hai provato questa ricetta? Scatta una foto e taggami su Instagram con #credenzadigiulia!",
            "Iscriviti a «Il Mestolo», la mia lettera della domenica: un menù settimanale con la lista della spesa, gratis.",
            "Potrebbero piacerti anche\nZuppa di lenticchie e castagne\nPasta e fagioli alla veneta\nCarbonara: la ricetta definitiva",
        ],
        "mixed": [
            ("A casa nostra la pasta", "end", "Se vai di fretta, trovi la scheda stampabile in fondo alla pagina."),
            ("Se usate i ceci secchi", "start", "Salva questa ricetta sulla tua bacheca Pinterest per ritrovarla facilmente."),
            ("Buttate la pasta", "end", "Lascia un commento qui sotto se hai domande sulla cottura."),
            ("Servitela con un filo", "end", "Non dimenticare di votare la ricetta con le stelline!"),
        ],
        "ltop": L("""
La Credenza di Giulia
Ricette
Primi piatti
Dolci
Il mio libro
Chi sono
Home » Primi piatti » Pasta e ceci alla romana
"""),
        "lmid": [
            ("Ingredienti per 4", "Salva ricetta ♥"),
            ("In una pentola capiente", "Pubblicità"),
        ],
        "lbot": L("""
Valuta questa ricetta
Lascia un commento
Privacy e cookie
Collaborazioni
© 2025 La Credenza di Giulia – P. IVA 01234567890
"""),
    },
    {
        "slug": "b12-it-cronaca-ponte-serchio",
        "register": "cronaca locale",
        "lang": "it",
        "paras": P("""
Chiuso il ponte sul Serchio, disagi per migliaia di pendolari

LUCCA – Da questa mattina il ponte di Santa Lucia sul fiume Serchio è chiuso al traffico, dopo che un'ispezione ha rilevato crepe profonde in due delle pile centrali. La chiusura, disposta con un'ordinanza della Provincia, durerà almeno tre settimane.

Il ponte, costruito negli anni Sessanta, è percorso ogni giorno da circa 14 mila veicoli, in gran parte pendolari diretti verso la città e la zona industriale.

Già alle 7.30 si erano formate code di oltre due chilometri sulla deviazione obbligatoria. Gli agenti della polizia municipale sono stati impegnati per tutta la mattina a regolare gli incroci.

«Abbiamo impiegato un'ora e dieci minuti per fare un tragitto che di solito richiede un quarto d'ora», racconta Sandra Bertolucci, infermiera. «E domani sarà uguale».

Secondo i tecnici della Provincia, le crepe sarebbero state causate dall'erosione alla base delle pile, aggravata dalle piene dello scorso autunno.

«Non c'erano alternative: la sicurezza viene prima di tutto», ha dichiarato il presidente della Provincia, Mauro Pieroni, in una conferenza stampa nel pomeriggio. «Stiamo lavorando per ridurre i tempi al minimo».

Le misure per i pendolari

Per limitare i disagi, l'azienda dei trasporti ha potenziato le corse delle linee 7 e 12, e la Regione ha chiesto di aggiungere carrozze ai treni regionali del mattino.

Il Comune ha inoltre deciso di sospendere la ZTL del centro storico dalle 7 alle 9 fino alla riapertura del ponte.

Le associazioni di categoria temono ripercussioni sulle attività commerciali della zona nord. «Chi ci raggiungeva in macchina dalla valle ora ci pensa due volte», spiega il titolare di una ferramenta.

I lavori di consolidamento inizieranno lunedì. La Provincia ha stanziato 1,2 milioni di euro.
"""),
        "head": [
            "Cronaca › Lucca › Viabilità",
            "L'informazione locale ha un valore. Abbonati a Gazzetta Digitale: il primo mese costa 1 euro, poi puoi disdire quando vuoi.",
        ],
        "mid": [
            ("Già alle 7.30", "Segui la diretta del traffico sul nostro canale WhatsApp: aggiornamenti in tempo reale su code e deviazioni."),
            ("Secondo i tecnici", "Pubblicità"),
            ("Per limitare i disagi", "Leggi anche\nAlluvione, un anno dopo: a che punto sono i risarcimenti\nNuovo parcheggio scambiatore, via libera dal Comune"),
        ],
        "tail": [
            "Hai una segnalazione? Scrivi alla redazione o mandaci un vocale al 333 000 1122.",
            "Le notizie più lette\nTruffa del finto carabiniere, anziana raggirata a Capannori\nMercato antiquario, domenica si torna in piazza",
            "© Riproduzione riservata – Gazzetta del Serchio S.r.l.",
        ],
        "mixed": [
            ("Il ponte, costruito negli", "end", "Guarda la fotogallery della chiusura del ponte."),
            ("Il Comune ha inoltre", "start", "Attiva le notifiche di Gazzetta per non perdere gli aggiornamenti sul ponte."),
            ("Le associazioni di categoria", "end", "Iscriviti alla newsletter «Buongiorno Lucca» per ricevere ogni mattina le notizie della città."),
            ("I lavori di consolidamento", "end", "Per commentare questo articolo devi essere abbonato."),
        ],
        "ltop": L("""
La Gazzetta del Serchio
Cronaca
Politica
Sport
Eventi
Necrologie
Abbonati
Accedi
Cronaca › Lucca › Viabilità
"""),
        "lmid": [
            ("Il ponte, costruito", "Pubblicità"),
            ("Le misure per i pendolari", "Segui la diretta traffico"),
        ],
        "lbot": L("""
Le notizie più lette
Abbonati a Gazzetta Digitale
Necrologie online
Privacy
© Riproduzione riservata
"""),
    },
]
