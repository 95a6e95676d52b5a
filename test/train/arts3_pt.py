from common import P, L

ARTICLES = []

# 1 -- national news (pt-PT): wildfire in Odemira
ARTICLES.append(dict(
    slug="pt3-incendio-odemira", lang="pt", register="national",
    paras=P("""
Incêndio em Odemira obriga a retirar moradores de três aldeias

Mais de 400 operacionais, apoiados por dez meios aéreos, combatem desde a madrugada um incêndio que lavra em zona de mato e eucaliptal no concelho de Odemira. A GNR retirou preventivamente cerca de 80 pessoas.

O alerta foi dado às 04h12 desta terça-feira, numa zona de difícil acesso perto de São Teotónio. O vento forte, com rajadas de 50 quilómetros por hora, empurrou as chamas para nordeste e obrigou a cortar a Estrada Nacional 120 entre Odeceixe e São Teotónio.

Segundo o comandante sub-regional do Alentejo Litoral, as aldeias de Sabóia, Vale Juncal e Cortes Pereiras foram evacuadas por precaução. Os moradores estão a ser acolhidos no pavilhão municipal de São Teotónio, onde a Câmara montou um centro de apoio com refeições e assistência médica.

«Temos duas frentes ativas e a prioridade neste momento é proteger as habitações», afirmou o comandante num ponto de situação ao final da manhã. Até ao momento não há registo de feridos graves; dois bombeiros receberam assistência por exaustão.

O Instituto Português do Mar e da Atmosfera mantém o aviso laranja para o distrito de Beja devido ao tempo quente e seco, com temperaturas que podem chegar aos 41 graus na quarta-feira. O risco de incêndio é máximo em 60 concelhos do Alentejo e do Algarve.

A Polícia Judiciária já foi chamada a investigar as causas do incêndio. No mesmo dia, a Proteção Civil registou mais de 90 ocorrências em todo o país, a maioria dominadas na fase inicial.
"""),
    head=["Sociedade › Incêndios",
          "Rita Figueiredo e Lusa",
          "Publicado a 22 jul 2025, 13:40 · Atualizado há 12 minutos",
          "Meios aéreos no combate às chamas perto de São Teotónio. Foto: Nuno Veiga/Lusa"],
    mid=[("O alerta foi dado", "Publicidade"),
         ("Segundo o comandante", "Leia também\nRisco máximo de incêndio: o que é proibido fazer\nMapa: os incêndios ativos em Portugal neste momento"),
         ("O Instituto Português", "Receba as notícias de última hora no seu telemóvel. Ative as notificações.")],
    tail=["Este artigo é exclusivo para assinantes. Assine já a partir de 1 € no primeiro mês e tenha acesso ilimitado ao Diário do Sul.",
          "Siga o Diário do Sul no WhatsApp",
          "Partilhar\nFacebook\nX\nE-mail",
          "Comentários\nOs comentários estão sujeitos a moderação. Leia os nossos critérios.",
          "© 2025 Diário do Sul. Todos os direitos reservados. Estatuto editorial · Termos de uso · Política de privacidade"],
    mixed=[("Mais de 400 operacionais", "start", "Última hora"),
           ("A Polícia Judiciária", "end", "Notícia atualizada às 13h40 com mais informação."),
           ("«Temos duas frentes", "end", "Veja o vídeo no topo deste artigo.")],
    ltop=L("""
Diário do Sul
País Mundo Economia Desporto
Assinar
Entrar
"""),
    lmid=[(0, "22 jul 2025, 13:40"),
          ("O alerta foi dado", "Publicidade"),
          ("Segundo o comandante", "Galeria: as imagens do incêndio")],
    lbot=L("""
Partilhar
Mais lidas
Estatuto editorial
Ficha técnica
Termos de uso
Definições de cookies
"""),
))

