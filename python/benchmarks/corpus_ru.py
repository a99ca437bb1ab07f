"""A deterministic corpus of invented Russian-language news articles for sayso's benchmarks.

Every person, town, region, company and quotation here is made up for benchmarking; real outlet
names (ТАСС, РИА Новости, Интерфакс, «Коммерсантъ», РБК, «Ведомости», «Известия») appear only
the way real Russian copy uses them: as the agency in a dateline, or the outlet a claim is relayed
through. Styles mirror ``corpus.py``: wire copy with datelines, features with «ёлочки» quotations
over several paragraphs and dialogue dashes, relay round-ups ("со ссылкой на ..."),
anonymous-source political stories, live blogs with timestamps, press releases, short briefs and
long reads. Sentences mix named, anonymous, relayed and unconfirmed attribution with plain
reporting; names, verbs and nouns are inflected for case, gender and number.

``article(seed, i)`` depends only on ``seed`` and ``i``, so a smaller corpus is a prefix of a
larger one and any article can be regenerated on its own. Sizes are measured in UTF-8 bytes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import corpus

# --- People -----------------------------------------------------------------------------------
# First names: (nominative, genitive, dative).
FIRST_M = (
    ("Андрей", "Андрея", "Андрею"),
    ("Игорь", "Игоря", "Игорю"),
    ("Павел", "Павла", "Павлу"),
    ("Сергей", "Сергея", "Сергею"),
    ("Дмитрий", "Дмитрия", "Дмитрию"),
    ("Олег", "Олега", "Олегу"),
    ("Артем", "Артема", "Артему"),
    ("Виктор", "Виктора", "Виктору"),
    ("Глеб", "Глеба", "Глебу"),
    ("Роман", "Романа", "Роману"),
    ("Тимофей", "Тимофея", "Тимофею"),
    ("Константин", "Константина", "Константину"),
    ("Ярослав", "Ярослава", "Ярославу"),
    ("Лев", "Льва", "Льву"),
    ("Никита", "Никиты", "Никите"),
    ("Ильдар", "Ильдара", "Ильдару"),
)
FIRST_F = (
    ("Ирина", "Ирины", "Ирине"),
    ("Анна", "Анны", "Анне"),
    ("Ольга", "Ольги", "Ольге"),
    ("Мария", "Марии", "Марии"),
    ("Екатерина", "Екатерины", "Екатерине"),
    ("Наталья", "Натальи", "Наталье"),
    ("Светлана", "Светланы", "Светлане"),
    ("Дарья", "Дарьи", "Дарье"),
    ("Вера", "Веры", "Вере"),
    ("Алина", "Алины", "Алине"),
    ("Юлия", "Юлии", "Юлии"),
    ("Любовь", "Любови", "Любови"),
    ("Ксения", "Ксении", "Ксении"),
    ("Елена", "Елены", "Елене"),
    ("Татьяна", "Татьяны", "Татьяне"),
    ("Полина", "Полины", "Полине"),
)
# Surname stems and their declension type.
SURNAMES = (
    ("Веретенников", "ov"),
    ("Колобродов", "ov"),
    ("Ступин", "ov"),
    ("Мережков", "ov"),
    ("Пустошкин", "ov"),
    ("Зябликов", "ov"),
    ("Каргаполов", "ov"),
    ("Луговцев", "ov"),
    ("Сыромятников", "ov"),
    ("Чернобаев", "ov"),
    ("Ладыгин", "ov"),
    ("Брусницын", "ov"),
    ("Жаворонков", "ov"),
    ("Кочемасов", "ov"),
    ("Рябинин", "ov"),
    ("Заозерск", "sky"),
    ("Ольшевск", "sky"),
    ("Городецк", "sky"),
    ("Белопольск", "sky"),
    ("Заречн", "ny"),
    ("Нагорн", "ny"),
    ("Лугов", "oy"),
    ("Берегов", "oy"),
    ("Марченко", "fix"),
    ("Седых", "fix"),
    ("Гриценко", "fix"),
)
_SUR_ENDINGS = {
    # kind: ((masc nom, gen, dat), (fem nom, gen, dat))
    "ov": (("", "а", "у"), ("а", "ой", "ой")),
    "sky": (("ий", "ого", "ому"), ("ая", "ой", "ой")),
    "ny": (("ый", "ого", "ому"), ("ая", "ой", "ой")),
    "oy": (("ой", "ого", "ому"), ("ая", "ой", "ой")),
    "fix": (("", "", ""), ("", "", "")),
}


def _people() -> tuple[tuple[str, str, str, str, int], ...]:
    """Every (first name, surname) pair: (nominative, genitive, dative, surname, gender 0/1)."""
    out = []
    for g, firsts in enumerate((FIRST_M, FIRST_F)):
        for fn, fg, fd in firsts:
            for stem, kind in SURNAMES:
                en, eg, ed = _SUR_ENDINGS[kind][g]
                out.append(
                    (f"{fn} {stem}{en}", f"{fg} {stem}{eg}", f"{fd} {stem}{ed}", stem + en, g)
                )
    return tuple(out)


PEOPLE = _people()

# --- Roles, titles, organisations -------------------------------------------------------------
# Roles before a name: (nominative, genitive).
ROLES = (
    ("министр экономики области", "министра экономики области"),
    ("министр здравоохранения региона", "министра здравоохранения региона"),
    ("глава города", "главы города"),
    ("губернатор края", "губернатора края"),
    ("начальник городского управления полиции", "начальника городского управления полиции"),
    ("прокурор района", "прокурора района"),
    ("депутат областной думы", "депутата областной думы"),
    ("вице-губернатор", "вице-губернатора"),
    ("председатель комитета по бюджету", "председателя комитета по бюджету"),
    ("судья районного суда", "судьи районного суда"),
    ("начальник речного порта", "начальника речного порта"),
    ("заместитель мэра", "заместителя мэра"),
)
# Titles followed by an organisation in the genitive.
TITLES = (
    "пресс-секретарь",
    "генеральный директор",
    "руководитель пресс-службы",
    "главный инженер",
    "юрист",
    "председатель профсоюза работников",
    "финансовый директор",
    "представитель",
    "председатель совета директоров",
)
# Organisations: (nominative, genitive, locative with its preposition, gender 0 m / 1 f / 2 n).
ORGS = (
    ("АО «Мельновский водоканал»", "АО «Мельновский водоканал»", "в АО «Мельновский водоканал»", 2),
    ("компания «Кварта-Телеком»", "компании «Кварта-Телеком»", "в компании «Кварта-Телеком»", 1),
    (
        "министерство транспорта области",
        "министерства транспорта области",
        "в министерстве транспорта области",
        2,
    ),
    ("городская администрация", "городской администрации", "в городской администрации", 1),
    (
        "Ключегорский металлургический завод",
        "Ключегорского металлургического завода",
        "на Ключегорском металлургическом заводе",
        0,
    ),
    ("ООО «Прилесская логистика»", "ООО «Прилесская логистика»", "в ООО «Прилесская логистика»", 2),
    (
        "областная клиническая больница № 3",
        "областной клинической больницы № 3",
        "в областной клинической больнице № 3",
        1,
    ),
    (
        "группа компаний «Ольха-Строй»",
        "группы компаний «Ольха-Строй»",
        "в группе компаний «Ольха-Строй»",
        1,
    ),
    ("фонд «Открытый берег»", "фонда «Открытый берег»", "в фонде «Открытый берег»", 0),
    (
        "Прилесский институт прибрежных исследований",
        "Прилесского института прибрежных исследований",
        "в Прилесском институте прибрежных исследований",
        0,
    ),
    (
        "горнодобывающая компания «Оскольд»",
        "горнодобывающей компании «Оскольд»",
        "в горнодобывающей компании «Оскольд»",
        1,
    ),
    ("банк «Светлобор»", "банка «Светлобор»", "в банке «Светлобор»", 0),
    ("ПАО «Ольшанскэнерго»", "ПАО «Ольшанскэнерго»", "в ПАО «Ольшанскэнерго»", 2),
    ("городская дума", "городской думы", "в городской думе", 1),
    (
        "АО «Каменногорская пригородная компания»",
        "АО «Каменногорская пригородная компания»",
        "в АО «Каменногорская пригородная компания»",
        2,
    ),
)

# --- Places -----------------------------------------------------------------------------------
# Towns: (nominative, genitive, locative with "в").
TOWNS = (
    ("Ключегорск", "Ключегорска", "в Ключегорске"),
    ("Верхнеозерск", "Верхнеозерска", "в Верхнеозерске"),
    ("Мельна", "Мельны", "в Мельне"),
    ("Светлоборск", "Светлоборска", "в Светлоборске"),
    ("Новотрубинск", "Новотрубинска", "в Новотрубинске"),
    ("Старая Ольшанка", "Старой Ольшанки", "в Старой Ольшанке"),
    ("Каменногорск", "Каменногорска", "в Каменногорске"),
    ("Прилесье", "Прилесья", "в Прилесье"),
    ("Заречинск", "Заречинска", "в Заречинске"),
    ("Усть-Ветлянск", "Усть-Ветлянска", "в Усть-Ветлянске"),
)
# Regions: (nominative, genitive, locative with "в").
REGIONS = (
    ("Мельновская область", "Мельновской области", "в Мельновской области"),
    ("Ольшанская область", "Ольшанской области", "в Ольшанской области"),
    ("Прилесский край", "Прилесского края", "в Прилесском крае"),
    ("Каменноозерская область", "Каменноозерской области", "в Каменноозерской области"),
    ("Заречногорский край", "Заречногорского края", "в Заречногорском крае"),
)

# --- Outlets ----------------------------------------------------------------------------------
# (nominative, genitive, dative, plural?)
OUTLETS = (
    ("ТАСС", "ТАСС", "ТАСС", False),
    ("РИА Новости", "РИА Новости", "РИА Новости", False),
    ("Интерфакс", "Интерфакса", "Интерфаксу", False),
    ("«Коммерсантъ»", "«Коммерсанта»", "«Коммерсанту»", False),
    ("РБК", "РБК", "РБК", False),
    ("«Ведомости»", "«Ведомостей»", "«Ведомостям»", True),
    ("«Известия»", "«Известий»", "«Известиям»", True),
    (
        "газета «Ольшанский вестник»",
        "газеты «Ольшанский вестник»",
        "газете «Ольшанский вестник»",
        False,
    ),
    ("портал «Мельна.Инфо»", "портала «Мельна.Инфо»", "порталу «Мельна.Инфо»", False),
    ("телеканал «Прилесье-24»", "телеканала «Прилесье-24»", "телеканалу «Прилесье-24»", False),
    ("местная газета", "местной газеты", "местной газете", False),
    ("областное телевидение", "областного телевидения", "областному телевидению", False),
)
PHOTO_AGENCIES = ("ТАСС", "РИА Новости", "«Коммерсантъ»", "«Известия»")

# --- Topics and things ------------------------------------------------------------------------
# Topics: (nominative, genitive, dative, accusative, locative without preposition).
TOPICS = (
    ("ремонт плотины", "ремонта плотины", "ремонту плотины", "ремонт плотины", "ремонте плотины"),
    (
        "забастовка железнодорожников",
        "забастовки железнодорожников",
        "забастовке железнодорожников",
        "забастовку железнодорожников",
        "забастовке железнодорожников",
    ),
    ("спор о бюджете", "спора о бюджете", "спору о бюджете", "спор о бюджете", "споре о бюджете"),
    ("закрытие шахты", "закрытия шахты", "закрытию шахты", "закрытие шахты", "закрытии шахты"),
    ("слияние больниц", "слияния больниц", "слиянию больниц", "слияние больниц", "слиянии больниц"),
    (
        "контракт на паромные перевозки",
        "контракта на паромные перевозки",
        "контракту на паромные перевозки",
        "контракт на паромные перевозки",
        "контракте на паромные перевозки",
    ),
    (
        "повышение тарифов на воду",
        "повышения тарифов на воду",
        "повышению тарифов на воду",
        "повышение тарифов на воду",
        "повышении тарифов на воду",
    ),
    (
        "расследование обрушения моста",
        "расследования обрушения моста",
        "расследованию обрушения моста",
        "расследование обрушения моста",
        "расследовании обрушения моста",
    ),
    (
        "спор о квотах на вылов рыбы",
        "спора о квотах на вылов рыбы",
        "спору о квотах на вылов рыбы",
        "спор о квотах на вылов рыбы",
        "споре о квотах на вылов рыбы",
    ),
    (
        "расширение аэропорта",
        "расширения аэропорта",
        "расширению аэропорта",
        "расширение аэропорта",
        "расширении аэропорта",
    ),
    (
        "повышение зарплат учителей",
        "повышения зарплат учителей",
        "повышению зарплат учителей",
        "повышение зарплат учителей",
        "повышении зарплат учителей",
    ),
    (
        "утечка данных клиентов",
        "утечки данных клиентов",
        "утечке данных клиентов",
        "утечку данных клиентов",
        "утечке данных клиентов",
    ),
    (
        "строительство объездной дороги",
        "строительства объездной дороги",
        "строительству объездной дороги",
        "строительство объездной дороги",
        "строительстве объездной дороги",
    ),
    (
        "реформа общественного транспорта",
        "реформы общественного транспорта",
        "реформе общественного транспорта",
        "реформу общественного транспорта",
        "реформе общественного транспорта",
    ),
)
# Things: (nominative, genitive, accusative, gender 0 m / 1 f / 2 n).
THINGS = (
    ("аудит", "аудита", "аудит", 0),
    ("новое расписание", "нового расписания", "новое расписание", 2),
    ("программа компенсаций", "программы компенсаций", "программу компенсаций", 1),
    ("проверка безопасности", "проверки безопасности", "проверку безопасности", 1),
    ("конкурсная документация", "конкурсной документации", "конкурсную документацию", 1),
    ("проект соглашения", "проекта соглашения", "проект соглашения", 0),
    ("план эвакуации", "плана эвакуации", "план эвакуации", 0),
    ("поставка запчастей", "поставки запчастей", "поставку запчастей", 1),
    ("тендер на вывоз мусора", "тендера на вывоз мусора", "тендер на вывоз мусора", 0),
    (
        "модернизация очистных сооружений",
        "модернизации очистных сооружений",
        "модернизацию очистных сооружений",
        1,
    ),
    ("закупка новых автобусов", "закупки новых автобусов", "закупку новых автобусов", 1),
    ("капитальное строительство", "капитального строительства", "капитальное строительство", 2),
)

# --- Verbs, attribution phrases, dates --------------------------------------------------------
# Past-tense speech verbs: (stem, tail); the stem takes "" / "а" / "о" / "и" for gender/number.
VERBS = (
    ("заявил", ""),
    ("сообщил", " журналистам"),
    ("рассказал", " корреспонденту агентства"),
    ("сказал", ""),
    ("отметил", ""),
    ("подчеркнул", ""),
    ("заявил", " на пресс-конференции"),
    ("написал", " в своем Telegram-канале"),
    ("сообщил", " в понедельник"),
    ("сообщил", " во вторник"),
    ("признал", ""),
    ("предупредил", ""),
    ("уточнил", ""),
    ("заявил", " депутатам"),
    ("пояснил", " в ответ на запрос редакции"),
)
PAST = ("", "а", "о", "и")  # verb endings: masc, fem, neut, plural
REFL = ("ся", "ась", "ось", "ись")
SHORT = ("", "а", "о", "ы")  # short passive participles
MONTHS_GEN = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
MONTHS_LOC = (
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
)
DAYS = (
    "в понедельник",
    "во вторник",
    "в среду",
    "в четверг",
    "в пятницу",
    "в субботу",
    "в воскресенье",
    "накануне",
    "в минувшие выходные",
)
# Anonymous subjects: (nominative, genitive, gender/number 0 m / 1 f / 3 plural). A participial
# nominative carries its closing comma; the genitive never does.
ANON = (
    ("источник в правительстве региона", "источника в правительстве региона", 0),
    ("собеседник агентства", "собеседника агентства", 0),
    (
        "источник, знакомый с ходом переговоров,",
        "источника, знакомого с ходом переговоров",
        0,
    ),
    ("человек, знакомый с ситуацией,", "человека, знакомого с ситуацией", 0),
    (
        "два чиновника, попросившие не называть их имен,",
        "двух чиновников, попросивших не называть их имен",
        3,
    ),
    (
        "высокопоставленный сотрудник администрации, пожелавший остаться неназванным,",
        "высокопоставленного сотрудника администрации, пожелавшего остаться неназванным",
        0,
    ),
    ("источники в министерстве", "источников в министерстве", 3),
    ("собеседник издания в силовых структурах", "собеседника издания в силовых структурах", 0),
    ("близкий к совету директоров источник", "близкого к совету директоров источника", 0),
    ("несколько участников совещания", "нескольких участников совещания", 3),
    (
        "чиновница областного правительства, говорившая на условиях анонимности,",
        "чиновницы областного правительства, говорившей на условиях анонимности",
        1,
    ),
)
VAGUE = (
    "эксперты считают, что",
    "критики указывают, что",
    "аналитики полагают, что",
    "многие жители уверены, что",
    "наблюдатели давно предупреждали, что",
    "участники рынка не исключают, что",
)
RELAY_SOURCES = (
    "два источника",
    "несколько источников",
    "анонимные источники",
    "источники в правительстве",
    "источники в силовых структурах",
    "собственные источники",
    "источник в отрасли",
)

# --- Templates --------------------------------------------------------------------------------
# Keys (filled lazily by _Ctx): person p/pg/pd/ps (nom/gen/dat/surname), a/sa (verb ending),
# v (speech verb agreeing with p), res (resident noun); r/rg role; ti title; o/og/op/oe org
# (nom/gen/locative/verb ending); co/cog org inside a clause; u/ug/ud outlet and us/uw/ut its
# verbs; t/tg/td/ta/tp topic; x/xg/xa thing, xe/xp/xr its endings; pl/plg/plp town; re/reg/rep
# region; A/Ag/ae anonymous subject; g vague subject; c clause; Q/q2c quotations inside «»,
# Qd/q2d after a dialogue dash; counts
# nd/nmon/nwk/nyears/nemp/npg/nobr/nlet; mln money; d day; dt date; mo/mop month gen/loc.
CLAUSES = (
    "{co} может перенести {xa} на следующий год",
    "смета {xg} превысит {mln}",
    "переговоры по {td} зашли в тупик",
    "сокращения затронут около {nemp}",
    "{x} был{xe} отложен{xp} как минимум на {nwk}",
    "{co} уже ведет переговоры с новым подрядчиком",
    "решение по {td} будет принято не раньше {mo}",
    "дефицит бюджета {reg} может вырасти до {mln}",
    "руководство {cog} знало о проблеме еще в {mop}",
    "проверка выявила нарушения на сумму {mln}",
    "{x} уже согласован{xp} с министерством финансов {reg}",
    "часть документов по {td} передана в прокуратуру",
    "график работ сдвинулся на {nmon}",
    "{plp} могут ввести режим чрезвычайной ситуации",
    "тарифы вырастут на {m}% уже с 1 {mo}",
    "{co} рассматривает возможность продажи части активов",
    "на {xa} не хватает около {mln}",
    "{x} фактически сорван{xp}",
    "с начала года {rep} зарегистрировано {nobr} от жителей",
)
QUOTES = (
    "Мы не получили ни одного ответа",
    "Мы не собираемся ждать ответа еще {nd}",
    "Никто так и не объяснил нам, что происходит",
    "Денег на {xa} в бюджете нет и не было",
    "Мы готовы к диалогу, но не к ультиматумам",
    "Я работаю здесь {nyears} и такого не припомню",
    "Это вопрос нескольких недель, а не месяцев",
    "Все документы по {td} уже переданы в прокуратуру",
    "Пусть сначала покажут цифры",
    "Решение будет принято до конца {mo}",
    "Мы ждем {xg} уже {nmon}",
    "Ситуация находится на нашем личном контроле",
    "…Мы никого не обвиняем, но вопросы остаются",
    "Никаких сокращений не планируется",
    "Мы выполним все обязательства перед жителями {plg}",
)
QUOTES2 = (
    "Будем добиваться встречи с руководством {og}",
    "Других вариантов у нас просто нет",
    "Посмотрим, что скажут {d}",
    "Подробности сообщим позже",
    "Разве это нормально?",
    "А дальше — посмотрим…",
    "Я лично проверю каждую цифру",
    "Это касается каждого жителя {plg}",
)
LONG_QUOTE_BODIES = (
    (
        "Мы ждем {xg} уже {nmon}, и жители {plg} заслуживают большего, чем обещания, которые им "
        "раздают {d}"
    ),
    "Никто не может объяснить, почему решение по {td} снова откладывают",
    "Деньги на {xa} выделили еще в {mop}, а работы так и не начались",
    "Я говорю от имени {npg}, которые каждый день сталкиваются с последствиями этих решений",
    "Мы направили в адрес {og} уже {nlet}, и на каждое получили формальную отписку",
    "Когда впервые обсуждали {ta}, нам обещали, что все решится к {dt}, но прошло {nmon}",
    "Мы не против перемен, мы против того, чтобы о них узнавать из новостей",
    "Люди устали от слов… Им нужен понятный график и честные цифры, а не очередные совещания",
)
SENTENCES = (
    (5, "{r} {p} {v}, что {c}."),
    (3, "{p}, {ti} {og}, {v}, что {c}."),
    (3, "«{Q}», — {v} {p}."),
    (3, "«{Q}, — сказал{a} {ps}. — {q2c}"),
    (4, "По словам {rg} {pg}, {c}."),
    (2, "{p} рассказал{a} {ud}, что {x} «отстает от графика на несколько недель»."),
    (1, "В своем Telegram-канале {p} написал{a}, что {x} «наконец сдвинул{xr} с мертвой точки»."),
    (2, "{p} добавил{a}, что переговоры возобновятся после праздников."),
    (2, "Позднее эту информацию подтвердил{a} {r} {p}."),
    (2, "«Это позор, — сказал{a} {p}, {res} {plg}. — Нас никто не слушает»."),
    (1, "{r} {p} с {mo} сталкивается с требованиями отставки."),
    (1, "{r} {p} не исключил{a}, что {c}."),
    (1, "{p} отказал{sa} комментировать {ta}, сославшись на тайну следствия."),
    (4, "{A} сообщил{ae}, что {c}."),
    (4, "По словам {Ag}, {c}."),
    (2, "{A} рассказал{ae} {ud}, что {x} был{xe} отложен{xp} еще несколько недель назад."),
    (
        2,
        (
            "{A} пояснил{ae}, что переговоры по {td} застопорились из-за расхождения "
            "в расчетах на {m}%."
        ),
    ),
    (2, "Источник {op} подтвердил {ud} эту информацию, но попросил не называть его имени."),
    (3, "{u} со ссылкой на источник, знакомый с ситуацией, {us}, что {o} попросил{oe} отсрочку."),
    (2, "Как {us} {u} со ссылкой на два анонимных источника, {c}."),
    (
        2,
        (
            "Источник, близкий к руководству {og}, сообщил {ud}, что о возможном увольнении "
            "предупреждены не менее {nemp}."
        ),
    ),
    (2, "Об этом {uw} {u}."),
    (2, "Об этом {ud} сообщил источник {op}."),
    (2, "По данным {ug}, {o} потратил{oe} на услуги консультантов {mln}."),
    (2, "{u} со ссылкой на внутреннюю переписку {us}, что {c}."),
    (2, "{c}, {ut} {u}."),
    (2, "{p} в интервью {ud} заявил{a}, что {c}."),
    (1, "Как отмечается в публикации {ug}, {c}."),
    (3, "По неподтвержденным данным, {c}."),
    (2, "Предположительно, {c}."),
    (2, "{o} не ответил{oe} на запрос {ug}."),
    (2, "{op} не ответили на запрос о комментарии."),
    (2, "Независимо проверить эти данные не удалось."),
    (1, "Официального подтверждения этой информации пока нет."),
    (2, "В пресс-службе {og} от комментариев отказались."),
    (2, "{o} назвал{oe} эти сведения «беспочвенными домыслами»."),
    (1, "Сообщается, что решение о {tp} якобы уже принято, однако официально это не подтверждено."),
    (2, "Ранее в СМИ появлялись сообщения о том, что {c}, однако {o} их не комментировал{oe}."),
    (3, "{g} {c}."),
    (2, "По оценкам организаторов, на встречу {d} пришли около {npg}."),
    (2, "Городская дума вновь соберется {d}, чтобы проголосовать за {xa}."),
    (
        3,
        (
            "{plp} цены за год выросли на {m}%, свидетельствуют данные регионального управления "
            "статистики."
        ),
    ),
    (1, "Жителей {plg} попросили кипятить питьевую воду до особого распоряжения."),
    (2, "На видео, опубликованном в соцсетях {d}, видно скопление людей у здания {og}."),
    (
        2,
        (
            "Сделка, по имеющимся данным, была близка к завершению {d}, но вопрос о {tp} "
            "по-прежнему не решен."
        ),
    ),
    (3, "{o} заявил{oe} в официальном сообщении, что сожалеет о неудобствах и пересмотрит {xa}."),
    (
        2,
        (
            "Согласно документам, с которыми ознакомилась редакция, {o} выплатил{oe} штрафы "
            "на сумму {mln}."
        ),
    ),
    (2, "Заседание по {td} перенесено на {dt}."),
    (2, "Итоги проверки планируется представить до конца {mo}."),
    (2, "«{Q}», — говорится в сообщении {og}."),
    (2, "Как говорится в сообщении пресс-службы {og}, {c}."),
    (1, "Об этом говорится в сообщении, опубликованном на сайте {og}."),
    (2, "По данным {og}, {c}."),
)
_CUM: list[int] = []
_acc = 0
for _w, _ in SENTENCES:
    _acc += _w
    _CUM.append(_acc)
_TEMPLATES = tuple(t for _, t in SENTENCES)


# --- Inflection helpers -----------------------------------------------------------------------
def _plural(n: int, one: str, few: str, many: str) -> str:
    """The noun form after the number ``n`` (1 / 2-4 / 5+ with the 11-14 exception)."""
    n10, n100 = n % 10, n % 100
    if n10 == 1 and n100 != 11:
        return one
    if 2 <= n10 <= 4 and not 12 <= n100 <= 14:
        return few
    return many


def _num(n: int) -> str:
    """Russian digit grouping: a no-break space from five digits on."""
    return f"{n:,}".replace(",", "\u00a0") if n >= 10_000 else str(n)


def _count(n: int, one: str, few: str, many: str) -> str:
    return f"{_num(n)} {_plural(n, one, few, many)}"


def _gen_count(n: int, sg: str, pl: str) -> str:
    """``n`` things in the genitive ("около 21 сотрудника", "около 25 сотрудников")."""
    return f"{_num(n)} {sg if n % 10 == 1 and n % 100 != 11 else pl}"


def _nest(s: str) -> str:
    """Quotation marks inside a «ёлочки» quotation become „лапки“."""
    return s.replace("«", "„").replace("»", "“") if "«" in s else s


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s[0].islower() else s


# --- Lazy template context --------------------------------------------------------------------
class _Ctx(dict):
    """Template values drawn on first use, so a template only pays for the keys it names.

    Values come from ``r`` in the order the template asks for them, so output is deterministic.
    Related keys (a person's cases and verb endings) are filled together.
    """

    __slots__ = ("r",)

    def __init__(self, r: random.Random) -> None:
        super().__init__()
        self.r = r

    def __missing__(self, key: str) -> str:
        v = _FILL[key](self)
        if v is None:
            return dict.__getitem__(self, key)
        self[key] = v
        return v


def _f_person(c: _Ctx) -> None:
    nom, gen, dat, sur, g = c.r.choice(PEOPLE)
    stem, tail = c.r.choice(VERBS)
    c.update(
        p=nom,
        pg=gen,
        pd=dat,
        ps=sur,
        a=PAST[g],
        sa=REFL[g],
        res=("житель", "жительница")[g],
        v=stem + PAST[g] + tail,
    )


def _f_role(c: _Ctx) -> None:
    c["r"], c["rg"] = c.r.choice(ROLES)


def _f_org(c: _Ctx) -> None:
    nom, gen, loc, g = c.r.choice(ORGS)
    c.update(o=nom, og=gen, op=loc, oe=PAST[g])


def _f_corg(c: _Ctx) -> None:
    nom, gen, _, _ = c.r.choice(ORGS)
    c.update(co=nom, cog=gen)


def _f_outlet(c: _Ctx) -> None:
    nom, gen, dat, pl = c.r.choice(OUTLETS)
    c.update(
        u=nom,
        ug=gen,
        ud=dat,
        us="сообщают" if pl else "сообщает",
        uw="пишут" if pl else "пишет",
        ut="передают" if pl else "передает",
    )


def _f_topic(c: _Ctx) -> None:
    nom, gen, dat, acc, loc = c.r.choice(TOPICS)
    c.update(t=nom, tg=gen, td=dat, ta=acc, tp=loc)


def _f_thing(c: _Ctx) -> None:
    nom, gen, acc, g = c.r.choice(THINGS)
    c.update(x=nom, xg=gen, xa=acc, xe=PAST[g], xp=SHORT[g], xr=REFL[g])


def _f_town(c: _Ctx) -> None:
    c["pl"], c["plg"], c["plp"] = c.r.choice(TOWNS)


def _f_region(c: _Ctx) -> None:
    c["re"], c["reg"], c["rep"] = c.r.choice(REGIONS)


def _f_anon(c: _Ctx) -> None:
    nom, gen, g = c.r.choice(ANON)
    c.update(A=nom, Ag=gen, ae=PAST[g])


def _f_month(c: _Ctx) -> None:
    i = c.r.randrange(12)
    c["mo"], c["mop"] = MONTHS_GEN[i], MONTHS_LOC[i]


def _f_q2(c: _Ctx) -> None:
    s = c.r.choice(QUOTES2).format_map(c)
    end = s[-1] in "?!…"
    c["q2c"] = _nest(s) + ("»" if end else "».")
    c["q2d"] = s if end else s + "."


def _money(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"{r.randint(2, 950)} млн рублей"
    if k == 1:
        return f"{r.randint(1, 99)},{r.randrange(10)} млн рублей"
    if k == 2:
        return f"{r.randint(1, 9)},{r.randrange(10)} млрд рублей"
    return f"{_num(r.randint(120, 9_900))} тыс. рублей"


_FILL: dict[str, Callable[[_Ctx], str | None]] = {
    "r": _f_role,
    "rg": _f_role,
    "ti": lambda c: c.r.choice(TITLES),
    "c": lambda c: c.r.choice(CLAUSES).format_map(c),
    "Q": lambda c: _nest(c.r.choice(QUOTES).format_map(c)),
    "Qd": lambda c: c.r.choice(QUOTES).format_map(c),
    "q2c": _f_q2,
    "q2d": _f_q2,
    "g": lambda c: c.r.choice(VAGUE),
    "d": lambda c: c.r.choice(DAYS),
    "dt": lambda c: f"{c.r.randint(1, 28)} {c.r.choice(MONTHS_GEN)}",
    "mo": _f_month,
    "mop": _f_month,
    "m": lambda c: str(c.r.randint(2, 60)),
    "mln": lambda c: _money(c.r),
    "nd": lambda c: _count(c.r.randint(2, 45), "день", "дня", "дней"),
    "nmon": lambda c: _count(c.r.randint(2, 30), "месяц", "месяца", "месяцев"),
    "nwk": lambda c: _count(c.r.randint(2, 14), "неделю", "недели", "недель"),
    "nyears": lambda c: _count(c.r.randint(3, 35), "год", "года", "лет"),
    "nemp": lambda c: _gen_count(c.r.randint(20, 2_500), "сотрудника", "сотрудников"),
    "npg": lambda c: _gen_count(c.r.randint(20, 14_000), "человека", "человек"),
    "nobr": lambda c: _count(c.r.randint(20, 12_000), "обращение", "обращения", "обращений"),
    "nlet": lambda c: _count(c.r.randint(2, 60), "письмо", "письма", "писем"),
}
for _keys, _fn in (
    (("p", "pg", "pd", "ps", "a", "sa", "res", "v"), _f_person),
    (("o", "og", "op", "oe"), _f_org),
    (("co", "cog"), _f_corg),
    (("u", "ug", "ud", "us", "uw", "ut"), _f_outlet),
    (("t", "tg", "td", "ta", "tp"), _f_topic),
    (("x", "xg", "xa", "xe", "xp", "xr"), _f_thing),
    (("pl", "plg", "plp"), _f_town),
    (("re", "reg", "rep"), _f_region),
    (("A", "Ag", "ae"), _f_anon),
):
    for _k in _keys:
        _FILL[_k] = _fn


def _fmt(r: random.Random, tpl: str) -> str:
    return _cap(tpl.format_map(_Ctx(r)))


def _name(r: random.Random) -> str:
    return r.choice(PEOPLE)[0]


# --- Sentences and paragraphs -----------------------------------------------------------------
def sentence(r: random.Random) -> str:
    (tpl,) = r.choices(_TEMPLATES, cum_weights=_CUM)
    return _fmt(r, tpl)


def paragraph(r: random.Random, lo: int = 1, hi: int = 4) -> str:
    return " ".join(sentence(r) for _ in range(r.randint(lo, hi)))


def long_quote(r: random.Random) -> str:
    """A «ёлочки» quotation over several paragraphs: each opens a quote, only the last closes."""
    c = _Ctx(r)
    bodies = r.sample(LONG_QUOTE_BODIES, r.randint(2, 4))
    k = len(bodies)
    paras = []
    for i, tpl in enumerate(bodies):
        body = _nest(tpl.format_map(c))
        if i == 0:
            paras.append(f"«{body}, — {c['v']} {c['p']}. — Мы будем и дальше добиваться ответа.")
        elif i == k - 1:
            paras.append(f"«{body}».")
        else:
            paras.append(f"«{body}.")
    return "\n\n".join(paras)


def dialogue(r: random.Random) -> str:
    """A paragraph of dialogue-dash quotations followed by reporting."""
    return _fmt(r, "— {Qd}, — {v} {p}. — {q2d}") + "\n\n" + paragraph(r, 1, 2)


def _body(
    r: random.Random, parts: list[str], size: int, quotes: int = 6, dialogues: int = 10
) -> None:
    """Append paragraphs until ``parts`` reach ``size`` bytes: one in ``quotes`` is a long
    quotation and one in ``dialogues`` of the rest opens with a dialogue-dash quotation."""
    n = sum(len(p.encode()) + 2 for p in parts)
    while n < size:
        if r.randrange(quotes) == 0:
            p = long_quote(r)
        elif r.randrange(dialogues) == 0:
            p = dialogue(r)
        else:
            p = paragraph(r)
        parts.append(p)
        n += len(p.encode()) + 2


def _target(r: random.Random) -> int:
    """Article size in UTF-8 bytes."""
    u = r.random()
    if u < 0.2:
        return r.randint(600, 1_500)  # brief
    if u < 0.72:
        return r.randint(1_500, 3_400)  # standard story
    if u < 0.96:
        return r.randint(3_400, 7_200)  # long story
    return r.randint(10_000, 22_000)  # long read


def _dateline(r: random.Random) -> str:
    town = r.choice(TOWNS)[0]
    dt = f"{r.randint(1, 28)} {r.choice(MONTHS_GEN)}"
    k = r.randrange(4)
    if k == 0:
        return f"{town.upper()}, {dt}. /ТАСС/. "
    if k == 1:
        return f"{town.upper()}, {dt}. /Корр. ТАСС {_name(r)}/. "
    if k == 2:
        return f"{town.upper()}, {dt} — РИА Новости. "
    return f"{town}. {dt}. ИНТЕРФАКС — "


def _photo(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"Фото: {_name(r)} / {r.choice(PHOTO_AGENCIES)}"
    if k == 1:
        return f"Фото: пресс-служба {r.choice(ORGS)[1]}"
    if k == 2:
        return f"Фото: личный архив {r.choice(PEOPLE)[1]}"
    return "Фото: из открытых источников"


def _wire(r: random.Random, size: int) -> list[str]:
    headline = r.choice(
        (
            "{o} пересмотрит {xa}",
            "{r} {ps}: {x} будет завершен{xp} до конца {mo}",
            "{plp} обсуждают {ta}",
        )
    )
    parts = [_fmt(r, headline), _dateline(r) + paragraph(r, 1, 2)]
    _body(r, parts, size)
    return parts


def _feature(r: random.Random, size: int) -> list[str]:
    c = _Ctx(r)
    title = "Долгое ожидание: как {pl} живет без {xg}".format_map(c)
    parts = [title, f"Автор: {_name(r)}", _photo(r), paragraph(r)]
    _body(r, parts, size, quotes=3, dialogues=3)
    return parts


def _relay(r: random.Random, size: int) -> list[str]:
    parts = [
        _fmt(r, "Что известно о {tp}"),
        f"Автор: {_name(r)}, корреспондент отдела политики",
    ]
    n = sum(len(p.encode()) for p in parts)
    while n < size:
        c = _Ctx(r)
        src = r.choice(RELAY_SOURCES)
        lead = _cap(
            f"{c['u']} со ссылкой на {src} {c['us']}, что {c['o']} готовит новый пакет мер "
            f"стоимостью {c['mln']}. "
        )
        p = lead + paragraph(r, 1, 3)
        parts.append(p)
        n += len(p.encode())
    return parts


def _anon(r: random.Random, size: int) -> list[str]:
    headline = r.choice(
        (
            "В правительстве {reg} разошлись во мнениях из-за {tg}",
            "Источники: {t} может затянуться до конца года",
            "Кулуарный спор вокруг {tg}: что говорят в администрации",
        )
    )
    parts = [_fmt(r, headline), f"Автор: {_name(r)}"]
    n = sum(len(p.encode()) for p in parts)
    while n < size:
        p = _fmt(r, "{A} сообщил{ae}, что судьба {xg} остается под вопросом. ") + paragraph(r, 1, 3)
        parts.append(p)
        n += len(p.encode())
    return parts


def _live(r: random.Random, size: int) -> list[str]:
    parts = [_fmt(r, "Онлайн: {t} — главное к этому часу"), "Время московское."]
    n = sum(len(p.encode()) for p in parts)
    h, m = r.randint(6, 12), r.randrange(60)
    while n < size:
        m += r.randint(2, 25)
        h, m = h + m // 60, m % 60
        stamp = f"{h % 24:02d}:{m:02d}"
        k = r.randrange(6)
        if k == 0:
            p = f"{stamp}\nСрочно: {sentence(r)}"
        elif k == 1:
            p = f"{stamp} {sentence(r)}"
        else:
            p = f"{stamp}\n{paragraph(r, 1, 2)}"
        parts.append(p)
        n += len(p.encode())
    return parts


def _release(r: random.Random, size: int) -> list[str]:
    c = _Ctx(r)
    c["town"] = r.choice(TOWNS)[0].upper()
    c["date"] = f"{r.randint(1, 28)} {r.choice(MONTHS_GEN)}"
    c["ogq"] = _nest(c["og"])
    parts = [
        "ПРЕСС-РЕЛИЗ",
        "{o} подвел{oe} итоги: {x} завершен{xp} досрочно",
        (
            "{town}, {date} — {o} сообщил{oe} о завершении {xg} на {nwk} раньше "
            "запланированного срока."
        ),
        (
            "«Это важный день для всей команды {ogq}, — сказал{a} {p}, генеральный директор. — "
            "Мы выполнили все обещания»."
        ),
    ]
    parts = [_cap(p.format_map(c)) for p in parts]
    _body(r, parts, size, quotes=4)
    parts.append(
        f"О компании\n{_cap(c['o'])} — вымышленная организация, используемая исключительно "
        "в тестах производительности."
    )
    parts.append(
        f"Контакты для СМИ: {_name(r)}, пресс-служба, press@example.org, "
        f"+7 (000) {r.randint(100, 999)}-01-00"
    )
    parts.append(_photo(r))
    return parts


STYLES = (
    ("wire", _wire, 6),
    ("feature", _feature, 3),
    ("relay", _relay, 2),
    ("anonymous", _anon, 2),
    ("live", _live, 2),
    ("release", _release, 1),
)
_STYLE_CUM = corpus.cum_weights(STYLES)


def article(seed: int, i: int) -> tuple[str, str]:
    """Article ``i`` of corpus ``seed``: (style, text)."""
    return corpus.make_article(STYLES, _STYLE_CUM, _target, seed, i)


def articles(seed: int, n: int | None = None, start: int = 0) -> Iterator[tuple[str, str]]:
    """Articles ``start``, ``start+1``, ... (endless when ``n`` is None)."""
    return corpus.endless(article, seed, n, start)


def long_article(seed: int, size: int) -> str:
    """One wire story of at least ``size`` bytes (UTF-8), built from whole paragraphs, with the
    same mix of sentences as the corpus: for the linear-time check."""
    return corpus.grow("КЛЮЧЕГОРСК, 3 ноября. /ТАСС/. ", paragraph, long_quote, seed, size)
