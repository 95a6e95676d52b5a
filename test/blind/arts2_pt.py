from common import P, L

ARTICLES = []

# ---------------------------------------------------------------- PT 1 (national news, Brazil: heavy rain)
ARTICLES.append(dict(
    slug="pt-temporal-sao-paulo", lang="pt", register="national-news",
    paras=P("""
Temporal deixa 1,2 milhão de imóveis sem luz na Grande São Paulo

Uma forte chuva acompanhada de ventos de até 98 km/h deixou cerca de 1,2 milhão de imóveis sem energia elétrica na Grande São Paulo na noite desta sexta-feira (11), segundo a concessionária responsável pela distribuição.

A Defesa Civil registrou a queda de 312 árvores na capital paulista e 47 pontos de alagamento. Duas pessoas morreram: um homem de 54 anos atingido por um muro em Itaquera e uma mulher de 71 anos em Osasco, cuja casa foi atingida por uma árvore.

O Aeroporto de Congonhas suspendeu pousos e decolagens por cerca de uma hora, e 38 voos foram desviados para Guarulhos e Campinas.

“Foi tudo muito rápido. Em dez minutos a rua virou um rio”, contou a cabeleireira Sandra Oliveira, moradora da Vila Prudente, que perdeu móveis e eletrodomésticos.

Até as 9h deste sábado, cerca de 380 mil imóveis continuavam sem luz. A concessionária afirmou que 1.600 equipes trabalham nos reparos e que a previsão é normalizar o fornecimento até domingo.

O Procon-SP notificou a empresa e deu prazo de 48 horas para que ela explique a demora no atendimento.
"""),
    head=["Cotidiano", "Por Renata Vasconcelos, g-Notícias SP\n12/04/2025 10h14 · Atualizado há 2 horas",
          "Árvore caída na Avenida Sumaré, na Zona Oeste. — Foto: Reprodução/TV"],
    mid=[("A Defesa Civil registrou", "Continua após a publicidade"),
         ("O Aeroporto de Congonhas", "VÍDEOS: veja as imagens do temporal em São Paulo"),
         ("“Foi tudo muito rápido.", "Leia também\nPrevisão do tempo: frente fria chega na segunda\nComo pedir ressarcimento por aparelhos queimados")],
    tail=["Receba as notícias de São Paulo no WhatsApp. Entre no canal",
          "Compartilhe esta notícia\nFacebook\nX\nWhatsApp\nTelegram",
          "Veja também\nMotorista morre após carro cair em córrego na Zona Leste\nMetrô opera com velocidade reduzida na Linha 3",
          "© Copyright 2000-2025 Globo-Notícias Comunicação e Participações S.A."],
    mixed=[("Uma forte chuva acompanhada", "start", "Ouvir matéria"),
           ("A Defesa Civil registrou", "end", "PUBLICIDADE"),
           ("O Procon-SP notificou a empresa", "end", "Siga o g-Notícias SP no Google Notícias.")],
    ltop=L("""
g-Notícias
São Paulo e região
Cotidiano
Por Renata Vasconcelos
12/04/2025 10h14
"""),
    lmid=[(0, "Foto: Reprodução/TV"), ("A Defesa Civil registrou", "Publicidade"),
          ("O Aeroporto de Congonhas", "Veja o vídeo"),
          ("Até as 9h deste sábado", "Leia também")],
    lbot=L("""
Compartilhe
Veja também
Mais lidas
Termos de uso
Política de privacidade
"""),
))

