"""blind13 data: Portuguese articles (pt-BR startup funding, pt-PT travel blog, pt-BR parenting column). Fictional content."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 22. Startup / rodada de investimento (pt-BR)
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-pt-startup-rodada-fintech",
    register="startup-funding news",
    lang="pt",
    paras=P("""
Fintech paraense Açaí Pay capta R$ 48 milhões para levar crédito a pequenos comerciantes da Região Norte

Rodada Série A foi liderada pelo fundo Igarapé Ventures e teve participação de investidores-anjo do setor financeiro

Por Renata Albuquerque

A Açaí Pay, fintech de Belém que oferece maquininhas de cartão e capital de giro para feirantes e pequenos lojistas, anunciou nesta terça-feira (14) uma rodada Série A de R$ 48 milhões.

O aporte foi liderado pela gestora Igarapé Ventures, com participação da Tocantins Capital e de um grupo de executivos de bancos digitais que preferiram não ter os nomes divulgados.

Fundada em 2020 pelos primos Thiago e Larissa Monteiro, a empresa diz atender hoje cerca de 62 mil estabelecimentos em sete estados, a maioria com faturamento mensal abaixo de R$ 30 mil.

“O pequeno comerciante do Norte sempre pagou as maiores taxas do país e teve o pior acesso a crédito”, afirma Larissa, que é CEO da companhia. “A gente nasceu para mudar essa conta.”

O que a empresa vai fazer com o dinheiro

Segundo a fintech, os recursos serão usados principalmente para três frentes:

Ampliar a oferta de crédito com análise baseada no histórico de vendas das maquininhas.

Abrir escritórios em Manaus e Macapá até o fim do ano.

Contratar 80 pessoas, metade delas para a área de tecnologia.

A Açaí Pay afirma ter atingido o ponto de equilíbrio operacional no último trimestre e projeta movimentar R$ 2,1 bilhões em pagamentos em 2025.

Para Eduardo Siqueira, sócio da Igarapé Ventures, o potencial está justamente na distância dos grandes centros. “Os bancos tradicionais não conhecem esse cliente. A Açaí Pay conhece pelo nome”, diz.

O mercado de venture capital no Brasil passou por dois anos de retração, e rodadas acima de R$ 40 milhões para empresas fora do eixo Rio-São Paulo continuam raras.
"""),
    head=[
        "Receba as principais notícias de startups e inovação no seu WhatsApp. Entre no canal do Negócio Vivo.",
        "Este conteúdo é exclusivo para assinantes. Assine o Negócio Vivo por R$ 1,90 no primeiro mês e tenha acesso ilimitado.",
    ],
    mid=[
        (4, "PUBLICIDADE"),
        (6, "LEIA TAMBÉM\nStartups do Nordeste captam recorde no primeiro semestre\nComo funciona uma rodada Série A, em 5 perguntas\nO que investidores querem ver em 2025"),
    ],
    tail=[
        "Quer receber análises sobre o ecossistema de inovação? Assine a newsletter “Startups da Semana”, toda sexta-feira no seu e-mail.",
        "Mais lidas\n1. Banco digital anuncia demissão de 300 funcionários\n2. Dólar fecha em queda após dados de inflação\n3. Os 10 melhores cartões sem anuidade",
        "© 2024 Negócio Vivo. Todos os direitos reservados. É proibida a reprodução deste conteúdo sem autorização.",
    ],
    mixed=[
        (3, "end", "Foto: Divulgação/Açaí Pay"),
        (6, "start", "Ouça o podcast Negócio Vivo Cast no Spotify e na Apple Podcasts."),
        (13, "end", "Continue lendo após o anúncio"),
        (14, "start", "Conteúdo patrocinado: abra sua conta PJ no Banco Vitória sem tarifa."),
    ],
    ltop=L("""
Negócio Vivo
Início › Startups › Investimentos
Assine | Entrar
Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com nossa Política de Privacidade. Aceitar
"""),
    lmid=[
        (5, "Publicidade"),
        (12, "Newsletter Startups da Semana – cadastre-se grátis"),
    ],
    lbot=L("""
