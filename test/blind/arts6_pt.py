from common import P, L

ARTICLES = [
dict(
    slug="b6-pt-tv-regional-cheias",
    lang="pt",
    register="televisão regional (Portugal)",
    paras=P("""
Cheias no Mondego: Baixa de Coimbra em alerta vermelho até domingo

Coimbra, 6 de fevereiro de 2026

A Proteção Civil elevou para vermelho o alerta para a Baixa de Coimbra depois de o caudal do rio Mondego ter ultrapassado os 1.800 metros cúbicos por segundo na madrugada desta sexta-feira.

O parque verde do Mondego e a avenida marginal estão encerrados ao trânsito e a peões, e cerca de quarenta famílias das zonas ribeirinhas de Ameal e Casais foram aconselhadas a passar a noite fora de casa.

Barragem da Aguieira a descarregar

A Agência Portuguesa do Ambiente mantém descargas controladas na barragem da Aguieira para evitar que a albufeira chegue ao limite, o que aumenta o caudal a jusante.

"Preferimos soltar água agora, de forma controlada, do que ser obrigados a soltar muito mais de uma só vez", explicou o comandante sub-regional Rui Amaral.

As escolas de três freguesias ribeirinhas estarão fechadas na segunda-feira.

Pergunta: a água da torneira é segura? Resposta: sim, a empresa Águas de Coimbra garante que o abastecimento não foi afetado.

Os comerciantes da Rua da Sofia e da Baixinha passaram a tarde a colocar sacos de areia nas portas.

E agora?

O IPMA prevê chuva forte até sábado à noite. A Proteção Civil fará novo ponto de situação às 18h00 de domingo.
"""),
    head=[
        "Centro TV · Notícias · Desporto · Programas · Em direto",
        "Veja o Jornal do Centro em direto às 20h00 — clique aqui",
    ],
    mid=[
        ("O parque verde do Mondego", "PUBLICIDADE"),
        ("\"Preferimos soltar água agora", "Tem imagens das cheias? Envie-nos os seus vídeos para reporter@centrotv.pt ou por WhatsApp para o 912 000 345."),
        ("Pergunta: a água da torneira", "Leia também: Ponte de Santa Clara com limite de velocidade reduzido"),
    ],
    tail=[
        "Descarregue a app Centro TV e receba alertas de última hora no seu telemóvel.",
        "Siga-nos no Facebook e no Instagram @centrotv.pt",
        "© Centro TV – Televisão Regional, S.A. Todos os direitos reservados. Estatuto editorial · Ficha técnica",
    ],
    mixed=[
        ("Coimbra, 6 de fevereiro de 2026", "end", "Atualizado às 17h42"),
        ("A Agência Portuguesa do Ambiente", "start", "PUBLICIDADE"),
        ("As escolas de três freguesias", "end", "Partilhar Facebook X WhatsApp E-mail"),
        ("O IPMA prevê chuva forte", "end", "Acompanhe a situação ao minuto no nosso direto e na emissão da Centro TV (posição 188 do MEO)."),
    ],
    ltop=L("""
Centro TV
Últimas
Região de Coimbra
Região de Leiria
Região de Aveiro
Região de Viseu
Programação
"""),
    lmid=[
        ("Barragem da Aguieira a descarregar", "Vídeo: Imagens aéreas do Mondego cheio (1:15)"),
        ("Os comerciantes da Rua da Sofia", "Publicidade"),
    ],
    lbot=L("""
Mais vistas
Incêndio destrói armazém na Figueira da Foz
Partilhe esta notícia
Contactos
Política de privacidade
Definições de cookies
"""),
),
dict(
    slug="b6-pt-trap-newsletter",
    lang="pt",
    register="media (armadilha: newsletter, assinaturas)",
    trap=True,
    trap_promo=("Os assinantes digitais", "Assine o Diário da Serra a partir de 1,99 € por mês e leia sem limites."),
    paras=P("""
Diário da Serra acaba com a newsletter gratuita e passa a reservá-la a assinantes

Guarda, 14 de janeiro de 2026

O Diário da Serra, o jornal mais antigo do distrito da Guarda, vai deixar de enviar a sua newsletter diária gratuita a partir de 1 de março. O resumo matinal passará a estar disponível apenas para assinantes digitais.

A newsletter, enviada todos os dias às 7h00, tem cerca de 22 mil inscritos, mas segundo a direção menos de 4 % desses leitores pagam atualmente uma assinatura.

Porquê agora

O diretor, Manuel Ferreira, explicou num editorial que o jornal perdeu metade das receitas de publicidade em cinco anos e precisa de converter leitores fiéis em assinantes.

"Uma newsletter gratuita é um presente. Não podemos continuar a oferecer o melhor do jornal a quem não nos ajuda a pagá-lo", escreveu.

Os assinantes digitais, que pagam 4,99 euros por mês, continuarão a receber a newsletter sem qualquer alteração.

Os leitores que cancelarem a subscrição gratuita receberão um convite para um período experimental de 30 dias.

Pergunta: as notícias no site continuam abertas? Resposta: sim, as notícias de última hora e os avisos da Proteção Civil continuarão de acesso livre.

O Sindicato dos Jornalistas disse compreender a decisão, mas alertou para o risco de "afastar leitores mais velhos e com menos rendimentos".

E a seguir?

O jornal vai avaliar em setembro o impacto da mudança no número de assinantes.
"""),
    head=[
        "Jornalismo & Media — o site sobre os media em Portugal",
        "Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, concorda com a nossa política de cookies. Aceitar",
    ],
    mid=[
        ("A newsletter, enviada todos", "PUBLICIDADE"),
        ("\"Uma newsletter gratuita é um presente", "Leia também: RTP vai fechar emissor de onda média em Miramar"),
        ("Os leitores que cancelarem", "Receba o «Media em 5 Minutos» todas as sextas-feiras no seu e-mail. Inscreva-se aqui"),
    ],
    tail=[
        "Etiquetas: jornais regionais, newsletters, assinaturas",
        "Partilhe: Facebook · X · LinkedIn · E-mail",
        "Comentários (9) — Inicie sessão para comentar",
        "© Jornalismo & Media 2026",
    ],
    mixed=[
        ("Guarda, 14 de janeiro de 2026", "end", "Por Redação · 3 min de leitura"),
        ("O diretor, Manuel Ferreira", "start", "PUBLICIDADE"),
        ("Pergunta: as notícias no site", "end", "Siga o Jornalismo & Media no LinkedIn"),
        ("O jornal vai avaliar", "end", "Apoie o jornalismo sobre jornalismo: torne-se membro por 3 € por mês."),
    ],
    ltop=L("""
Jornalismo & Media
Imprensa
Televisão
Rádio
Digital
Entrar
"""),
    lmid=[
        ("Porquê agora", "Publicidade"),
        ("O Sindicato dos Jornalistas", "Os mais lidos"),
    ],
    lbot=L("""
Sobre nós
Estatuto editorial
Contactos
Termos e condições
Privacidade
"""),
),
]
