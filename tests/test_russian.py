"""Russian articles: read with the bundled Russian lexicon, chosen by the text's script.

Every sentence here is invented for the test. Labels follow shared/design/labels.md.
"""

from __future__ import annotations

import pytest
import sayso


def only(text: str, scorer: sayso.Scorer | None = None) -> sayso.Claim:
    cs = (scorer or sayso.Scorer()).score(text).claims
    assert len(cs) == 1, [c.text for c in cs]
    return cs[0]


# (text, label, origin, source, via)
CASES = [
    # Subject before the verb; the institution after "в" when no subject precedes it.
    (
        "Губернатор Олег Петров заявил, что дорогу откроют в мае.",
        "named",
        "named",
        "Губернатор Олег Петров",
        [],
    ),
    ("В МЧС сообщили, что пострадавших нет.", "named", "named", "МЧС", []),
    (
        "Пострадавших нет, сообщили в пресс-службе ведомства.",
        "named",
        "named",
        "пресс-службе ведомства",
        [],
    ),
    # A prepositional phrase with no comma before the subject.
    (
        "На брифинге министр Анна Орлова заявила, что ответ последует.",
        "named",
        "named",
        "министр Анна Орлова",
        [],
    ),
    # The subject after the verb.
    ("Об этом сообщает ТАСС.", "relayed", "unknown", "ТАСС", ["ТАСС"]),
    (
        "Ранее об этом писала газета «Ведомости».",
        "relayed",
        "unknown",
        "газета Ведомости",
        ["Ведомости"],
    ),
    # A time word between "Как писал" and the outlet; the neuter past of a reporting verb.
    (
        "Как сообщала ранее «Новая газета», проверка длилась полгода.",
        "relayed",
        "unknown",
        "Новая газета",
        ["Новая газета"],
    ),
    (
        "Накануне агентство Reuters сообщало, что переговоры зашли в тупик.",
        "relayed",
        "unknown",
        "агентство Reuters",
        ["Reuters"],
    ),
    # A quoted name told something is a publication, before or after the quotation.
    (
        "Тренер Илья Сомов заявил «Спортивному вестнику», что команда готова.",
        "relayed",
        "named",
        "Тренер Илья Сомов",
        ["Спортивному вестнику"],
    ),
    (
        "«Команда готова», — сказал «Спортивному вестнику» тренер Илья Сомов.",
        "relayed",
        "named",
        "тренер Илья Сомов",
        ["Спортивному вестнику"],
    ),
    # Not a short quotation after the verb.
    (
        "Тренер Илья Сомов заявил «Нам нечего скрывать», и ушёл.",
        "named",
        "named",
        "Тренер Илья Сомов",
        [],
    ),
    # A conversation with an outlet between the verb and the speaker; a name in apposition.
    (
        "«Выводы преждевременны», — отметил в беседе с РБК кардиолог клиники Юрий Лапин.",
        "relayed",
        "named",
        "кардиолог клиники Юрий Лапин",
        ["РБК"],
    ),
    (
        "«Выводы преждевременны», — сказал ТАСС руководитель проекта, профессор Юрий Лапин.",
        "relayed",
        "named",
        "руководитель проекта, профессор Юрий Лапин",
        ["ТАСС"],
    ),
    # Neither confirming nor denying is no comment; "по версии" and "согласно" a document.
    (
        "В компании эти сведения ни подтвердили, ни опровергли.",
        "unconfirmed",
        "unconfirmed",
        "компании эти сведения",
        [],
    ),
    ("По версии обвинения, деньги ушли на счета родственников.", "named", "named", "обвинения", []),
    ("Согласно статье, тест точен в 89% случаев.", "named", "named", "статье", []),
    # "По словам X", "по данным X".
    ("По словам Петрова, ремонт займёт месяц.", "named", "named", "Петрова", []),
    ("По данным следствия, чиновник получил взятку.", "named", "named", "следствия", []),
    # Relays: told an outlet (in any case), "как сообщает X со ссылкой на Y", quoted by an outlet.
    (
        "Адвокат Мария Белова заявила «Интерфаксу», что вину её клиент не признаёт.",
        "relayed",
        "named",
        "Адвокат Мария Белова",
        ["Интерфакс"],
    ),
    (
        "Источник в правительстве сообщил агентству Reuters, что встреча отменена.",
        "relayed",
        "anonymous",
        "Источник в правительстве",
        ["Reuters"],
    ),
    (
        "Как сообщает ТАСС со ссылкой на источник в полиции, при обыске изъяли деньги.",
        "relayed",
        "anonymous",
        "источник в полиции",
        ["ТАСС"],
    ),
    (
        "«Мы не спешим и будем ждать решения суда», — цитирует «Интерфакс» директора завода Игоря Лебедева.",
        "relayed",
        "named",
        "директора завода Игоря Лебедева",
        ["Интерфакс"],
    ),
    # A listener between the verb and the speaker: an outlet relays, the publisher does not.
    (
        "Встреча отменена, сообщил ТАСС источник в правительстве.",
        "relayed",
        "anonymous",
        "источник в правительстве",
        ["ТАСС"],
    ),
    (
        "Встреча отменена, рассказал нашему изданию источник в правительстве.",
        "anonymous",
        "anonymous",
        "источник в правительстве",
        [],
    ),
    # A document speaks ("говорится в"); a place between the verb and its speaker; a channel
    # or a possessive phrase inside the subject chunk is not part of the source.
    (
        "Ставка сохранена, говорится в пресс-релизе регулятора.",
        "named",
        "named",
        "пресс-релизе регулятора",
        [],
    ),
    (
        "«Мы видим признаки охлаждения экономики», — сказал на пресс-конференции замминистра Андрей Ветров.",
        "named",
        "named",
        "замминистра Андрей Ветров",
        [],
    ),
    (
        "Минфин в своём комментарии указал, что бюджет сбалансирован.",
        "named",
        "named",
        "Минфин",
        [],
    ),
    (
        "Замминистра Игорь Савельев в интервью телеканалу РБК пояснил, что дефицит снизится.",
        "relayed",
        "named",
        "Замминистра Игорь Савельев",
        ["РБК"],
    ),
    # The publisher's own correspondent in a relative clause; "следует из" a document.
    (
        "Врачи поликлиник, с которыми поговорил наш корреспондент, отмечают, что очереди выросли.",
        "anonymous",
        "anonymous",
        "Врачи поликлиник",
        [],
    ),
    (
        "Выручка выросла на 62%, следует из отчётности компании.",
        "named",
        "named",
        "отчётности компании",
        [],
    ),
    # An outlet inside an anonymous description relays it; one's own channel is no listener;
    # silence inside what someone said is their content.
    (
        "По информации источников ТАСС, переговоры продолжатся.",
        "relayed",
        "anonymous",
        "источников ТАСС",
        ["ТАСС"],
    ),
    (
        "Губернатор сообщил в своём Telegram-канале, что пострадавших нет.",
        "named",
        "named",
        "Губернатор",
        [],
    ),
    (
        "Песков заявил журналистам, что Кремль не комментирует слухи.",
        "named",
        "named",
        "Песков",
        [],
    ),
    # A press office in the opening phrase; an outlet noun as the listener.
    (
        "В пресс-службе министерства заявили «РИА Новости», что проверка идёт.",
        "relayed",
        "named",
        "пресс-службе министерства",
        ["РИА Новости"],
    ),
    (
        "Между тем исследование, опубликованное в журнале The Lancet, показало, что вакцина работает.",
        "named",
        "named",
        "исследование",
        [],
    ),
    # Anonymity, generic collectives, silence, hearsay.
    (
        "Источник, пожелавший остаться неназванным, сообщил, что сделка сорвалась.",
        "anonymous",
        "anonymous",
        "Источник",
        [],
    ),
    ("Эксперты полагают, что цены вырастут.", "unconfirmed", "unconfirmed", "Эксперты", []),
    ("В компании от комментариев отказались.", "unconfirmed", "unconfirmed", "компании", []),
    (
        "По неподтверждённым данным, задержан и его заместитель.",
        "unconfirmed",
        "unconfirmed",
        None,
        [],
    ),
    (
        "Местные СМИ со ссылкой на очевидцев сообщают о двух взрывах.",
        "relayed",
        "anonymous",
        "очевидцев",
        ["Местные СМИ"],
    ),
    # A refusal with its object before it, reported by an outlet: still silence.
    (
        "В министерстве комментировать эту информацию отказались, передаёт «Интерфакс».",
        "unconfirmed",
        "unconfirmed",
        "министерстве",
        [],
    ),
    # "Ряд" ("a number of") opens no name.
    (
        "Ряд военных блогеров сообщил о новых ударах.",
        "relayed",
        "unknown",
        "Ряд военных блогеров",
        ["Ряд военных блогеров"],
    ),
    # "Как сообщили в …": the place after the preposition speaks; a bare title is a source.
    (
        "Как сообщили в пресс-службе министерства, конкурс объявлен 10 февраля.",
        "named",
        "named",
        "пресс-службе министерства",
        [],
    ),
    ("Как заявил министр, пожар потушен.", "named", "named", "министр", []),
    # A sentence adverb before the subject ("Ранее", "Позднее") is no part of it.
    (
        "Ранее главный тренер Сергей Кудрявцев заявил журналистам, что нужен защитник.",
        "named",
        "named",
        "главный тренер Сергей Кудрявцев",
        [],
    ),
    ("По подсчётам ведомства, масло подорожало на 12%.", "named", "named", "ведомства", []),
    # A journalist citing sources relays them; "в соцсети X" is where he wrote.
    (
        (
            "Журналист Маттео Ферри, ссылаясь на свои источники, написал в соцсети X, что "
            "сделка согласована."
        ),
        "relayed",
        "anonymous",
        "свои источники",
        ["Маттео Ферри"],
    ),
    # A club's name in quotation marks inside a titled name.
    (
        "Ранее главный тренер «Торпедо» Сергей Кудрявцев заявил, что нужен защитник.",
        "named",
        "named",
        "главный тренер Торпедо Сергей Кудрявцев",
        [],
    ),
    # A domain in quotation marks is a title, not a quotation; the outlet noun opens no name.
    (
        (
            "Местный портал «Староволжск.ру» со ссылкой на бывших сотрудников пишет, что "
            "проверки шли годами."
        ),
        "relayed",
        "anonymous",
        "бывших сотрудников",
        ["Староволжск.ру"],
    ),
    # What follows "пишет, что" is content, even with a quoted name in it.
    (
        "Bloomberg со ссылкой на источники пишет, что «Облакотех» готовит IPO.",
        "relayed",
        "anonymous",
        "источники",
        ["Bloomberg"],
    ),
    # A noun before a name governs it as a genitive: the name does not stand alone.
    (
        "По данным регионального управления МЧС, пожар потушен.",
        "named",
        "named",
        "регионального управления МЧС",
        [],
    ),
    # Case files are documents ("как следует из материалов дела").
    (
        "Как следует из материалов дела, водитель выехал на встречную полосу.",
        "named",
        "named",
        "материалов дела",
        [],
    ),
]