Compartilhe: Facebook · LinkedIn · X · WhatsApp
Tópicos: fintech, venture capital, Região Norte
Expediente · Política de Privacidade · Termos de Uso · Anuncie
Baixe o app do Negócio Vivo
"""),
))

# ---------------------------------------------------------------------------
# 23. Blogue de viagens pessoal (pt-PT)
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-pt-blogue-viagem-vilar",
    register="personal travel blog",
    lang="pt",
    paras=P("""
Três dias em Vilar de Sarrazes: a aldeia de xisto onde o autocarro só chega à quinta-feira

Há sítios a que se chega por acaso e sítios a que se chega por teimosia. Vilar de Sarrazes foi claramente dos segundos: duas horas de comboio até à Régua, uma boleia de um senhor que ia buscar pão e, por fim, quarenta minutos a pé por um caminho de cabras.

Valeu cada passo.

Onde fiquei

Fiquei na Casa do Lagar, uma antiga adega recuperada por um casal de Lisboa, a Teresa e o Joaquim, que trocaram a vida de escritório por doze quartos e uma horta enorme. O quarto custou 75 euros por noite, com pequeno-almoço incluído, e o pequeno-almoço merecia um post só para si: broa ainda morna, queijo de cabra e compota de abóbora com noz.

O que fazer

Dia 1: Subir ao miradouro da Fraga Alta ao fim da tarde. São 3,5 km com uma subida valente no final, mas a vista sobre o vale, com o rio lá em baixo a brilhar, compensa tudo.

Dia 2: Almoçar na tasca da Dona Albertina, a única da aldeia. Não há menu; come-se o que ela fez nesse dia. Calhou-me cabrito assado no forno de lenha e arroz de salpicão.

Dia 3: Descer até à praia fluvial do Poço Negro. A água estava geladíssima em pleno agosto, e eu era a única pessoa lá além de um pescador que nem levantou os olhos.

Dicas práticas

O autocarro da carreira só passa às quintas-feiras. Nos outros dias, combina o transporte com o alojamento.

Não há multibanco na aldeia. Leva dinheiro.

Rede de telemóvel? Só junto à capela, e com sorte.

Saí de lá com as pernas doridas, o cartão de memória cheio e uma vontade enorme de voltar no inverno, quando dizem que o nevoeiro fica preso no vale durante dias.
"""),
    head=[
        "Este artigo contém links afiliados. Se reservares através deles, recebo uma pequena comissão sem qualquer custo extra para ti. Obrigada por apoiares o blogue!",
        "✈️ Procuras alojamento no Douro? Vê as melhores casas rurais no Reservalá e reserva com cancelamento gratuito.",
    ],
    mid=[
        (2, "Guarda este artigo no Pinterest para mais tarde!"),
        (8, "Subscreve a newsletter «Mochila às Costas» e recebe todos os meses um roteiro novo e os meus achados de viagens baratas."),
        (12, "Publicidade"),
    ],
    tail=[
        "Gostaste deste roteiro? Partilha com quem precisa de uma escapadinha! Facebook · Pinterest · WhatsApp",
        "Segue as minhas viagens em tempo real no Instagram: @mochilaascostas.blog",
        "Também podes gostar de:\n48 horas em Trás-os-Montes com pouco dinheiro\nAs 7 praias fluviais mais bonitas do Norte\nComo viajar de comboio em Portugal sem stress",
        "14 comentários · Deixa o teu comentário",
    ],
    mixed=[
        (1, "end", "Reserva aqui o teu bilhete de comboio"),
        (4, "end", "Vê a disponibilidade da Casa do Lagar no Reservalá (link afiliado)."),
        (10, "start", "Seguro de viagem: eu uso e recomendo a ViajaSeguro, com 5% de desconto para leitores."),
        (13, "start", "Obrigada por leres até aqui! Se este blogue te ajuda, podes pagar-me um café"),
    ],
    ltop=L("""
Mochila às Costas
Início » Portugal » Norte
Sobre mim | Roteiros | Contactos
Publicado a 2 de setembro por Inês Pacheco
"""),
    lmid=[
        (4, "Foto: a vista do quarto na Casa do Lagar"),
        (7, "Este site usa cookies. Ao continuar, aceitas a nossa política de privacidade. OK"),
    ],
    lbot=L("""