# 2 -- sport (pt-BR): Brasileirão
ARTICLES.append(dict(
    slug="pt3-brasileirao-palmeiras-gremio", lang="pt", register="sport",
    paras=P("""
Palmeiras vence o Grêmio de virada e segue na cola do líder

Com dois gols no segundo tempo, o Verdão bateu o Tricolor gaúcho por 2 a 1 neste domingo, no Allianz Parque, e chegou aos 58 pontos no Brasileirão.

O Grêmio saiu na frente logo aos 9 minutos. Após cobrança de escanteio, o zagueiro Kannemann subiu mais alto que a marcação e testou firme, sem chances para Weverton. O gol deixou o Palmeiras nervoso, e o time paulista só conseguiu finalizar com perigo perto do intervalo.

Na volta do vestiário, Abel Ferreira mexeu na equipe e colocou Estêvão no lugar de Mauricio. A mudança surtiu efeito: aos 14 minutos, o jovem atacante recebeu pela direita, cortou para dentro e bateu colocado no ângulo para empatar.

O Palmeiras passou a pressionar e virou aos 33 minutos. Raphael Veiga cobrou falta na área, a bola desviou na barreira e sobrou para Flaco López, que só empurrou para a rede.

– A gente sabia que ia ser um jogo difícil, o Grêmio marca muito bem. Mas o grupo teve paciência e soube sofrer – disse Abel na entrevista coletiva.

Com o resultado, o Palmeiras fica a dois pontos do líder Botafogo, que joga nesta segunda-feira. O Grêmio, com 37 pontos, continua preocupado com a parte de baixo da tabela. Na próxima rodada, o Verdão visita o Cuiabá, e o Grêmio recebe o Vasco na Arena.

PALMEIRAS 2 x 1 GRÊMIO – Gols: Kannemann (9'/1ºT), Estêvão (14'/2ºT) e Flaco López (33'/2ºT). Público: 39.874 pagantes.
"""),
    head=["Futebol › Times › Palmeiras",
          "Por Redação do Placar Total — São Paulo",
          "03/11/2024 18h47 · Atualizado há 2 horas",
          "Estêvão comemora o gol de empate do Palmeiras no Allianz Parque — Foto: Cesar Greco/Palmeiras"],
    mid=[("O Grêmio saiu na frente", "PUBLICIDADE"),
         ("O Palmeiras passou a pressionar", "📲 Baixe o app do Placar Total e receba alertas dos gols do seu time em tempo real"),
         ("– A gente sabia", "Veja também\nAbel exalta Estêvão: \"É um jogador diferente\"\nTabela do Brasileirão: confira a classificação atualizada\nGrêmio: Renato cobra reação após derrota")],
    tail=["Assista: tudo sobre o Palmeiras no Placar Total, na TV e no streaming",
          "Siga o canal do Placar Total no WhatsApp e fique por dentro de tudo do seu time",
          "Mais do Placar Total\nÚltimas notícias\nTabela\nJogos de hoje",
          "Comentários (214)\nPara comentar, faça login ou cadastre-se",
          "© 1996 – 2024. Todos direitos reservados a Editora Placar Ltda. Política de privacidade"],
    mixed=[("Com dois gols no segundo tempo", "end", "Clique aqui e veja os melhores momentos."),
           ("Na volta do vestiário", "start", "Leia mais:"),
           ("Com o resultado, o Palmeiras", "end", "Confira a tabela completa do Brasileirão.")],
    ltop=L("""
Placar Total
Futebol
Jogos de hoje
Entrar
"""),
    lmid=[(0, "03/11/2024 18h47"),
          ("O Grêmio saiu na frente", "PUBLICIDADE"),
          ("Na volta do vestiário", "Vídeo: os gols de Palmeiras x Grêmio"),
          ("– A gente sabia", "Compartilhar no WhatsApp")],
    lbot=L("""
Compartilhar
Comentários (214)
Mais lidas
Termos de uso
Política de privacidade
Anuncie
"""),
))