@pytest.mark.parametrize(("text", "label", "origin", "source", "via"), CASES)
def test_russian_attribution(
    text: str, label: str, origin: str, source: str | None, via: list[str]
) -> None:
    c = only(text)
    assert (c.label, c.origin, c.source, c.via) == (label, origin, source, via)


def test_a_pronoun_inside_the_cue_resolves_to_the_earlier_speaker() -> None:
    text = (
        "Адвокат Мария Белова заявила «Интерфаксу», что её клиент невиновен.\n\n"
        "По её словам, обвинение построено на показаниях одного свидетеля."
    )
    first, second = sayso.score(text).claims
    assert (second.label, second.origin, second.via) == ("relayed", "named", ["Интерфакс"])
    assert second.source == first.source


def test_the_script_picks_the_bundle_per_article() -> None:
    ru = "Источник в правительстве сообщил ТАСС, что встреча отменена."
    en = "A source in the government told TASS that the meeting was cancelled."
    # One scorer, both languages, in one batch.
    ru_article, en_article = sayso.Scorer().score_many([ru, en], n_threads=1)
    assert (ru_article.claims[0].label, ru_article.claims[0].via) == ("relayed", ["ТАСС"])
    assert (en_article.claims[0].label, en_article.claims[0].via) == ("relayed", ["TASS"])
    # Cyrillic words in an English article do not switch it to Russian.
    mixed = "Foreign Minister Sergei Lavrov (Сергей Лавров) said the talks would resume."
    c = only(mixed)
    assert (c.label, c.cue) == ("named", "said")
    assert c.source.startswith("Foreign Minister Sergei Lavrov")