# ---------------------------------------------------------------- PT 2 (local news, Portugal: metro works)
ARTICLES.append(dict(
    slug="pt-metro-lisboa-obras", lang="pt", register="local-news",
    paras=P("""
Estação do Rato fecha durante seis meses para obras da linha circular

A estação do Rato, no Metropolitano de Lisboa, vai estar encerrada entre 1 de setembro e o final de fevereiro para as obras de ligação à futura linha circular, anunciou esta terça-feira a empresa.

Durante esse período, os comboios da linha Amarela terminam a viagem no Marquês de Pombal. Será criado um serviço de autocarros gratuito entre o Marquês e o Rato, com partidas a cada quatro minutos nas horas de ponta.

Segundo o Metropolitano, passam diariamente pela estação do Rato cerca de 18 mil passageiros.

“Sabemos que é um incómodo grande para quem vive e trabalha nesta zona, mas é uma obra que vai mudar a forma como nos deslocamos em Lisboa”, afirmou o presidente do conselho de administração, Nuno Barata.

A linha circular, que vai ligar o Rato ao Cais do Sodré através de duas novas estações, Estrela e Santos, tem abertura prevista para 2026, com dois anos de atraso em relação ao calendário inicial.

A associação de moradores de Campo de Ourique pediu à câmara que reforce as carreiras da Carris enquanto durarem as obras.
"""),
    head=["Local › Lisboa", "Texto de Joana Mateus\n03 jun 2025, 12:45",
          "A entrada da estação do Rato. Foto: Nuno Ferreira Santos"],
    mid=[("Durante esse período", "PUB"),
         ("“Sabemos que é um incómodo", "Subscreva a newsletter Lisboa Hoje e receba todas as manhãs as notícias da sua cidade."),
         ("A linha circular, que vai ligar", "Relacionados\nCarris aumenta frota de elétricos em 2025\nPonte 25 de Abril com obras noturnas")],
    tail=["Este artigo é exclusivo para assinantes. Assine já e tenha acesso ilimitado por 1 € no primeiro mês.\nJá é assinante? Inicie sessão",
          "Partilhar\nFacebook\nX\nWhatsApp\nE-mail",
          "Tópicos: Metro de Lisboa · Transportes · Lisboa",
          "Comentários (18)\nOs comentários são da exclusiva responsabilidade dos seus autores."],
    mixed=[("A estação do Rato, no Metropolitano", "start", "Transportes"),
           ("Segundo o Metropolitano, passam", "end", "PUB"),
           ("A associação de moradores", "end", "Partilhe este artigo.")],
    ltop=L("""
Diário de Lisboa
Portugal Mundo Economia Local Desporto
Assinar
Entrar
Local › Lisboa
Joana Mateus
"""),
    lmid=[(0, "03 jun 2025"), ("Durante esse período", "PUB"),
          ("A linha circular, que vai ligar", "Relacionados")],
    lbot=L("""
Partilhar
Tópicos
Comentários (18)
Ficha técnica
Estatuto editorial
Termos e condições
"""),
))

# ---------------------------------------------------------------- PT 3 (recipe, Brazil: carrot cake)
ARTICLES.append(dict(
    slug="pt-bolo-de-cenoura", lang="pt", register="recipe",
    paras=P("""
Bolo de cenoura fofinho com cobertura de chocolate que endurece

Esse é o bolo de cenoura da minha infância, aquele que a minha avó fazia toda sexta-feira à tarde. O segredo para ficar fofinho é bater bem a cenoura com os ovos e o óleo no liquidificador, até virar um creme bem liso.

Rendimento: 12 pedaços. Tempo de preparo: 50 minutos.

Ingredientes da massa

3 cenouras médias

4 ovos

1 xícara (chá) de óleo

2 xícaras (chá) de açúcar

2 e 1/2 xícaras (chá) de farinha de trigo

1 colher (sopa) de fermento em pó

Cobertura

4 colheres (sopa) de chocolate em pó, 1 xícara de açúcar, 1 colher de manteiga e 5 colheres de leite.

Modo de preparo

Bata no liquidificador a cenoura, os ovos e o óleo. Despeje numa tigela, junte o açúcar e a farinha e misture. Por último, acrescente o fermento.

Asse em forma untada, em forno preaquecido a 180 °C, por cerca de 40 minutos.

Para a cobertura, leve tudo ao fogo, mexendo, até ferver e engrossar um pouco. Espalhe sobre o bolo ainda quente.
"""),
    head=["Pular para a receita", "Início » Receitas » Bolos",
          "Por Dani Nogueira · Publicado em 7 de março de 2025 · 4,9 ★ (523 avaliações)"],
    mid=[("Esse é o bolo de cenoura da minha infância", "Publicidade"),
         ("1 colher (sopa) de fermento em pó", "Quer receber receitas novas toda semana? Cadastre seu e-mail e ganhe um e-book grátis com 20 bolos caseiros!"),
         ("Bata no liquidificador", "Liquidificador que eu uso: Arno Power Max – R$ 249 na Amazon (link de afiliado)")],
    tail=["Fez a receita? Conta aqui nos comentários e marca @cozinhadadani no Instagram!",
          "Veja também\nBolo de fubá cremoso\nBolo de laranja com casca\nBrigadeiro de colher",
          "Imprimir receita · Salvar · Compartilhar no Pinterest",
          "© 2025 Cozinha da Dani · Todos os direitos reservados · Política de privacidade"],
    mixed=[("Rendimento: 12 pedaços.", "end", "Pular para a receita"),
           ("Asse em forma untada", "start", "Passo 2"),
           ("Para a cobertura, leve tudo", "end", "Avalie esta receita ★★★★★")],
    ltop=L("""
Cozinha da Dani
Receitas Bolos Doces Salgados Sobre
Pular para a receita
Imprimir
"""),
    lmid=[(0, "4,9 (523)"), ("Ingredientes da massa", "Publicidade"),
          ("Modo de preparo", "Assista ao vídeo")],
    lbot=L("""
Avalie esta receita
Comentários (96)
Deixe um comentário
Sobre a Dani
Política de privacidade
"""),
))