# 3 -- recipe (pt-BR): pão de queijo
ARTICLES.append(dict(
    slug="pt3-receita-pao-de-queijo", lang="pt", register="recipe",
    paras=P("""
Pão de queijo mineiro: a receita que a minha avó fazia em Uberaba

Esse pão de queijo é daqueles casquinha crocante por fora e macio por dentro. O segredo é escaldar o polvilho com o leite e o óleo bem quentes e usar queijo meia cura de verdade – se não achar, metade parmesão e metade minas padrão funciona bem.

Rendimento: cerca de 40 unidades · Tempo de preparo: 1 hora

Ingredientes

500 g de polvilho azedo

1 xícara (chá) de leite

1/2 xícara (chá) de óleo

1 colher (chá) de sal

2 ovos grandes

250 g de queijo meia cura ralado

Modo de preparo

Coloque o polvilho em uma tigela grande. Em uma panela, leve o leite, o óleo e o sal ao fogo até ferver.

Despeje o líquido fervente sobre o polvilho e misture com uma colher até formar uma massa grudenta e esbranquiçada. Deixe amornar por uns 10 minutos.

Acrescente os ovos, um de cada vez, sovando bem com as mãos. Junte o queijo e sove até a massa ficar lisa e desgrudar das mãos. Se estiver muito mole, acrescente um pouco mais de polvilho.

Unte as mãos com óleo, faça bolinhas do tamanho de uma noz e distribua numa assadeira, deixando espaço entre elas.

Asse em forno preaquecido a 180 °C por 25 a 30 minutos, até dourarem por baixo. Sirva quentinho.

Dica: dá para congelar as bolinhas cruas numa assadeira e depois guardar em saquinhos. Na hora de assar, é só levar direto do freezer ao forno, sem descongelar, e aumentar uns 10 minutos no tempo.
"""),
    head=["Receitas › Salgados › Pães",
          "Por Dona Cida · 18 de agosto de 2024",
          "Pular para a receita",
          "Este post contém links de afiliados. Se você comprar por eles, o blog recebe uma pequena comissão sem custo extra pra você."],
    mid=[("Esse pão de queijo", "Publicidade"),
         ("250 g de queijo", "Eu uso esse polvilho azedo aqui, que encontro na Amazon com frete grátis 👉 Ver preço"),
         ("Asse em forno preaquecido", "Gostou da receita? Salve no Pinterest e compartilhe com quem ama pão de queijo!")],
    tail=["Avalie esta receita: ★★★★★ (4,9 – 587 avaliações)",
          "Receba receitas novas no seu e-mail toda semana. É grátis! Quero receber",
          "Você também vai gostar\nBiscoito de polvilho assado\nBolo de fubá cremoso\nBroa de milho da roça",
          "142 comentários\nDeixe um comentário",
          "© 2024 Cozinha da Dona Cida · Política de privacidade · Fale conosco"],
    mixed=[("Esse pão de queijo", "end", "Role até o final para ver o vídeo!"),
           ("Dica: dá para congelar", "end", "Imprimir receita"),
           ("Modo de preparo", "end", "Assista ao vídeo da receita no nosso canal do YouTube.")],
    ltop=L("""
Cozinha da Dona Cida
Receitas
Vídeos
Sobre mim
Loja
"""),
    lmid=[(0, "18 de agosto de 2024"),
          ("Rendimento:", "Publicidade"),
          ("2 ovos grandes", "Ver preço na Amazon")],
    lbot=L("""
Imprimir
Salvar no Pinterest
142 comentários
Política de privacidade
Fale conosco
"""),
))

# 4 -- product review (pt-BR): budget smartphone
ARTICLES.append(dict(
    slug="pt3-review-celular-intermediario", lang="pt", register="review",
    paras=P("""
Review Moto G85: bom de tela e bateria, mas a câmera decepciona à noite

Lançado por R$ 2.199, o Moto G85 chega para brigar com Galaxy A35 e Redmi Note 13 Pro no disputado segmento de intermediários. Usamos o aparelho por duas semanas como celular principal.

Design e tela

O acabamento em couro vegano deixa a traseira agradável e pouco escorregadia, e o aparelho tem certificação IP52 contra respingos. A tela pOLED curva de 6,7 polegadas, com taxa de 120 Hz, é um dos destaques: cores vivas, bom brilho sob o sol e bordas finas.

Desempenho

O Snapdragon 6s Gen 3 dá conta do dia a dia sem engasgos, com redes sociais, navegação e streaming rodando bem. Em jogos pesados, como Genshin Impact, foi preciso reduzir os gráficos para manter a fluidez. A versão testada tem 8 GB de RAM e 256 GB de armazenamento.

Câmeras

A câmera principal de 50 MP entrega fotos bonitas de dia, com boa nitidez e cores naturais. À noite, porém, as imagens perdem detalhes e o modo noturno demora para processar. A ultrawide de 8 MP é apenas razoável.

Bateria

A bateria de 5.000 mAh é o ponto mais forte: chegamos ao fim do dia com mais de 40 % de carga em uso intenso. O carregador de 30 W incluso na caixa leva cerca de uma hora e dez minutos para completar a carga.

Vale a pena?

Para quem prioriza tela e autonomia, o Moto G85 é uma das melhores escolhas abaixo de R$ 2.000 – preço que já é encontrado no varejo. Quem faz muita foto noturna deve considerar o Galaxy A35.

Pontos positivos: tela excelente, bateria duradoura, design confortável. Pontos negativos: câmera fraca à noite, desempenho limitado em jogos.

Nota: 8,0
"""),
    head=["Celulares › Reviews",
          "Por Thiago Moreira, editado por Carla Souza",
          "12/09/2024 às 10:00 · 6 min de leitura",
          "O Placar Tech pode ganhar comissão sobre vendas feitas a partir dos links desta página. Os preços podem variar."],
    mid=[("Lançado por R$ 2.199", "Moto G85 5G 256 GB\nR$ 1.799 no Mercado Livre\nR$ 1.849 na Amazon\nVer ofertas"),
         ("Desempenho", "Publicidade"),
         ("Bateria", "Leia também:\nMelhores celulares intermediários para comprar em 2024\nGalaxy A35 vs Moto G85: qual comprar?")],
    tail=["Ofertas do dia\nFone Bluetooth JBL Tune 520BT por R$ 199\nSmart TV 50\" por R$ 1.899",
          "Entre no nosso canal de ofertas no Telegram e receba promoções de tecnologia todos os dias.",
          "Fique por dentro: assine a newsletter do Placar Tech e receba as principais notícias de tecnologia direto no seu e-mail.",
          "Tags: Motorola, smartphones, review, Android",
          "Placar Tech © 2024. Todos os direitos reservados. Termos de uso | Política de privacidade"],
    mixed=[("Lançado por R$ 2.199", "start", "Assista ao review em vídeo no nosso canal do YouTube."),
           ("Nota: 8,0", "end", "Compre o Moto G85 com desconto"),
           ("A câmera principal de 50 MP", "end", "Veja as fotos em resolução original no nosso álbum.")],
    ltop=L("""
Placar Tech
Notícias
Reviews
Ofertas
Entrar
"""),
    lmid=[(0, "12/09/2024 às 10:00"),
          ("Design e tela", "Índice"),
          ("Câmeras", "Publicidade"),
          ("Vale a pena?", "Ver preço no Mercado Livre")],
    lbot=L("""
Compartilhar
Salvar
Ofertas do dia
Termos de uso
Política de privacidade
Anuncie conosco
"""),
))

