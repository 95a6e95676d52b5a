from common import P, L

ARTICLES = [
dict(
    slug="b5-pt-futebol-classico",
    lang="pt",
    register="sports",
    paras=P("""
Grêmio vence o Internacional no Beira-Rio e encerra jejum de seis Gre-Nais

Gol de cabeça de Kannemann aos 41 minutos do segundo tempo garantiu a vitória tricolor por 2 a 1

Por Rafael Menezes

Porto Alegre — O Grêmio venceu o Internacional por 2 a 1 neste domingo, no Beira-Rio, e quebrou uma sequência de seis clássicos sem vitória. O zagueiro Walter Kannemann marcou o gol decisivo nos minutos finais, aproveitando escanteio cobrado por Cristaldo.

O Inter saiu na frente aos 18 minutos do primeiro tempo, com Alan Patrick, que cobrou pênalti no canto esquerdo depois de falta em Borré dentro da área.

O empate gremista veio logo no início da segunda etapa. Braithwaite recebeu na entrada da área, girou sobre o marcador e bateu rasteiro, sem chances para Rochet.

A partir daí, o jogo ficou truncado, com muitas faltas e três cartões amarelos em dez minutos. O técnico colorado fez três substituições de uma vez aos 25, mas o time não conseguiu voltar a criar.

«Clássico não se joga, se ganha», disse Kannemann, ainda no gramado.

Com o resultado, o Grêmio chega a 21 pontos e sobe para a sétima colocação do Brasileirão. O Inter fica com 19 e cai para o 11º lugar.

Próximos jogos

O Grêmio recebe o Bahia na quarta-feira, às 21h30, na Arena. O Inter visita o Cruzeiro no mesmo dia, às 19h.

Público pagante: 46.812. Renda: R$ 3,9 milhões.
"""),
    head=[
        "Futebol › Brasileirão Série A",
        "Assista a todos os jogos do Brasileirão ao vivo no FutPlay. Assine agora por R$ 19,90/mês e ganhe 7 dias grátis.",
    ],
    mid=[
        ("O Inter saiu na frente", "PUBLICIDADE"),
        ("O empate gremista veio", "Veja os melhores momentos de Inter 1 x 2 Grêmio (4:12) ▶"),
        ("«Clássico não se joga", "Aposte com responsabilidade. Odds para o próximo Gre-Nal: Grêmio 2,70 · Empate 3,10 · Inter 2,55. Proibido para menores de 18 anos."),
    ],
    tail=[
        "Receba as notícias do seu time no WhatsApp: entre no canal do Gaúcha Esporte.",
        "Leia também: Tabela do Brasileirão atualizada · Inter anuncia reforço para a lateral",
        "Siga a gente no Instagram @gauchaesporte_oficial",
    ],
    mixed=[
        ("Por Rafael Menezes", "end", "27/04/2026 20h14 · Atualizado há 32 minutos"),
        ("A partir daí, o jogo ficou truncado", "start", "Continua depois da publicidade"),
        ("Com o resultado, o Grêmio", "end", "Compartilhe: WhatsApp Facebook X"),
        ("Público pagante: 46.812.", "end", "Comentários (212)"),
    ],
    ltop=L("""
Esporte
Futebol
Times: GRE
Times: INT
Tabela
Ao vivo
Entrar
"""),
    lmid=[
        ("O Inter saiu na frente", "Foto: Kannemann comemora o gol da vitória / Lucas Uebel / Grêmio FBPA"),
        ("Próximos jogos", "Tempo real: veja o lance a lance"),
    ],
    lbot=L("""
Mais lidas
Termos de uso
Política de privacidade
Gerenciar cookies
© 2026 Grupo Sul de Comunicação
"""),
),
dict(
    slug="b5-pt-trap-financiamento-coletivo",
    lang="pt",
    register="local news",
    trap=True,
    trap_promo=("tail", "Gostou desta reportagem? Apoie o Jornal da Ria a partir de 3 € por mês em jornaldaria.example/apoiar"),
    paras=P("""
Jornal de Aveiro pede aos leitores 40 mil euros para não fechar

Campanha de financiamento coletivo arrancou na segunda-feira e já reuniu mais de metade do valor

Por Inês Carvalho

Aveiro, 3 de fevereiro — O Correio do Vouga, semanário de Aveiro com 96 anos de história, lançou uma campanha de financiamento coletivo para angariar 40 mil euros até ao fim de março. Sem esse dinheiro, a direção admite fechar o jornal no verão.

Em três dias, mais de 600 pessoas fizeram donativos, somando cerca de 23 mil euros. O contributo médio ronda os 35 euros, mas houve quem doasse 500.

«Não estamos a pedir esmola. Estamos a pedir às pessoas que decidam se querem continuar a ter um jornal que vai às reuniões da câmara», afirmou o diretor, Joaquim Pereira.

O jornal perdeu quase metade das receitas publicitárias desde 2019 e a tiragem caiu para 4.500 exemplares. A redação tem hoje cinco jornalistas, contra doze há uma década.

Assinaturas digitais

Além dos donativos, o Correio do Vouga vai lançar em abril uma assinatura digital de 4,90 euros por mês. Os leitores que contribuírem com mais de 50 euros na campanha recebem um ano de assinatura gratuita.

O jornal também vai enviar uma newsletter semanal gratuita com os principais temas da região, para tentar chegar a leitores mais jovens.

A situação não é caso único. Segundo o Observatório da Comunicação, pelo menos 18 jornais regionais fecharam em Portugal nos últimos cinco anos.

Como contribuir?

A campanha decorre numa plataforma portuguesa de financiamento coletivo. A direção garante que todos os valores serão publicados no jornal, com a lista de apoiantes que o autorizem.

«Se chegarmos aos 40 mil, ficamos pelo menos mais dois anos. Depois, vamos ver», disse Joaquim Pereira.
"""),
    head=[
        "Região › Aveiro",
        "Este site utiliza cookies para melhorar a sua experiência. Ao continuar a navegar, está a concordar com a nossa política de cookies. Aceitar",
    ],
    mid=[
        ("Em três dias, mais de 600", "Leia também: Câmara de Ílhavo aprova orçamento de 2026"),
        ("O jornal perdeu quase metade", "Publicidade"),
        ("A situação não é caso único.", "Subscreva a newsletter Ria Matinal e receba as notícias da região todas as manhãs às 7h."),
    ],
    tail=[
        "Partilhar no Facebook · Partilhar no WhatsApp · Enviar por e-mail",
        "Tags: Aveiro · Imprensa regional · Media",
    ],
    mixed=[
        ("Por Inês Carvalho", "end", "Publicado a 03/02/2026 às 18:40"),
        ("«Não estamos a pedir esmola.", "end", "Foto: Redação do Correio do Vouga / Jornal da Ria"),
        ("O jornal também vai enviar", "start", "PUBLICIDADE"),
        ("«Se chegarmos aos 40 mil", "end", "Comentários (9)"),
    ],
    ltop=L("""
Jornal da Ria
Última hora
Região
Desporto
Opinião
Assinar
"""),
    lmid=[
        ("Assinaturas digitais", "Guardar artigo"),
        ("Como contribuir?", "Ouvir notícia"),
    ],
    lbot=L("""
Ficha técnica
Estatuto editorial
Contactos
Política de privacidade
© Jornal da Ria 2026
"""),
),
]