def test_a_russian_configuration_extends_the_russian_bundle() -> None:
    text = "Министр Анна Орлова проворчала, что отчёт не готов."
    assert only(text).label == "unconfirmed"
    ru = sayso.Scorer({"language": {"code": "ru"}, "cues": {"neutral": ["проворчала"]}})
    assert '"сообщил"' in ru.config_toml()
    c = only(text, ru)
    assert (c.label, c.source, c.cue) == ("named", "Министр Анна Орлова", "проворчала")


def test_an_english_configuration_still_reads_russian_articles_with_the_default_bundle() -> None:
    scorer = sayso.Scorer({"cues": {"neutral": ["quipped"]}})
    c = only("Источник в правительстве сообщил ТАСС, что встреча отменена.", scorer)
    assert (c.label, c.via) == ("relayed", ["ТАСС"])


def test_a_caption_after_a_photo_credit_is_a_claim_and_a_tass_dateline_names_the_publisher() -> (
    None
):
    text = (
        "Мост закрыли на ремонт\n\n"
        "САНКТ-ПЕТЕРБУРГ, 14 февраля. /ТАСС/. Мост закрыли на ремонт, сообщили в мэрии.\n\n"
        "Фото: пресс-служба мэрии\n\n"
        "Рабочие на мосту через Неву\n\n"
        "Источник в мэрии рассказал ТАСС, что ремонт займёт месяц."
    )
    article = sayso.score(text)
    kinds = [(n.kind, n.text) for n in article.non_claims]
    assert ("dateline", "САНКТ-ПЕТЕРБУРГ, 14 февраля. /ТАСС/.") in kinds
    assert ("caption-credit", "Фото: пресс-служба мэрии") in kinds
    caption = next(c for c in article.claims if c.text == "Рабочие на мосту через Неву")
    assert caption.label == "unconfirmed" and "caption" in caption.flags
    # Told the publisher itself: first-hand.
    last = article.claims[-1]
    assert (last.label, last.via) == ("anonymous", [])
    assert article.summary["publisher"] == "ТАСС"