# 5 -- TRAP (pt-BR): fake Black Friday discount codes
ARTICLES.append(dict(
    slug="pt3-procon-cupons-falsos-black-friday", lang="pt", register="consumer", trap=True,
    paras=P("""
Procon alerta para cupons de desconto falsos na Black Friday

Mensagens que prometem cupons de até 80 % de desconto em grandes lojas estão circulando pelo WhatsApp e redes sociais. Segundo o Procon-SP, a maioria leva a sites falsos criados para roubar dados e dinheiro.

O órgão de defesa do consumidor registrou, em novembro, um aumento de 35 % nas reclamações relacionadas a golpes virtuais em comparação ao mesmo período do ano passado. O padrão se repete: o consumidor recebe um link com um código promocional, como "BLACK80" ou "SUPERDESCONTO", é levado a uma página que imita a de uma loja conhecida e paga por um produto que nunca será entregue.

"Desconfie de qualquer desconto muito acima do que o mercado pratica e nunca clique em links recebidos por mensagem", orienta a diretora de fiscalização do Procon-SP. Segundo ela, o ideal é digitar o endereço da loja diretamente no navegador ou usar o aplicativo oficial.

Os cupons legítimos costumam ser divulgados nos próprios sites e aplicativos das lojas ou em e-mails enviados para clientes cadastrados. Mesmo nesses casos, o Procon recomenda conferir se o endereço do remetente corresponde ao domínio oficial da empresa.

Outro cuidado é verificar o histórico de preços. Uma pesquisa do órgão mostrou que, na edição passada, 17 % dos produtos anunciados com "preço de Black Friday" estavam mais caros do que em outubro, a chamada "metade do dobro".

Quem cair em um golpe deve registrar boletim de ocorrência, avisar imediatamente o banco ou a operadora do cartão e guardar todos os comprovantes. O consumidor também pode registrar reclamação no site do Procon ou na plataforma consumidor.gov.br.
"""),
    trap_promo=("Os cupons legítimos", "CUPOM EXCLUSIVO DO LEITOR: use LEITOR10 e ganhe 10% OFF na loja parceira. Válido até domingo. Aproveite!"),
    head=["Economia › Seu Dinheiro",
          "Por Juliana Prado, de São Paulo",
          "25/11/2024 07h30",
          "Ouvir matéria"],
    mid=[("Os cupons legítimos", "CUPOM EXCLUSIVO DO LEITOR: use LEITOR10 e ganhe 10% OFF na loja parceira. Válido até domingo. Aproveite!"),
         ("O órgão de defesa", "Publicidade"),
         ("Outro cuidado é verificar", "Leia mais\nBlack Friday: como saber se o desconto é real\nPix agendado: veja como se proteger de golpes")],
    tail=["Acesse nosso guia completo da Black Friday com as melhores ofertas selecionadas pela redação.",
          "Assinantes têm acesso ilimitado a todo o conteúdo. Assine por R$ 1,90 no primeiro mês.",
          "Compartilhe essa notícia\nWhatsApp\nFacebook\nTelegram",
          "Jornal Paulista © Todos os direitos reservados. É proibida a reprodução deste conteúdo sem autorização."],
    mixed=[("Mensagens que prometem", "end", "Continua após a publicidade"),
           ("Quem cair em um golpe", "end", "Siga o Jornal Paulista no Google Notícias."),
           ("\"Desconfie de qualquer", "start", "Publicidade")],
    ltop=L("""
Jornal Paulista
Política
Economia
Esportes
Assine
"""),
    lmid=[(0, "25/11/2024 07h30"),
          ("O órgão de defesa", "Publicidade"),
          ("Outro cuidado é verificar", "Ouça este conteúdo")],
    lbot=L("""
Compartilhe
Mais lidas
Expediente
Termos de uso
Política de privacidade
"""),
))

