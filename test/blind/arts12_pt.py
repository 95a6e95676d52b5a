"""Blind set 9 (arts12), Portuguese: Brazilian album review, Portuguese drought feature."""
from common import P, L

ARTICLES = [
    {
        "slug": "b12-pt-critica-disco-mare-baixa",
        "register": "crítica musical",
        "lang": "pt",
        "paras": P("""
Em novo disco, Lúcia Marins troca o samba pela eletrônica – e acerta

Quem acompanhou Lúcia Marins nos últimos dez anos, entre rodas de samba na Lapa e álbuns cheios de cavaquinho e surdo, vai estranhar os primeiros segundos de "Maré Baixa". O disco abre com um sintetizador grave, quase ameaçador, e uma batida seca que lembra mais Berlim do que o Rio de Janeiro.

A estranheza dura pouco. Na segunda faixa, "Vento Sul", a voz de Lúcia entra limpa, sem efeitos, e o que parecia ruptura se revela continuidade: as melodias continuam sendo de sambista, só mudou a roupa.

O álbum foi produzido em parceria com o DJ paulistano Tiago Arruda, que já havia trabalhado com nomes da cena eletrônica de São Paulo. Os dois gravaram num estúdio montado em uma casa de praia em Ubatuba, durante o inverno.

"Eu queria ver se as minhas canções sobreviviam sem o violão", disse a cantora em entrevista recente. "Descobri que elas são mais teimosas do que eu pensava."

Os melhores momentos estão no meio do disco. "Ladeira" combina um loop de tamborim com camadas de sintetizadores analógicos, e "Carta para Dona Ivone", homenagem a Ivone Lara, é a faixa mais comovente do ano até agora.

Nem tudo funciona. "Néon", com participação de um rapper carioca, soa deslocada e longa demais, e as duas últimas faixas repetem fórmulas já exploradas antes.

Ao vivo, o repertório ganha outra dimensão. No show de lançamento, a banda incluía um percussionista e dois tecladistas, e o público dançou do começo ao fim.

Ainda assim, "Maré Baixa" é o trabalho mais ousado de uma artista que poderia ter passado a carreira inteira fazendo bem o que já sabia fazer.

Avaliação: ★★★★☆

"Maré Baixa" – Lúcia Marins. Selo Casa Amarela. 11 faixas, 42 minutos.
"""),
        "head": [
            "Cultura › Música › Críticas",
            "Assinantes do Orla+ podem ouvir esta crítica narrada. Ainda não assina? Os três primeiros meses saem por R$ 1,90.",
        ],
        "mid": [
            ("O álbum foi produzido", "Ouça \"Maré Baixa\" no Spotify\n▶ Ouvir agora"),
            ("Os melhores momentos", "Publicidade"),
            ("Nem tudo funciona.", "Ingressos para a turnê \"Maré Baixa\" a partir de R$ 80. Compre pelo app TicketLá com 10% de desconto para assinantes."),
        ],
        "tail": [
            "Receba a newsletter \"Fim de Semana na Orla\" com a agenda cultural da cidade toda sexta-feira. É de graça.",
            "Leia também\nOs 20 melhores discos brasileiros do ano\nCasa de shows da Lapa completa 40 anos com festival",
            "Siga o caderno de Cultura no Instagram e no TikTok.",
        ],
        "mixed": [
            ("Quem acompanhou Lúcia", "end", "Foto: Divulgação/Casa Amarela."),
            ("A estranheza dura pouco.", "end", "Ouça o álbum completo na playlist do Jornal da Orla."),
            ("Ainda assim", "start", "O texto continua depois do anúncio."),
            ("Ao vivo, o repertório", "end", "Assine o Orla+ e ganhe acesso a ingressos com desconto para shows."),
        ],
        "ltop": L("""
Jornal da Orla
Últimas
Cultura
Esportes
Orla+
Entrar
Assine
Cultura › Música › Críticas
"""),
        "lmid": [
            ("O álbum foi produzido", "Publicidade"),
            ("Avaliação:", "Ouvir no Spotify"),
        ],
        "lbot": L("""
Leia também
Assine o Orla+
Termos de uso
Política de privacidade
© Jornal da Orla. Todos os direitos reservados.
"""),
    },
    {
        "slug": "b12-pt-reportagem-seca-alentejo",
        "register": "reportagem",
        "lang": "pt",
        "paras": P("""
No Alentejo, a seca obriga agricultores a escolher o que salvar

MÉRTOLA – Joaquim Lança olha para as oliveiras que o avô plantou e faz contas. Com a barragem local abaixo de 20% da capacidade, sabe que não terá água para regar todo o olival este verão.

"Vou ter de deixar secar uma parte", diz, sem levantar a voz. "É como escolher qual dos filhos leva o casaco."

O sul de Portugal atravessa o terceiro ano consecutivo de chuva abaixo da média. Segundo os dados mais recentes do instituto meteorológico, a maior parte do território alentejano estava no final de fevereiro em seca severa ou extrema.

Ao contrário do que acontece junto ao Alqueva, onde o grande lago garante água a milhares de hectares, muitas explorações do interior dependem de pequenas barragens e furos, que estão a secar.

Na cooperativa agrícola da vila, os pedidos de apoio técnico triplicaram desde janeiro. "As pessoas perguntam se vale a pena semear", conta a engenheira agrónoma Rita Falcão. "E eu nem sempre tenho uma boa resposta."

Alguns produtores estão a apostar em culturas que precisam de menos água, como o grão-de-bico ou a alfarroba, e em técnicas de rega gota a gota mais precisas.

Outros simplesmente desistem. Nos últimos cinco anos, o número de explorações ativas no concelho caiu cerca de 15%, de acordo com a autarquia.

Apoios em atraso

O Governo anunciou em março uma linha de apoio de 30 milhões de euros para agricultores afetados pela seca, mas várias associações do setor queixam-se de que os pagamentos ainda não chegaram.

"O dinheiro anunciado não rega nada enquanto estiver em Lisboa", resume Joaquim, antes de voltar ao trator.

Os meteorologistas preveem uma primavera mais quente e seca do que o normal no sul do país.
"""),
        "head": [
            "Sociedade › Ambiente › Seca",
            "O jornalismo do Diário do Sul chega onde os outros não vão. Apoie esta reportagem: assine a partir de 2,50 € por mês.",
        ],
        "mid": [
            ('"Vou ter de deixar', "Veja o mapa interativo da seca, concelho a concelho →"),
            ("Na cooperativa agrícola", "Publicidade"),
            ("Outros simplesmente desistem.", "Podcast \"Terra Seca\", episódio 3: O que acontece quando os poços secam. Ouça no Spotify ou na app do Diário."),
        ],
        "tail": [
            "Gostou desta reportagem? Ofereça-a a um amigo: os assinantes têm 10 artigos para partilhar por mês.",
            "Subscreva a newsletter \"Sul a Sul\" e receba às terças-feiras as notícias do Alentejo e do Algarve.",
            "Mostrar os 57 comentários",
        ],
        "mixed": [
            ("MÉRTOLA – Joaquim", "end", "Fotografia: Nuno Serrão/Diário do Sul."),
            ("O sul de Portugal atravessa", "start", "Esta reportagem integra a série \"Terra Seca\", com o apoio da Fundação Ribeira."),
            ("Alguns produtores estão", "end", "Descarregue a app do Diário do Sul para receber alertas sobre a seca."),
            ("Os meteorologistas preveem", "end", "Assine o Diário do Sul e continue a ler reportagens como esta."),
        ],
        "ltop": L("""
Diário do Sul
Sociedade
Política
Economia
Desporto
Assinar
Entrar
Sociedade › Ambiente › Seca
"""),
        "lmid": [
            ("Ao contrário do que", "Publicidade"),
            ("Apoios em atraso", "Mapa interativo da seca"),
        ],
        "lbot": L("""
Mostrar os 57 comentários
Assinar o Diário do Sul
Estatuto editorial
Política de cookies
© Diário do Sul
"""),
        "ftop_extra": [
            "Este site utiliza cookies para melhorar a sua experiência e apresentar publicidade adaptada aos seus interesses. Aceitar todos Recusar Personalizar",
        ],
    },
]