@pytest.mark.parametrize(
    ("text", "label", "via"),
    [
        (
            "Компания ведёт переговоры о продаже завода.\n\nОб этом сообщает ТАСС со ссылкой на источник.",
            "relayed",
            ["ТАСС"],
        ),
        (
            "Компания ведёт переговоры о продаже завода. Ранее об этом писала газета «Ведомости».",
            "relayed",
            ["Ведомости"],
        ),
        (
            "The company is in talks to sell the plant. That is according to two people familiar with the matter.",
            "anonymous",
            [],
        ),
    ],
)
def test_a_sentence_that_names_the_source_of_the_one_before(
    text: str, label: str, via: list[str]
) -> None:
    first, second = sayso.score(text).claims
    assert (first.label, first.via, second.label, second.via) == (label, via, label, via)
    assert first.source == second.source and "carried_over" in first.flags
    # Not when the sentence before has an attribution of its own.
    own = "Министр заявил, что завод продадут. Об этом сообщает ТАСС."
    assert sayso.score(own).claims[0].source == "Министр"


def test_a_short_quotation_attributed_by_a_dash_is_a_quotation() -> None:
    text = (
        "Министр Анна Орлова выступила на форуме.\n\n«Мы продолжим работу», — сказала Анна Орлова."
    )
    last = sayso.score(text).claims[-1]
    assert (last.label, last.source) == ("named", "Анна Орлова")
    assert "direct_quote" in last.flags


def test_a_bare_outlet_noun_between_verb_and_speaker_is_the_listener() -> None:
    text = (
        "Сделку обсуждают два банка, пишет РБК.\n\nЭто подтвердил изданию представитель компании."
    )
    last = sayso.score(text).claims[-1]
    assert (last.label, last.source, last.via) == ("relayed", "представитель компании", ["РБК"])


def test_a_pronoun_after_a_sentence_adverb_resolves() -> None:
    text = (
        "Директор клиники Ольга Тимофеева рассказала о результатах. При этом она "
        "подчеркнула, что речь идёт о наблюдении."
    )
    first, second = sayso.score(text).claims
    assert (second.label, second.source) == ("named", first.source)


def test_an_agency_named_in_the_dateline_is_the_publisher_not_a_relay() -> None:
    text = (
        "МОСКВА, 2 июня — РИА Новости. Завод закроют на ремонт, заявил РИА Новости директор "
        "предприятия Пётр Лунин.\n\nНа ремонт уйдёт месяц, заявил «Интерфаксу» его заместитель "
        "Ольга Лунина."
    )
    own, other = sayso.score(text).claims
    assert (own.label, own.via) == ("named", [])
    assert (other.label, other.via) == ("relayed", ["Интерфакс"])


def test_the_publisher_told_in_another_case_is_not_a_relay() -> None:
    text = (
        "ВОЛЖСК, 2 июня. /Волга-Пресс/. Мост откроют в мае, заявил «Волга-Прессу» мэр Пётр Лунин."
    )
    (claim,) = sayso.score(text).claims
    assert (claim.label, claim.source, claim.via) == ("named", "мэр Пётр Лунин", [])