Categorias: Portugal, Aldeias, Roteiros
Artigo anterior
Próximo artigo
© 2024 Mochila às Costas · Todos os direitos reservados
"""),
))

# ---------------------------------------------------------------------------
# 24. Coluna de conselhos para pais (pt-BR)
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-pt-coluna-pais-sono",
    register="parenting advice column",
    lang="pt",
    paras=P("""
Meu filho de 4 anos não quer mais dormir sozinho. O que fazer?

Coluna Família em Pauta, por Beatriz Nogueira, psicóloga infantil

A pergunta desta semana veio de uma leitora de Campinas:

“Meu filho, Davi, de 4 anos, sempre dormiu bem no próprio quarto. Há dois meses, desde que a irmãzinha nasceu, ele acorda toda noite chorando e só volta a dormir na nossa cama. Já tentamos de tudo. Estamos exaustos. Devemos deixar ele chorar?” — Camila, 33 anos

Querida Camila,

Primeiro, respire. O que você está vivendo é muito comum, e não significa que vocês fizeram algo errado. A chegada de um irmão é uma das maiores mudanças na vida de uma criança pequena, e o sono costuma ser a primeira coisa a sentir o impacto.

Aos 4 anos, Davi ainda não tem palavras para dizer “estou com medo de perder meu lugar”. Então ele diz isso do jeito que consegue: pedindo vocês por perto à noite.

Deixar chorar não é o caminho aqui. O que ele precisa é de segurança, e não de uma lição sobre independência.

Algumas sugestões que costumam ajudar:

Crie um momento só de vocês dois antes de dormir, mesmo que sejam dez minutos, sem o bebê por perto.

Mantenha o mesmo ritual todas as noites: banho, história, luz baixa.

Se ele acordar, leve-o de volta ao quarto dele com calma e fique ao lado da cama por um tempo, diminuindo a sua presença aos poucos ao longo das semanas.

Elogie as pequenas conquistas pela manhã, como voltar a dormir mais rápido.

Se depois de alguns meses nada mudar, ou se surgirem outros sinais, como perda de apetite ou agressividade, vale conversar com o pediatra.

Com carinho,

Beatriz
"""),
    head=[
        "PUBLICIDADE",
        "Conheça o curso online “Sono Tranquilo”, com 12 aulas em vídeo para ajudar seu filho a dormir a noite toda. Inscrições abertas com 40% de desconto!",
    ],
    mid=[
        (3, "Leia também\nBirra no supermercado: como agir sem perder a paciência\nCiúme entre irmãos é normal? Especialistas respondem"),
        (7, "Assine a Revista Crescer Junto e tenha acesso a todas as colunas, guias e materiais para imprimir por R$ 9,90 por mês."),
        (13, "Receba a newsletter “Pais de Primeira Viagem” toda semana no seu e-mail"),
    ],
    tail=[
        "Siga a coluna Família em Pauta no Instagram e no TikTok: @familiaempauta",
        "Baixe o app Crescer Junto e acompanhe o desenvolvimento do seu filho semana a semana.",
        "Conteúdo relacionado\nRotina do sono por idade: guia completo\n7 livros infantis para a chegada de um irmão",
        "Copyright © 2024 Crescer Junto. Todos os direitos reservados.",
    ],
    mixed=[
        (1, "end", "Ilustração: Crescer Junto"),
        (5, "start", "Publicidade"),
        (10, "end", "Compre aqui a luminária de tomada que usamos em casa"),
        (13, "end", "Gostou do conteúdo? Compartilhe com outras mães e pais."),
    ],
    ltop=L("""
Crescer Junto
Home > Comportamento > Sono
Assine | Entrar
Ouvir esta matéria
"""),
    lmid=[
        (3, "PUBLICIDADE"),
        (12, "Oferta: kit de histórias para dormir com 30% OFF na Loja Crescer Junto"),
    ],
    lbot=L("""
Compartilhe: WhatsApp · Facebook · Pinterest · E-mail
Comentários
Fale conosco · Anuncie · Política de privacidade
"""),
))