# ---------------------------------------------------------------- PT 4 (trap: streaming ad tiers, Brazil)
ARTICLES.append(dict(
    slug="pt-streaming-planos-anuncios", lang="pt", register="finance", trap=True,
    trap_promo=("head", "Este site usa cookies para personalizar anúncios e melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.\nAceitar\nConfigurar"),
    paras=P("""
Planos com anúncios já respondem por 40% das novas assinaturas de streaming no Brasil

Os planos mais baratos, com publicidade, já respondem por quatro em cada dez novas assinaturas de serviços de streaming de vídeo no Brasil, segundo levantamento da consultoria Kantar divulgado nesta quarta-feira (5).

O estudo ouviu 6 mil pessoas em todas as regiões do país. Entre os entrevistados que assinaram um novo serviço nos últimos seis meses, 41% escolheram um plano com anúncios, contra 23% no mesmo período do ano passado.

Os planos com publicidade custam, em média, 40% menos que os planos sem anúncios. Em troca, o assinante assiste a cerca de quatro minutos de comerciais por hora de conteúdo.

“O consumidor brasileiro é muito sensível a preço. Para muitas famílias, a diferença entre R$ 20 e R$ 45 por mês decide se a assinatura cabe ou não no orçamento”, afirma a analista Fernanda Lopes.

Para os anunciantes, o formato é atraente porque permite atingir um público que deixou a televisão aberta. O investimento publicitário em streaming cresceu 62% em 2024, segundo o Kantar IBOPE Media.

O levantamento também mostra que 27% dos assinantes cancelaram pelo menos um serviço no último ano, principalmente por causa de reajustes de preço.
"""),
    head=["Economia", "Mercado", "Por Thiago Martins, de São Paulo\n05/03/2025 às 11h30"],
    mid=[("O estudo ouviu 6 mil pessoas", "Continua depois da publicidade"),
         ("Os planos com publicidade custam", "Assine o Valor Diário e tenha acesso a conteúdo exclusivo. Assinantes podem liberar 5 acessos por dia para não assinantes."),
         ("“O consumidor brasileiro é muito sensível", "Leia mais\nTV aberta perde audiência pelo quinto ano\nMercado de publicidade digital deve crescer 12% em 2025")],
    tail=["Conteúdo publicado originalmente no Valor Diário PRO, serviço de notícias em tempo real.",
          "Compartilhar: Whatsapp | Facebook | LinkedIn | Copiar link",
          "Mais lidas\n1. Dólar fecha em queda com dados dos EUA\n2. Petrobras anuncia novo plano de investimentos",
          "Valor Diário © 2025. Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação."],
    mixed=[("Os planos mais baratos, com publicidade", "start", "Streaming"),
           ("O estudo ouviu 6 mil pessoas", "end", "Publicidade"),
           ("O levantamento também mostra", "end", "Receba as principais notícias de economia no seu e-mail.")],
    ltop=L("""
Aceitar Configurar
Valor Diário
Brasil Finanças Empresas Mercados Opinião
Assine
Mercado
Thiago Martins
"""),
    lmid=[(0, "05/03/2025 às 11h30"), ("O estudo ouviu 6 mil pessoas", "Publicidade"),
          ("Para os anunciantes, o formato", "Leia mais")],
    lbot=L("""
Compartilhar
Mais lidas
Assine o Valor Diário
Termos de uso
Política de privacidade
"""),
))