def test_he_after_an_analyst_of_a_company_is_the_analyst() -> None:
    text = (
        "Прибыль упала, заявил финансовый директор банка Павел Греков.\n\n"
        "«Рынок всё учёл», — отметил аналитик инвестиционной компании «Вектор» Олег Мезин. "
        "Он также допустил, что банк проведёт допэмиссию."
    )
    *_, quote, pronoun = sayso.score(text).claims
    assert pronoun.source == quote.source
    assert "Мезин" in pronoun.source


@pytest.mark.parametrize(
    "text",
    [
        # Sources of "the publication" are those of the outlet last named.
        (
            "Как пишет газета «Вечерний курьер», завод продадут осенью. "
            "Собеседники издания называют возможного покупателя."
        ),
        # A bare source noun points back to the relayed source before it.
        (
            "По словам собеседника РБК в клубе, поводом стала ссора. "
            "Источник также утверждает, что игрок покинул базу."
        ),
    ],
)
def test_a_back_reference_to_a_relayed_source_keeps_the_relay(text: str) -> None:
    first, second = sayso.score(text).claims
    assert (second.label, second.origin, second.via) == ("relayed", "anonymous", first.via)


def test_a_press_office_after_the_listener_speaks_and_there_points_back_to_it() -> None:
    text = (
        "Суд приговорил директора к шести годам колонии, сообщили ТАСС в пресс-службе суда. "
        "Кроме того, суд обязал его возместить ущерб, уточнили там."
    )
    first, second = sayso.score(text).claims
    assert (first.source, first.via) == ("пресс-службе суда", ["ТАСС"])
    assert (second.source, second.via) == ("пресс-службе суда", ["ТАСС"])


def test_a_new_source_described_after_a_comma_is_not_a_back_reference() -> None:
    text = (
        "По словам собеседника РБК, поводом стала ссора.\n\n"
        "Источник, близкий к следствию, рассказал нашему изданию, что дело закроют."
    )
    assert sayso.score(text).claims[1].label == "anonymous"


def test_a_quoted_outlet_name_after_its_noun_is_the_outlet_speaking() -> None:
    c = only("Об этом сообщил телеграм-канал «Утечки и взломы».")
    assert (c.label, c.via) == ("relayed", ["Утечки и взломы"])


def test_information_being_established_is_unconfirmed() -> None:
    c = sayso.score("На складе произошёл пожар. Информация уточняется.").claims[-1]
    assert c.label == "unconfirmed"


def test_what_a_speaker_leaves_out_is_a_claim_of_its_own() -> None:
    text = (
        "Вице-мэр Инна Гордеева заявила, что реформа себя оправдала, "
        "но не уточнила, сколько средств сэкономил бюджет."
    )
    said, left_out = sayso.score(text).claims
    assert said.label == "named"
    assert left_out.text.startswith("но не уточнила") and left_out.label == "unconfirmed"


@pytest.mark.parametrize(
    "text",
    [
        "Нападающий пропустит шесть недель, сообщается на официальном сайте клуба.",
        "Как сообщается в официальном паблике администрации, пассажиропоток вырос на 8%.",
    ],
)
def test_where_it_is_published_names_the_source(text: str) -> None:
    (claim,) = sayso.score(text).claims
    assert (claim.label, claim.via) == ("named", [])


def test_an_unplaced_report_stays_unconfirmed() -> None:
    (claim,) = sayso.score("Сообщается, что пострадавших нет.").claims
    assert claim.label == "unconfirmed"


def test_a_role_answers_for_the_named_speaker_across_an_interview_question() -> None:
    text = (
        "Главный тренер Игорь Саввин заявил, что травма серьёзная.\n\n"
        "— Потерять Дениса сейчас очень больно, — сказал Саввин.\n\n"
        "— Будет ли клуб продавать игрока?\n\n"
        "— Это вопрос не ко мне, — ответил тренер."
    )
    claims = sayso.score(text).claims
    # The question between is no claim; the answer is the coach's.
    assert [c.label for c in claims] == ["named", "named", "named"]
    assert claims[-1].text.endswith("ответил тренер.")


def test_a_speaker_after_a_multiword_outlet_in_an_interview_phrase() -> None:
    text = "В интервью РИА Новости Оршанский также назвал это ошибкой."
    (claim,) = sayso.score(text).claims
    assert (claim.label, claim.source, claim.via) == ("relayed", "Оршанский", ["РИА Новости"])
