import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
    dict(
        slug="t8-pt-camara-taxa-turistica",
        lang="pt",
        register="autarquia notícias locais",
        paras=P("""
A Câmara Municipal de Braga aprovou esta segunda-feira a criação de uma taxa turística de dois euros por noite, que começará a ser cobrada a 1 de junho nos hotéis, hostels e alojamentos locais do concelho.

A proposta foi aprovada com os votos favoráveis da maioria e a abstenção da oposição. A taxa aplica-se a hóspedes com mais de 16 anos e tem um limite de sete noites por estadia.

Segundo o vereador do Turismo, Nuno Macedo, a autarquia espera arrecadar cerca de 3,2 milhões de euros por ano, que serão aplicados na limpeza urbana, na requalificação do centro histórico e na promoção de eventos.

"Quem nos visita também deve contribuir para manter a cidade como a encontrou", afirmou.

A Associação de Hotelaria do Minho criticou a decisão. O presidente, Carlos Ferraz, lembra que Braga concorre com o Porto e Guimarães, que já cobram taxas semelhantes, e teme que a medida afaste visitantes de fim de semana.

Os proprietários de alojamento local terão de se registar na nova plataforma municipal até 15 de maio. A câmara vai realizar sessões de esclarecimento nas juntas de freguesia durante o mês de abril.

Quem está isento

Doentes em tratamento hospitalar e respetivos acompanhantes.

Estudantes deslocados com contrato de arrendamento.

Hóspedes com incapacidade igual ou superior a 60%.
"""),
        head=[
            "Correio do Minho Digital",
            "Ouça este artigo · 3 min",
            "Este artigo é exclusivo para assinantes. Assine já por 1 € no primeiro mês.",
        ],
        mid=[
            (1, "Publicidade"),
            (4, "Leia também: Braga recebe Capital Europeia da Cultura? Câmara avança com candidatura"),
            (6, "Subscreva a newsletter \"Bom dia, Minho\" e receba todas as manhãs as notícias da região. Subscrever"),
        ],
        tail=[
            "Siga o Correio do Minho Digital no Facebook e no Instagram.",
            "Descarregue a nossa app para iOS e Android.",
            "Comentários (19)",
            "© Correio do Minho Digital. Todos os direitos reservados.",
        ],
        mixed=[
            (0, "start", "PUBLICIDADE"),
            (1, "end", "Foto: Hugo Delgado/Lusa"),
            (3, "end", "Leia também: Alojamento local: novas regras entram em vigor em março"),
            (4, "start", "Ouça este artigo · 3 min"),
            (5, "end", "Subscreva a newsletter \"Bom dia, Minho\", é gratuita."),
            (8, "start", "Partilhar no WhatsApp"),
        ],
        ltop=L("""
Saltar para o conteúdo
Correio do Minho Digital
Região
Desporto
Cultura
Entrar
Assinar
Braga aprova taxa turística de dois euros por noite a partir de junho
Por Raquel Antunes
26 jan 2026 19:20
"""),
        lmid=[
            (2, "Publicidade"),
            (5, "O centro histórico de Braga. Foto: Arquivo CMD"),
        ],
        lbot=L("""
Tópicos: Turismo, Autarquia
Partilhar
Mais lidas
Estatuto editorial
Ficha técnica
Política de privacidade
Definições de cookies
"""),
    ),
    dict(
        slug="t8-pt-br-mercado-selic",
        lang="pt",
        register="mercado financeiro economia",
        paras=P("""
O Comitê de Política Monetária (Copom) do Banco Central manteve nesta quarta-feira a taxa básica de juros, a Selic, em 14,25% ao ano, como esperava a maioria dos analistas.

A decisão foi unânime. No comunicado, o comitê afirmou que o cenário de inflação "segue desafiador" e que não hesitará em retomar o ciclo de alta se for necessário.

O IPCA acumulado em 12 meses fechou dezembro em 5,1%, acima do teto da meta de 4,5%.

Para o economista-chefe da corretora Paulista Invest, Rodrigo Mattos, o tom do comunicado foi mais duro do que o mercado previa. "Cortes de juros, se vierem, ficam para o segundo semestre", disse.

Reação do mercado

O Ibovespa fechou em queda de 0,6%, aos 127.430 pontos. O dólar subiu 0,4% e encerrou cotado a R$ 5,88.

Os papéis de varejistas e construtoras, mais sensíveis aos juros, lideraram as perdas. Magazine Sul recuou 3,2% e a construtora Tenda Norte perdeu 2,7%.

Na renda fixa, os títulos do Tesouro prefixados voltaram a pagar mais de 13% ao ano, o que atraiu investidores pessoa física. O Tesouro Direto registrou recorde de novos cadastros em janeiro, segundo a B3.

A próxima reunião do Copom está marcada para 18 e 19 de março.
"""),
        head=[
            "Economia",
            "Continua após a publicidade",
            "Ouvir matéria",
        ],
        mid=[
            (1, "Publicidade"),
            (4, "Leia mais: Dólar: o que esperar da moeda americana em 2026"),
            (7, "Receba as notícias de economia no seu WhatsApp. Entre no canal do Jornal Paulistano"),
        ],
        tail=[
            "Assine a newsletter Mercado Aberto e receba a análise do dia antes da abertura da bolsa.",
            "Este conteúdo não constitui recomendação de investimento.",
            "Siga o Jornal Paulistano no Google Notícias",
        ],
        mixed=[
            (0, "end", "Foto: Marcello Casal Jr./Agência Brasil"),
            (1, "start", "Continua após a publicidade"),
            (2, "end", "Leia mais: Inflação de alimentos deve desacelerar, diz FGV"),
            (3, "start", "Assine a newsletter Mercado Aberto: grátis, de segunda a sexta."),
            (6, "end", "Invista com a Paulista Invest: abra sua conta em 5 minutos."),
            (8, "start", "Baixe o app do Jornal Paulistano e acompanhe as cotações em tempo real."),
        ],
        ltop=L("""
Jornal Paulistano
Últimas
POLÍTICA
Mercados
Seu dinheiro
Entrar
Assine
Copom mantém Selic em 14,25% e sinaliza juros altos por mais tempo
Decisão foi unânime; Ibovespa cai e dólar sobe
Por Fernanda Queiroz, de São Paulo
29/01/2026 18h45 Atualizado há 2 horas
"""),
        lmid=[
            (2, "Publicidade"),
            (5, "Cotações"),
        ],
        lbot=L("""
Veja também
Mais lidas
Termos de uso
Política de privacidade
Configurações de cookies
Jornal Paulistano Ltda. Todos os direitos reservados.
"""),
    ),
    dict(
        slug="t8-pt-comunicado-universidade",
        lang="pt",
        register="comunicado de imprensa universidade",
        paras=P("""
Coimbra, 22 de janeiro de 2026 – Uma equipa de investigadores da Universidade de Coimbra desenvolveu um teste rápido capaz de detetar a presença de microplásticos na água da torneira em menos de 30 minutos.

O método, descrito na revista científica Water Research, utiliza um corante fluorescente que se liga às partículas de plástico e um pequeno leitor portátil que custa menos de 200 euros.

Os testes atualmente disponíveis exigem laboratórios especializados e podem demorar vários dias.

"Queremos que as entidades gestoras de água e as autarquias possam fazer análises frequentes e baratas", explica a coordenadora do projeto, Inês Portela, do Departamento de Química.

A equipa analisou 112 amostras recolhidas em 14 concelhos da região Centro. Foram encontrados microplásticos em 71% delas, embora em concentrações consideradas baixas.

O projeto foi financiado pela Fundação para a Ciência e a Tecnologia e contou com a colaboração das Águas do Centro Litoral.

Os investigadores pretendem agora testar o método em águas de rios e em estações de tratamento de águas residuais.

O estudo envolveu ainda investigadores do Instituto Politécnico de Leiria e da Universidade de Aveiro.
"""),
        head=[
            "Notícias UC",
            "Partilhar",
        ],
        mid=[
            (2, "Ver também: UC entre as 300 melhores universidades do mundo em ranking de sustentabilidade"),
            (5, "Agenda UC: Conferência \"Água e Futuro\", 12 de fevereiro, Auditório da Reitoria. Inscrições abertas"),
        ],
        tail=[
            "Gabinete de Comunicação da Universidade de Coimbra | imprensa@uc.pt | +351 239 000 000",
            "Subscreva a newsletter UC Ciência e receba as novidades da investigação.",
            "Siga a UC no LinkedIn, Instagram e YouTube",
            "© Universidade de Coimbra 2026",
        ],
        mixed=[
            (0, "end", "Imagem: DR/UC"),
            (1, "start", "Partilhar no LinkedIn"),
            (2, "end", "Ver também: Investigadores da UC criam biossensor para detetar legionella"),
            (4, "start", "Subscreva a newsletter UC Ciência."),
            (5, "end", "Foto: Paulo Amaral/UC"),
            (6, "start", "Siga a UC no Instagram @unicoimbra"),
        ],
        ltop=L("""
UC | Universidade de Coimbra
Estudar
Investigar
Viver a UC
Notícias
Agenda
EN
Teste rápido da UC deteta microplásticos na água em 30 minutos
Comunicado de imprensa
"""),
        lmid=[
            (3, "A equipa de investigação no laboratório. Foto: UC"),
            (6, "Ficheiros para download: fotografias em alta resolução (ZIP, 12 MB)"),
        ],
        lbot=L("""
Notícias relacionadas
Voltar à lista
Mapa do site
Acessibilidade
Proteção de dados
Cookies
"""),
    ),
    dict(
        slug="t8-pt-br-trap-golpe-whatsapp",
        lang="pt",
        register="polícia serviço alerta golpe",
        trap=True,
        trap_promo=(4, "Publicidade"),
        paras=P("""
A Polícia Civil de Minas Gerais alertou nesta terça-feira para um novo golpe que circula pelo WhatsApp e que já fez pelo menos 340 vítimas no estado desde dezembro.

Os criminosos enviam uma mensagem em nome de uma loja de eletrodomésticos oferecendo um "sorteio de fim de ano". Para participar, a vítima precisa compartilhar a mensagem com dez contatos e baixar um aplicativo que, na verdade, dá acesso remoto ao celular.

Com o controle do aparelho, os golpistas fazem transferências por Pix e pedem dinheiro aos contatos da vítima.

"Nenhuma empresa séria pede para você baixar um aplicativo fora da loja oficial ou compartilhar uma promoção para ganhar prêmio", afirmou o delegado Marcos Lacerda, da Delegacia de Crimes Cibernéticos.

Como se proteger

Não clique em links recebidos de números desconhecidos.

Ative a verificação em duas etapas do WhatsApp.

Desconfie de sorteios que pedem para seguir perfis, curtir e compartilhar.

Quem foi vítima deve registrar boletim de ocorrência, de preferência pela Delegacia Virtual, e avisar o banco imediatamente. A loja cujo nome foi usado no golpe informou que não realiza sorteios pelo WhatsApp e que vai acionar a Justiça.
"""),
        head=[
            "Segurança",
            "Ouvir esta notícia",
        ],
        mid=[
            (1, "Publicidade"),
            (4, "Leia também: Golpe do falso boleto: saiba como identificar"),
        ],
        tail=[
            "Quer receber as notícias de Minas no celular? Siga o canal do Estado de Minas Hoje no WhatsApp.",
            "Compartilhe esta notícia",
            "Comentários (27)",
        ],
        mixed=[
            (0, "end", "Foto: Reprodução/Redes sociais"),
            (1, "start", "Continua depois da publicidade"),
            (2, "end", "Leia também: Golpe do Pix agendado faz vítimas em BH"),
            (3, "start", "Siga o canal do Estado de Minas Hoje no WhatsApp."),
            (5, "end", "PUBLICIDADE"),
            (8, "start", "Assine o Estado de Minas Hoje por R$ 1,90 no primeiro mês."),
        ],
        ltop=L("""
Estado de Minas Hoje
Gerais e BH
Política
Economia
Esportes
Assine
Entrar
Golpe do falso sorteio no WhatsApp já fez 340 vítimas em Minas
Por Tiago Amaral
21/01/2026 - 10:12
"""),
        lmid=[
            (2, "Publicidade"),
            (4, "Mensagem usada pelos golpistas (Foto: Reprodução)"),
        ],
        lbot=L("""
Tags: golpe, WhatsApp, Polícia Civil
Veja também
Mais lidas
Fale conosco
Política de privacidade
Copyright © Estado de Minas Hoje
"""),
    ),
]