# 6 -- travel blog (pt-PT): Douro by train
ARTICLES.append(dict(
    slug="pt3-douro-de-comboio", lang="pt", register="travel",
    paras=P("""
Dois dias no Douro de comboio: roteiro sem carro entre o Porto e o Pocinho

A Linha do Douro é uma das viagens de comboio mais bonitas da Europa, e faz-se sem pressa. Aqui fica o nosso roteiro de dois dias, com paragem na Régua e no Pinhão, para quem quer ver as vinhas sem conduzir.

Dia 1: do Porto ao Pinhão

Apanhámos o regional das 9h15 em São Bento. A primeira hora é pouco interessante, mas a partir de Marco de Canaveses o rio aparece do lado direito – escolham um lugar desse lado. Chegámos à Régua pouco depois das 11h e aproveitámos para visitar o Museu do Douro, que explica muito bem a história da região demarcada.

Ao início da tarde seguimos para o Pinhão, a apenas 25 minutos. A estação tem os famosos painéis de azulejos com cenas das vindimas. Fizemos uma prova de vinhos numa quinta a dez minutos a pé e terminámos o dia com um passeio de barco rabelo de uma hora.

Dia 2: até ao fim da linha

No segundo dia continuámos até ao Pocinho, onde a linha termina desde 1988. É o troço mais selvagem, com o rio cada vez mais estreito e quase nenhuma estrada à vista. Do Pocinho há ligação de táxi ao Museu do Côa e às gravuras rupestres, que merecem bem o desvio.

Informações úteis

Bilhetes: o trajeto Porto–Pocinho custa cerca de 14 euros por sentido em comboio regional; não é preciso reservar. Em junho e setembro, a CP tem também o Comboio Histórico a vapor entre a Régua e o Tua, com bilhetes a partir de 50 euros. Dormir: no Pinhão há várias casas de turismo rural; reservem com antecedência nas vindimas.
"""),
    head=["Início » Portugal » Norte",
          "Escrito por Inês & Miguel · junho 2025",
          "Este artigo pode conter links de afiliados. Ao reservar através deles, recebemos uma pequena comissão sem qualquer custo adicional para ti."],
    mid=[("Dia 1: do Porto ao Pinhão", "Publicidade"),
         ("Ao início da tarde", "Procuras alojamento no Douro? Vê as melhores ofertas de hotéis no Pinhão no Booking.com"),
         ("Informações úteis", "Guarda este roteiro no Pinterest para planear a tua viagem!")],
    tail=["Também vais gostar de ler\n10 miradouros do Douro que não podes perder\nRoteiro de 3 dias em Trás-os-Montes\nComo viajar de comboio em Portugal",
          "Segue-nos no Instagram @malaspelomundo para mais dicas de viagem!",
          "Subscreve a nossa newsletter e recebe o nosso guia gratuito de escapadinhas em Portugal.",
          "Deixa um comentário\nO teu endereço de email não será publicado.",
          "© 2025 Malas pelo Mundo · Política de privacidade · Termos e condições"],
    mixed=[("A Linha do Douro é uma", "end", "Índice do artigo"),
           ("No segundo dia continuámos", "end", "Reserva aqui a tua visita guiada ao Museu do Côa."),
           ("Apanhámos o regional", "start", "Fotografia: Malas pelo Mundo")],
    ltop=L("""
Malas pelo Mundo
Destinos
Roteiros
Dicas de viagem
Sobre nós
"""),
    lmid=[(0, "junho 2025"),
          ("Dia 1: do Porto ao Pinhão", "Publicidade"),
          ("Dia 2: até ao fim da linha", "Ver hotéis no Pinhão")],
    lbot=L("""
Partilhar no Facebook
Guardar no Pinterest
Deixa um comentário
Política de privacidade
Termos e condições
"""),
))
