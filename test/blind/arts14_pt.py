"""blind11, Portuguese part 1: como montar uma reserva de emergência (personal finance how-to, pt-BR),
a Taberna do Largo em Alfama (restaurant review, pt-PT), and a regional paper's new paywall
(trap: media business news, pt-BR)."""
from common import P, L

ARTICLES = [
    {
        "slug": "b14-pt-reserva-de-emergencia",
        "register": "personal finance how-to",
        "lang": "pt",
        "paras": P("""
Reserva de emergência: como montar a sua em 5 passos, mesmo ganhando pouco

Especialistas recomendam guardar de três a seis meses do seu custo de vida. Parece muito, mas dá para começar com R$ 50 por mês

Por Camila Rezende

Um conserto no carro, uma demissão inesperada, um remédio caro que o plano não cobre. Quem já passou por uma situação dessas sem ter dinheiro guardado sabe como é fácil cair no cheque especial ou no rotativo do cartão, que estão entre os juros mais altos do mercado.

A reserva de emergência existe justamente para isso: ser um colchão que permite atravessar o imprevisto sem se endividar. E, ao contrário do que muita gente pensa, ela não é coisa de quem ganha bem.

Passo 1: descubra quanto você gasta por mês

Anote durante 30 dias todos os seus gastos essenciais: aluguel ou prestação, contas de luz, água e internet, mercado, transporte, saúde e escola. Não inclua lazer nem compras por impulso. Esse valor é o seu custo de vida mensal.

Passo 2: defina a meta

Para quem tem carteira assinada, três a seis meses de custo de vida costumam ser suficientes. Autônomos, MEIs e quem tem renda variável devem mirar entre seis e doze meses.

Passo 3: comece pequeno, mas comece

Se o seu custo mensal é de R$ 3.000, uma reserva de seis meses significa R$ 18.000. Ninguém junta isso de uma vez. Programe uma transferência automática no dia em que o salário cai, mesmo que seja de R$ 50. O hábito importa mais que o valor.

Passo 4: escolha onde guardar

O dinheiro da reserva precisa de três coisas: segurança, liquidez diária e rendimento que pelo menos acompanhe a inflação. As opções mais indicadas são:

Tesouro Selic, título público com resgate em até um dia útil

CDB de bancos sólidos com liquidez diária e rendimento de 100% do CDI ou mais

Contas remuneradas de bancos digitais, desde que cobertas pelo FGC

E a poupança? Ela é segura, mas hoje rende menos que as alternativas acima.

Passo 5: use só quando for emergência de verdade

Viagem, celular novo e Black Friday não são emergências. Se precisar usar a reserva, trate a reposição como prioridade nos meses seguintes.

“A reserva não é investimento para ficar rico, é seguro para não ficar pobre”, resume o planejador financeiro Eduardo Tavares.
"""),
        "head": [
            "Início › Finanças Pessoais › Planejamento",
            "Abra sua conta digital no Banco Ipê e ganhe R$ 30 de bônus no primeiro Pix. Sem tarifa de manutenção.",
            "Tempo de leitura: 6 min",
        ],
        "mid": [
            ("A reserva de emergência existe", "Publicidade"),
            ("Para quem tem carteira assinada", "Simulador: quanto rendem R$ 10 mil no Tesouro Selic, no CDB e na poupança? Faça a conta agora ›"),
            ("Contas remuneradas", "Receba nossas dicas de dinheiro no WhatsApp. Entre no canal Bolso Cheio — é grátis."),
        ],
        "tail": [
            "Este conteúdo tem caráter informativo e não constitui recomendação de investimento. Rentabilidade passada não é garantia de rentabilidade futura.",
            "Newsletter Bolso Cheio: toda segunda-feira, um resumo com tudo o que mexe com o seu dinheiro. Cadastre seu e-mail.",
            "Leia também\nComo sair do rotativo do cartão de crédito\nIR 2026: o que muda na declaração\nVale a pena antecipar o 13º salário?",
            "Baixe o app Dinheiro Certo e acompanhe seus gastos em tempo real. Disponível para Android e iPhone.",
        ],
        "mixed": [
            ("“A reserva não é", "end", "Siga o Dinheiro Certo no Instagram: @dinheirocerto"),
            ("Passo 4", "start", "Publicidade"),
            ("Se o seu custo mensal", "end", "Conta com rendimento de 102% do CDI? Conheça o Banco Ipê."),
            ("Um conserto no carro", "start", "Ouça esta reportagem"),
        ],
        "ltop": L("""
Dinheiro Certo
Economia | Finanças Pessoais | Investimentos | Imposto de Renda | Carreira
Entrar | Assine
Início › Finanças Pessoais › Planejamento
"""),
        "lmid": [
            ("Passo 1", "Publicidade"),
            ("Passo 3", "Calculadora de reserva de emergência: descubra sua meta"),
            ("E a poupança?", "Mais lidas: Saque-aniversário do FGTS: vale a pena aderir?"),
        ],
        "lbot": L("""
Compartilhe: WhatsApp · Facebook · X · LinkedIn
Tópicos relacionados: reserva de emergência · Tesouro Direto · CDB
Termos de uso | Política de privacidade | Anuncie | Fale conosco
© 2025 Dinheiro Certo Comunicação Ltda. Todos os direitos reservados.
"""),
    },
    {
        "slug": "b14-pt-critica-taberna-alfama",
        "register": "restaurant review",
        "lang": "pt",
        "paras": P("""
Taberna do Largo: petiscos honestos e um arroz de pato que justifica a subida a Alfama

Numa rua onde abundam os menus turísticos, esta pequena casa de dez mesas aposta na cozinha de tacho e num serviço sem pressa

Texto de Rui Mendonça

Quem sobe a Rua de São Miguel ao fim da tarde conhece o cenário: esplanadas cheias, ementas plastificadas em cinco línguas e empregados à porta a convidar quem passa. A Taberna do Largo fica a poucos metros dessa confusão, mas parece outra cidade.

Abriu há pouco mais de um ano, pela mão de Teresa Carvalho, que passou uma década nas cozinhas de restaurantes do Porto, e do marido, Nuno, que trata da sala e da garrafeira. São dez mesas, azulejos antigos recuperados de uma casa demolida em Marvila e uma janela para o largo por onde entra o som dos sinos de Santo Estêvão.

Para começar, vale a pena pedir as pataniscas de bacalhau, altas e pouco oleosas, e os peixinhos da horta, com um polme finíssimo. A morcela de arroz com grelos, quando está disponível, é das melhores que provámos este ano em Lisboa.

O prato que justifica a visita é o arroz de pato, servido no tacho de barro e acabado no forno, com a crosta de chouriço e paio bem tostada. O arroz está no ponto, húmido sem estar empapado, e o pato desfia-se com o garfo. Uma dose dá com folga para duas pessoas.

Nem tudo convence. As bochechas de porco preto, que nos foram recomendadas, chegaram à mesa secas, e o polvo à lagareiro, embora bem cozinhado, pecava por falta de sal.

Nas sobremesas, o leite-creme queimado na hora é competente, mas a surpresa é o pudim de pão com laranja, receita da avó de Teresa.

A garrafeira, curta mas bem escolhida, privilegia pequenos produtores do Dão e da Bairrada, com vários vinhos a copo abaixo dos cinco euros. O serviço é simpático e atento, ainda que lento nas noites mais cheias.

Morada: Largo de Santo Estêvão, 4, Lisboa

Horário: de terça a sábado, das 19h00 às 23h00

Preço médio: 25 euros por pessoa, sem vinho

Avaliação: 4 em 5

Não aceita reservas para grupos de mais de seis pessoas.
"""),
        "head": [
            "Boa Vida › Comer e Beber › Críticas",
            "Assine o Jornal da Tarde por 1€ no primeiro mês e leia todas as críticas gastronómicas sem limites.",
            "Este artigo é exclusivo para assinantes.",
        ],
        "mid": [
            ("Quem sobe a Rua de São Miguel", "Publicidade"),
            ("Para começar, vale a pena", "Reserve mesa no TheFork e ganhe até 50% de desconto em restaurantes de Lisboa. Ver ofertas"),
            ("Nas sobremesas", "Leia também\nOs 12 melhores pastéis de nata de Lisboa, segundo os nossos críticos\nCinco tascas onde ainda se almoça por menos de 12 euros"),
        ],
        "tail": [
            "Todas as quintas-feiras, a newsletter Boa Vida traz as melhores mesas, vinhos e escapadinhas. Subscreva gratuitamente.",
            "Siga o Boa Vida no Instagram: @boavida.jt",
            "Fotografia: Ana Brígido",
            "Oferta exclusiva para assinantes: 20% de desconto no jantar de degustação no Largo do Chiado. Válido até 30 de novembro.",
        ],
        "mixed": [
            ("O prato que justifica", "start", "Publicidade"),
            ("Nem tudo convence", "end", "Partilhe este artigo: Facebook · WhatsApp · E-mail"),
            ("Abriu há pouco mais", "end", "Fotografia: Ana Brígido/Jornal da Tarde"),
            ("Não aceita reservas", "end", "Reserve já através da app Jornal da Tarde Mesa."),
        ],
        "ltop": L("""
Este sítio utiliza cookies para melhorar a sua experiência de navegação. Aceitar | Rejeitar | Definições
Jornal da Tarde
Portugal | Mundo | Economia | Desporto | Cultura | Boa Vida
Assinar | Entrar
Boa Vida › Comer e Beber › Críticas
"""),
        "lmid": [
            ("Texto de Rui Mendonça", "Ouvir este artigo · 4 min"),
            ("A garrafeira, curta", "Publicidade"),
            ("Horário", "Ver no mapa"),
        ],
        "lbot": L("""
Mais críticas
Casa Aurora, na Graça: o regresso da comida de conforto
Estatuto editorial | Ficha técnica | Contactos | Termos e condições | Política de privacidade
© 2025 Jornal da Tarde — Todos os direitos reservados
"""),
    },
    {
        "slug": "b14-pt-trap-paywall-jornal",
        "register": "media business news",
        "lang": "pt",
        "trap": True,
        "paras": P("""
Folha do Vale adota paywall e passa a cobrar R$ 9,90 por mês no site

Jornal mais antigo do Vale do Paraíba diz que a publicidade digital já não paga a redação; leitores terão cinco reportagens gratuitas por mês

Por Thiago Nogueira

SÃO JOSÉ DOS CAMPOS (SP) —

A Folha do Vale, jornal fundado em 1931 e hoje o principal veículo impresso do Vale do Paraíba, começou nesta segunda-feira (6) a cobrar pelo acesso ao seu conteúdo na internet. Leitores que não forem assinantes poderão abrir cinco reportagens por mês; a partir da sexta, o site exibe uma tela pedindo cadastro e assinatura.

O plano digital custa R$ 9,90 por mês nos três primeiros meses e R$ 24,90 a partir do quarto. Quem já recebe o jornal impresso em casa terá acesso ao site sem custo adicional.

“A conta simplesmente não fecha mais”, disse ao Mídia em Pauta a diretora executiva do jornal, Renata Siqueira. Segundo ela, a receita de publicidade digital caiu 35% em três anos, enquanto os custos de manter uma redação de 42 jornalistas subiram.

O modelo adotado é o chamado paywall poroso, que libera parte do conteúdo e deixa sempre abertas as notícias de serviço, como previsão do tempo, trânsito, alertas da Defesa Civil e o obituário.

Reação dos leitores

Nas redes sociais, a mudança dividiu opiniões. Parte dos leitores reclamou de ter que pagar por algo que sempre foi gratuito; outros defenderam o jornal. “Prefiro pagar dez reais do que ver a cidade sem ninguém para cobrir a Câmara”, escreveu uma leitora no Facebook.

O jornal também lançou uma newsletter gratuita, enviada toda manhã por e-mail, com um resumo das principais notícias da região, e reformulou o aplicativo, que passa a enviar alertas personalizados por bairro para assinantes.

Para o pesquisador Fábio Arantes, da Universidade do Vale, a iniciativa segue uma tendência nacional. “Os jornais regionais estão tentando reconstruir a relação direta com o leitor. A assinatura é só uma parte disso”, afirma. Ele pondera, porém, que em cidades médias o número potencial de assinantes é limitado.

A Folha do Vale espera alcançar 8 mil assinantes digitais até o fim do próximo ano. Hoje, o jornal tem cerca de 11 mil assinantes do impresso.

Renata Siqueira diz que a redação não será reduzida. “Pelo contrário. Se a meta for batida, a ideia é contratar dois repórteres para cobrir Jacareí e Taubaté.”
"""),
        "trap_promo": ("tail", "Receba as notícias do Mídia em Pauta no seu WhatsApp. Clique aqui e entre no nosso canal."),
        "head": [
            "Mídia em Pauta › Negócios › Jornalismo regional",
            "Publicidade",
            "Curso online: Modelos de receita para o jornalismo local – 8 aulas ao vivo. Inscrições abertas, vagas limitadas.",
        ],
        "mid": [
            ("O plano digital custa", "Publicidade"),
            ("O modelo adotado é", "Leia mais\nJornal de Campinas encerra edição impressa de segunda a sexta\nAssinaturas digitais crescem 12% nos jornais brasileiros"),
            ("O jornal também lançou", "Apoie o jornalismo independente do Mídia em Pauta. Seja um apoiador a partir de R$ 15 por mês."),
        ],
        "tail": [
            "Receba as notícias do Mídia em Pauta no seu WhatsApp. Clique aqui e entre no nosso canal.",
            "Thiago Nogueira é repórter do Mídia em Pauta e cobre o mercado de mídia regional. Siga no X: @thiagonog",
            "Comentários (19)\nFaça login para comentar",
            "Mais lidas\n1. Grupo de rádio do interior paulista é vendido por R$ 40 milhões\n2. Podcast de notícias locais bate recorde de audiência",
        ],
        "mixed": [
            ("“A conta simplesmente", "end", "Publicidade"),
            ("SÃO JOSÉ DOS CAMPOS", "start", "Ouvir matéria · 4 min"),
            ("Para o pesquisador", "end", "Assine a newsletter Pauta do Dia e receba as principais notícias do mercado de mídia às 7h."),
            ("Nas redes sociais", "start", "LEIA TAMBÉM: Rádio comunitária de Taubaté lança campanha de financiamento coletivo"),
        ],
        "ltop": L("""
MÍDIA EM PAUTA · jornalismo sobre jornalismo
Notícias | Negócios | Tecnologia | Jornalismo regional | Eventos | Vagas
Apoie | Entrar
Mídia em Pauta › Negócios › Jornalismo regional
"""),
        "lmid": [
            ("Por Thiago Nogueira", "Compartilhe: WhatsApp · Facebook · X · LinkedIn · Copiar link"),
            ("Reação dos leitores", "Publicidade"),
            ("A Folha do Vale espera", "Evento: Fórum de Jornalismo Local 2025 – 14 de novembro, São Paulo. Garanta seu ingresso"),
        ],
        "lbot": L("""
Tags: paywall · jornalismo regional · assinaturas digitais
Quem somos | Expediente | Política de privacidade | Anuncie
© 2025 Mídia em Pauta. Todos os direitos reservados. É proibida a reprodução sem autorização.
"""),
    },
]