# ---------------------------------------------------------------- PT 5 (trap: hospital foundation donation campaign, press release)
ARTICLES.append(dict(
    slug="pt-campanha-doacoes-hospital", lang="pt", register="press-release", trap=True,
    paras=P("""
Fundação Hospital do Bonfim lança campanha para angariar 2 milhões de euros para nova ala pediátrica

Porto, 18 de novembro de 2024 – A Fundação Hospital do Bonfim lança hoje a campanha «Crescer Bem», com o objetivo de angariar 2 milhões de euros até ao final de 2025 para a construção de uma nova ala de internamento pediátrico.

A nova ala terá 24 quartos individuais, cada um com cama para um acompanhante, uma sala de brincar e um espaço de estudo para crianças internadas durante longos períodos.

“Uma criança recupera melhor quando tem a família ao lado”, afirma a diretora do serviço de pediatria, Dra. Helena Sampaio. “Hoje, muitos pais passam a noite numa cadeira.”

Como contribuir:

Donativos por transferência bancária para o IBAN da Fundação.

Donativos por MB WAY ou através do site da campanha.

Consignação de 1% do IRS à Fundação, sem custos para o contribuinte.

Empresas que contribuam com mais de 10 mil euros terão o nome inscrito no mural de mecenas da nova ala. Os donativos beneficiam do regime do Estatuto dos Benefícios Fiscais.

Sobre a Fundação Hospital do Bonfim

Criada em 1998, a Fundação apoia projetos de humanização e investigação no Hospital do Bonfim. Em 2023 financiou a renovação da maternidade.

Contacto para a imprensa: Rita Azevedo, comunicacao@fhbonfim.pt, 22 000 00 00
"""),
    head=["Comunicados de imprensa", "Saúde · Solidariedade", "Divulgado por Lusa Press Service · 18/11/2024"],
    mid=[("A nova ala terá 24 quartos", "Imagem: projeto da nova ala pediátrica (DR)"),
         ("Consignação de 1% do IRS", "Descarregar comunicado (PDF, 240 KB)")],
    tail=["Outros comunicados desta entidade\nFundação distingue investigadores com Prémio Bonfim 2024\nHospital do Bonfim recebe certificação de qualidade",
          "A responsabilidade pelo conteúdo deste comunicado é exclusivamente da entidade emissora.",
          "Partilhar: LinkedIn · Facebook · E-mail",
          "Quer publicar o seu comunicado? Conheça os nossos serviços de distribuição."],
    mixed=[("Porto, 18 de novembro de 2024", "start", "COMUNICADO DE IMPRENSA"),
           ("“Uma criança recupera melhor", "end", "(Fotografia disponível para download)"),
           ("Criada em 1998, a Fundação", "end", "www.fhbonfim.pt")],
    ltop=L("""
Lusa Press Service
Comunicados Entidades Setores Contactos
Comunicados de imprensa
Saúde
18/11/2024
"""),
    lmid=[(0, "Imagem: projeto da nova ala pediátrica (DR)"),
          ("Como contribuir:", "Descarregar PDF"),
          ("Sobre a Fundação Hospital do Bonfim", "Anexos (2)")],
    lbot=L("""
Outros comunicados desta entidade
Partilhar
Termos de utilização
Política de privacidade
© Lusa Press Service 2024
"""),
))

# ---------------------------------------------------------------- PT 6 (podcast show notes, Brazil)
ARTICLES.append(dict(
    slug="pt-podcast-historia-cafe", lang="pt", register="podcast",
    paras=P("""
#214 – Como o café construiu (e quase quebrou) o Brasil

Neste episódio, a gente conversa com a historiadora Lúcia Prado sobre o ciclo do café no Vale do Paraíba e no oeste paulista: as fazendas, a escravidão, a imigração italiana e a crise de 1929, quando o governo queimou milhões de sacas para segurar o preço.

Lúcia é professora da Unicamp e autora de “Ouro Verde: uma história social do café” (2023).

Nesta conversa:

00:04:10 – Por que o café foi para o Vale do Paraíba e depois saiu de lá.

00:21:35 – A vida nas fazendas e o trabalho escravizado.

00:38:50 – A chegada dos imigrantes e o sistema de colonato.

00:55:20 – A crise de 1929 e a queima do café.

“O café não foi só uma mercadoria. Ele desenhou as ferrovias, as cidades e a política do país por cem anos”, diz Lúcia.

Apresentação: Marcos Ribeiro e Paula Nunes. Edição: Estúdio Maré.
"""),
    head=["Podcasts › Passado a Limpo", "Episódio 214 · 1h12min · 19 de fevereiro de 2025",
          "Ouça no Spotify · Apple Podcasts · Deezer · YouTube"],
    mid=[("Lúcia é professora da Unicamp", "▶ Ouvir agora"),
         ("00:55:20 – A crise de 1929", "Este episódio tem o apoio da Café Serra Alta. Use o cupom PASSADO15 e ganhe 15% de desconto na primeira compra.")],
    tail=["Apoie o Passado a Limpo no Apoia.se a partir de R$ 10 por mês e ganhe episódios extras e acesso ao nosso grupo no Telegram.",
          "Siga a gente no Instagram: @passadoalimpopod",
          "Episódios relacionados\n#198 – A Revolta da Vacina\n#205 – A borracha e a Amazônia",
          "Quer anunciar no podcast? Escreva para comercial@passadoalimpo.com.br"],
    mixed=[("Neste episódio, a gente conversa", "start", "Transcrição disponível para apoiadores."),
           ("“O café não foi só uma mercadoria.", "end", "Compartilhe este episódio com quem gosta de história!"),
           ("Apresentação: Marcos Ribeiro", "end", "Assine o feed e receba os novos episódios toda quarta-feira.")],
    ltop=L("""
Passado a Limpo
Episódios Sobre Apoie Contato
Episódio 214
19 de fevereiro de 2025
1h12min
"""),
    lmid=[(0, "Ouvir agora"), (0, "Baixar episódio"),
          ("00:55:20 – A crise de 1929", "Apoio: Café Serra Alta – cupom PASSADO15")],
    lbot=L("""
Apoie no Apoia.se
Episódios relacionados
Instagram
Spotify
© 2025 Passado a Limpo
"""),
))
