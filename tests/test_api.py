"""Behaviour of the public Python API that users rely on.

Every sentence here is invented for the test. Labels follow shared/design/labels.md.
"""

from __future__ import annotations

import copy
import gc
import json
import pickle
import random

import pytest
import sayso

LABELS = {"named", "anonymous", "relayed", "unconfirmed"}
ORIGINS = {"named", "anonymous", "unknown", "unconfirmed"}


def claims(text: str, **kw: object) -> list[sayso.Claim]:
    return sayso.score(text, **kw).claims


def only(text: str, **kw: object) -> sayso.Claim:
    cs = claims(text, **kw)
    assert len(cs) == 1, [c.text for c in cs]
    return cs[0]


def check_offsets(text: str, article: sayso.Article) -> None:
    """Every offset the package hands out is a Python str index into `text`."""
    assert article.text == text
    prev_end = 0
    for c in article.claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert c.start >= prev_end, "claims overlap or are out of order"
        prev_end = c.end
        for span in (c.source_span, c.cue_span, *(r.span for r in c.reasons)):
            if span is not None:
                assert 0 <= span[0] <= span[1] <= len(text)
        if c.cue is not None and c.cue_span is not None:
            assert text[c.cue_span[0] : c.cue_span[1]] == c.cue
    for n in article.non_claims:
        assert 0 <= n.start <= n.end <= len(text)
        assert text[n.start : n.end] == n.text


# --- offsets -------------------------------------------------------------------------------


def test_offsets_are_str_indices_on_non_ascii_text() -> None:
    text = (
        "Мэр Ирина Котова 🙂 said the “new” bridge over the Dnipro would open on Friday. "
        "“It is safe,” the mayor told reporters. “We checked every bolt 👷.” "
        "Ukrainian media, citing a source in the city council, reported that costs had doubled."
    )
    article = sayso.score(text)
    assert article.claims
    check_offsets(text, article)
    first = article.claims[0]
    assert first.text.startswith("Мэр Ирина Котова 🙂 said")
    assert first.source is not None and first.source_span is not None
    assert text[first.source_span[0] : first.source_span[1]] == first.source


def test_offsets_after_astral_emoji_and_combining_marks() -> None:
    prefix = "Owners of the Cafe\u0301 “réunion” 🇺🇦👩‍👩‍👧 met on Friday. "
    text = prefix + "The minister said the bridge would reopen. Experts say it will not."
    article = sayso.score(text)
    check_offsets(text, article)
    assert any(c.text.startswith("The minister said") for c in article.claims)


_FRAGMENTS = [
    "The minister said",
    " a senior official told Reuters",
    " according to the ministry",
    ", citing a source,",
    " reportedly",
    " experts say",
    " the bridge is safe",
    ".",
    ". ",
    "?",
    "…",
    " “",
    "”",
    " «",
    "»",
    " „",
    "“",
    "‘",
    "’",
    '"',
    "'",
    "\n",
    "\n\n",
    "\r\n",
    "\0",
    " 🙂",
    "👩‍👩‍👧",
    "🇺🇦",
    "e\u0301",
    "\u0301",
    " Мост закрыт",
    " сказал",
    " 北京",
    " U.S.",
    " Mr.",
    " (Reuters) -",
    "By Ann Lee",
    " ",
    "\t",
]


def test_offsets_on_random_text() -> None:
    rng = random.Random(20261128)
    for _ in range(300):
        text = "".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(0, 40)))
        check_offsets(text, sayso.score(text))


# --- the four labels -----------------------------------------------------------------------


def test_named() -> None:
    c = only("The minister said the bridge would reopen on Monday.")
    assert c.label == "named"
    assert c.origin == "named"
    assert c.source is not None and "minister" in c.source.lower()
    assert c.cue == "said"
    assert c.via == []


def test_anonymous() -> None:
    c = only("A senior official, who asked not to be named, said the talks had collapsed.")
    assert c.label == "anonymous"
    assert c.origin == "anonymous"
    assert c.source is not None and "official" in c.source
    assert c.via == []


def test_relayed_told_an_outlet() -> None:
    c = only("A senior official told Reuters the talks had collapsed.")
    assert c.label == "relayed"
    assert c.origin == "anonymous"
    assert c.via == ["Reuters"]
    assert c.source is not None and "official" in c.source


def test_relayed_citing_keeps_origin_and_via() -> None:
    c = only("Ukrainian media, citing a source, reported that the talks had collapsed.")
    assert c.label == "relayed"
    assert c.origin == "anonymous"
    assert c.via == ["Ukrainian media"]
    # `source` is who originally said it, as written; the outlet is in `via`.
    assert c.source is not None and "source" in c.source


@pytest.mark.parametrize(
    ("subject", "label", "origin"),
    [
        ("senior officials", "anonymous", "anonymous"),
        ("industry sources", "anonymous", "anonymous"),
        ("opposition lawmakers", "anonymous", "anonymous"),
        ("maintenance records", "named", "named"),
        ("state television", "relayed", "unknown"),
    ],
)
def test_trailing_source_with_lower_case_modifiers(subject: str, label: str, origin: str) -> None:
    # A modifier before a known source noun is still the source: not the sentence's opening
    # noun phrase ("The convoy").
    c = only(f"The convoy was attacked near the border, {subject} said.")
    assert (c.label, c.origin, c.source) == (label, origin, subject)


def test_state_media_is_not_a_verb() -> None:
    c = only("The convoy was attacked near the border, state media reported.")
    assert c.label == "relayed"
    assert c.via == ["state media"]
    assert c.cue == "reported"


def test_what_an_outlet_cites_is_its_origin_even_as_a_bare_noun() -> None:
    c = only("Radio Kestra, citing local fishermen, reported that bodies washed ashore.")
    assert (c.label, c.origin, c.source) == ("relayed", "anonymous", "local fishermen")
    c = only("RTE is reporting, citing gardai, that a woman was taken to hospital.")
    assert (c.label, c.origin, c.source) == ("relayed", "named", "gardai")
    # A reason given by a company is not an origin: no outlet, no relay.
    c = only("Kestrel cut its forecast, citing weaker demand.")
    assert c.via == []


@pytest.mark.parametrize(
    ("text", "source", "origin", "via"),
    [
        (
            "Bloomberg, citing port data, reported that bean arrivals fell 9%.",
            "port data",
            "named",
            ["Bloomberg"],
        ),
        (
            "The Nikkei reported on Monday, citing industry sources, that output was cut.",
            "industry sources",
            "anonymous",
            ["Nikkei"],
        ),
        (
            "The talks stalled, diplomatic sources told Reuters.",
            "diplomatic sources",
            "anonymous",
            ["Reuters"],
        ),
    ],
)
def test_relay_origins_with_bare_noun_phrases(
    text: str, source: str, origin: str, via: list[str]
) -> None:
    c = only(text)
    assert (c.label, c.source, c.origin, c.via) == ("relayed", source, origin, via)


def test_a_name_and_its_role_are_still_joined() -> None:
    # Before the verb the name stands alone, but its role still counts: no "named without a
    # position" deduction, as a bare name gets.
    c = only("Ada Ruiz, the mayor of Kestra, said the bridge would reopen.")
    bare = only("Ada Ruiz said the bridge would reopen.")
    assert (c.label, c.source) == ("named", "Ada Ruiz")
    assert c.score > bare.score
    assert "M.NAMED.NO_ROLE" in [r.rule for r in bare.reasons]
    assert "M.NAMED.NO_ROLE" not in [r.rule for r in c.reasons]
    c = only("Ruiz, chief executive of Kestra Rail, said the bridge would reopen.")
    assert (c.label, c.source) == ("named", "Ruiz")
    c = only("The company's finance director, Mark Lee, said revenue fell.")
    assert c.source == "The company's finance director, Mark Lee"
    # After the content too: "..., Jane Doe, the chief executive, said".
    c = only("Revenue is expected to fall, Jane Doe, the chief executive, said.")
    assert (c.source, c.score) == (
        "Jane Doe",
        only("Jane Doe, the chief executive, said so.").score,
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Revenue fell 5%, finance director Mark Lee said.", "finance director Mark Lee"),
        ("Revenue fell 5%, CFO Mark Lee told analysts.", "CFO Mark Lee"),
        ("The talks stalled, Mark Lee said.", "Mark Lee"),
    ],
)
def test_a_clause_is_not_joined_to_the_speaker(text: str, source: str) -> None:
    c = only(text)
    assert (c.label, c.source) == ("named", source)


@pytest.mark.parametrize(
    ("text", "label", "source"),
    [
        # The modal belongs to the content, not to the verb: still a report.
        ("The bill will fail, said one aide.", "anonymous", "one aide"),
        ("The bill will fail, said Maria Cantwell.", "named", "Maria Cantwell"),
        # An abbreviated title does not end the speaker's name.
        ("The bill will fail, said Sen. Maria Cantwell, D-Wash.", "named", "Sen. Maria Cantwell"),
    ],
)
def test_inverted_attribution_after_a_clause(text: str, label: str, source: str) -> None:
    c = only(text)
    assert (c.label, c.source, c.cue) == (label, source, "said")


def test_a_modal_next_to_the_verb_is_still_a_plan() -> None:
    assert only("The minister will say more on Monday.").label == "unconfirmed"


@pytest.mark.parametrize(
    ("outlet", "label", "via"),
    [
        ("Financial Times", "relayed", ["The Guardian"]),
        ("The Guardian", "named", []),
        # With no publisher given, the one outlet that saw the papers is taken for it.
        (None, "named", []),
    ],
)
def test_documents_an_outlet_obtained_are_the_origin(
    outlet: str | None, label: str, via: list[str]
) -> None:
    # The emails are the origin; the outlet that obtained them is a relay, unless it is the
    # publisher itself.
    c = only("Emails obtained by The Guardian show the minister knew.", outlet=outlet)
    assert (c.label, c.origin, c.via) == (label, "named", via)


def test_documents_seen_by_this_newspaper_are_first_hand() -> None:
    c = only("According to documents seen by this newspaper, the firm spent 5,000 crowns.")
    assert (c.label, c.origin, c.via) == ("named", "named", [])


def test_he_and_she_do_not_resolve_to_a_group() -> None:
    text = (
        "Prosecutor Ann Lee said the case was closed. "
        "Lawyers for the family said they would appeal. "
        '"We will fight," she said.'
    )
    assert claims(text)[-1].source == "Prosecutor Ann Lee"
    text = (
        "The fee is about £40m, according to sources close to the club.\n\n"
        '"I do not talk about other players," he told a news conference.'
    )
    last = claims(text)[-1]
    assert last.source != "sources close to the club"
    assert last.label != "anonymous"


def test_he_and_she_skip_institutions_and_documents() -> None:
    text = (
        "Mayor Ines Toft said the bridge would reopen. "
        "The ministry said repairs would cost £2m. "
        '"We are nearly there," she said.'
    )
    assert claims(text)[-1].source == "Mayor Ines Toft"
    text = (
        "Dr Ana Reyes said the trial had ended early. "
        "The study found no benefit. "
        "She added that more work was needed."
    )
    assert claims(text)[-1].source == "Dr Ana Reyes"


def test_a_pronoun_with_its_own_channel_drops_the_antecedents_relays() -> None:
    text = (
        "Mayor Ines Toft told the Associated Press the bridge would reopen. "
        "She later told The Times she regretted the delay."
    )
    last = claims(text)[-1]
    assert (last.label, last.via) == ("relayed", ["The Times"])


def test_he_and_she_point_back_to_a_person_who_declined_not_to_an_outlet() -> None:
    text = (
        "The Daily Telegraph says the agent met club officials in London.\n\n"
        "Coach Mia Lund refused to be drawn on the speculation on Friday.\n\n"
        '"I don\'t talk about players at other clubs," she said.'
    )
    telegraph, declined, quote = claims(text)
    assert (telegraph.label, declined.label) == ("relayed", "unconfirmed")
    assert (quote.label, quote.source, quote.via) == ("named", "Coach Mia Lund", [])
    # An anonymous back-reference still skips who declined.
    text = (
        "A senior official said the deal was off. The ministry declined to comment. "
        "The official added that talks could resume."
    )
    assert claims(text)[-1].label == "anonymous"


def test_the_subject_of_a_cue_in_a_subordinate_clause() -> None:
    c = only("Shares in Norvane fell 5% after the company said profits would drop.")
    assert (c.label, c.source) == ("named", "the company")
    # A pronoun there stands for the main subject: no cut.
    c = only("Agent Rui Paz stirred the rumours when he posted a photograph online.")
    assert c.source == "Agent Rui Paz"


def test_a_spokesperson_for_an_outlet_speaks_first_hand() -> None:
    c = only("A spokesman for The New York Times said the paper had not been contacted.")
    assert (c.label, c.via) == ("named", [])
    c = only("The BBC's director general said the corporation would cooperate.")
    assert (c.label, c.via) == ("named", [])
    # The outlet itself is still a relay, and so is an outlet that quotes the role.
    assert only("The New York Times reported that talks had stalled.").label == "relayed"
    c = only("TASS quoted the spokesman for the ministry as saying the talks were over.")
    assert (c.label, c.via) == ("relayed", ["TASS"])


def test_a_journalist_relays_for_the_outlet_they_write_for() -> None:
    c = only("Reuters correspondent Jane Doe reported that the town had fallen.")
    assert (c.label, c.via) == ("relayed", ["Reuters"])
    c = only("Journalist Ivan Petrov wrote that the bridge was hit.")
    assert (c.label, c.via) == ("relayed", ["Ivan Petrov"])


def test_an_unclosed_quotation_ends_at_a_comma_and_reporting_verb() -> None:
    text = (
        "Ukrainska Pravda, citing its own sources, reported that missiles were used.\n\n"
        '"This is a new tactic. They are testing us, says military analyst Pavlo Lakiychuk.'
    )
    last = claims(text)[-1]
    assert (last.label, last.source, last.cue) == (
        "named",
        "military analyst Pavlo Lakiychuk",
        "says",
    )


def test_a_source_phrase_has_no_stray_quotation_mark() -> None:
    c = only('According to the monitoring channel "Nikolaevsky Vanek", drones flew west.')
    assert c.source == "the monitoring channel Nikolaevsky Vanek"


def test_the_subject_is_the_opening_phrase_before_a_described_thing() -> None:
    c = only(
        "The chief executive of Lumen Forge, the studio behind the game, announced on "
        "Thursday that it would cut 80 jobs in a post that drew thousands of angry replies."
    )
    assert (c.source, c.cue) == ("The chief executive of Lumen Forge", "announced")
    # A trailing attribution keeps its own subject.
    c = only("The inquiry opened in 2022, the Hertfordshire Advertiser reported at the time.")
    assert c.source == "the Hertfordshire Advertiser"


def test_an_agency_that_is_an_institution_is_not_an_outlet() -> None:
    c = only("The European Space Agency said the probe was healthy.")
    assert (c.label, c.via) == ("named", [])
    text = "The state news agency said 12 people were hurt. The agency said work continued."
    assert claims(text)[-1].label == "relayed"


def test_according_to_him_or_her_resolves_to_the_earlier_source() -> None:
    text = (
        "A senior security official told the Kyiv Independent that the strike hit a depot. "
        "According to him, at least 30 soldiers were killed."
    )
    last = claims(text)[-1]
    assert (last.label, last.origin, last.via) == (
        "relayed",
        "anonymous",
        ["The Kyiv Independent"],
    )
    text = "Mayor Ines Toft spoke to reporters. According to her, the bridge is safe."
    assert claims(text)[-1].source == "Mayor Ines Toft"
    # "her" before a noun is still a possessive.
    assert only("Her lawyer said the client would appeal.").source == "Her lawyer"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Her barrister, Helen Osei KC, said her client accepted that mistakes were made.",
            "Her barrister, Helen Osei KC",
        ),
        (
            "Designer Tomas Berg reposted the message, adding: 'Nobody saw this coming.'",
            "Designer Tomas Berg",
        ),
    ],
)
def test_a_verb_after_a_comma_that_introduces_content_is_not_inverted(
    text: str, source: str
) -> None:
    assert only(text).source == source


def test_a_citing_object_stops_at_a_relative_clause() -> None:
    c = only(
        "The Columbus Dispatch reported that the detector had logged 19 alerts, citing "
        "maintenance records it obtained through a public records request."
    )
    assert (c.label, c.origin, c.source) == ("relayed", "named", "maintenance records")


def test_a_name_with_age_and_place_is_the_subject() -> None:
    c = only("Carol Brennan, 58, of St. Albans, Hertfordshire, denies 11 counts of fraud.")
    assert (c.label, c.source) == ("named", "Carol Brennan")
    assert only("John Obi, 41, said he was innocent.").source == "John Obi"
    # A count before a source noun is still an inverted speaker.
    assert only('"The deal is dead," said two officials.').source == "two officials"


def test_according_to_keeps_a_name_with_a_joiner_in_apposition() -> None:
    # The organisation's name stands alone, joiner and all; its description goes.
    c = only("One in 10 posts is empty, according to the workforce body, Skills for Care.")
    assert c.source == "Skills for Care"


def test_a_past_tense_verb_after_a_name_ends_the_subject() -> None:
    c = only("Designer Tomas Berg shared the post, adding: 'Nobody saw this coming.'")
    assert c.source == "Designer Tomas Berg"
    # A lower-case noun after a capitalised modifier stays in the phrase.
    assert only("Kyiv residents said the night was calm.").source == "Kyiv residents"


# Label and source of one-claim texts: (text, label, source).
LABELS_AND_SOURCES = [
    # A generic group is no identifiable source, however it is modified...
    ("Farmers warn that prices will rise.", "unconfirmed", "Farmers"),
    ("Local shopkeepers fear the loss of parking.", "unconfirmed", "Local shopkeepers"),
    # ...but people counted are particular people, kept unnamed.
    ("Two economists said the bank would cut rates.", "anonymous", "Two economists"),
    ("Some economists said the bank would cut rates.", "unconfirmed", "Some economists"),
    # A statement that "read:", a study's authors, a lead author with an affiliation.
    ('A statement from the club read: "We wish him well."', "named", "A statement from the club"),
    ("Risk rose by a fifth, the authors found.", "named", "the authors"),
    (
        '"The findings are clear," said lead author Amira Hassan of Imperial College London.',
        "named",
        "lead author Amira Hassan of Imperial College London",
    ),
    # Cautions from a vague group, and silence with an adverb inside.
    ("Other scientists cautioned that the study was small.", "unconfirmed", "Other scientists"),
    ("Ukrainian officials have not publicly commented.", "unconfirmed", "Ukrainian officials"),
    # A passive reporting verb without "by" names no speaker; the fronted outlet does.
    (
        "According to the news outlet Suspilne, explosions were heard in Kursk.",
        "relayed",
        "Suspilne",
    ),
    ("Explosions were heard in the city overnight.", "unconfirmed", None),
    # A continuation's speaker comes before it, never after.
    ("Ukraine has stepped up attacks, saying they fuel the war.", "named", "Ukraine"),
    # An organisation names the group; a quantified group stays generic, named or not.
    (
        "Analysts at Barrow Finch said the review could take months.",
        "named",
        "Analysts at Barrow Finch",
    ),
    ("Some Democrats worry the order could ground drones.", "unconfirmed", "Some Democrats"),
    ("The researchers found that walking helped.", "named", "The researchers"),
    # A journal is where a study appeared, not a relay; a newspaper's report is a relay.
    (
        "Walking helps, according to a study published in the Journal of Metabolic Health.",
        "named",
        "a study published in the Journal of Metabolic Health",
    ),
    (
        "Walking helps, according to a report in the Financial Times.",
        "relayed",
        "a report in the Financial Times",
    ),
    # A capitalised modifier of a lower-case noun is no outlet name; "X's state" is no verb.
    ("Independent experts welcomed the findings.", "unconfirmed", "Independent experts"),
    ("Chile's state development agency must approve the sale.", "unconfirmed", None),
    # Hearsay as a subject names no source.
    ("Reports in Spain claim a rival club has asked about the player.", "unconfirmed", "Reports"),
    # An unnamed source keeps what describes it: a place, a body, a role, a restrictive clause;
    # not a time, a channel or the clause that explains the anonymity.
    (
        "A Western diplomat in Lagos said talks had stalled.",
        "anonymous",
        "A Western diplomat in Lagos",
    ),
    ("A diplomat on Monday said talks had stalled.", "anonymous", "A diplomat"),
    ("A diplomat in private said talks had stalled.", "anonymous", "A diplomat"),
    (
        "A person involved in the negotiations said the deal was close.",
        "anonymous",
        "A person involved in the negotiations",
    ),
    (
        (
            "A nurse who has worked on the ward for a decade, and who asked not to be named, "
            "said staffing was thin."
        ),
        "anonymous",
        "A nurse who has worked on the ward for a decade",
    ),
    (
        "A nurse who asked not to be named said staffing was thin.",
        "anonymous",
        "A nurse",
    ),
    # An organisation's name stands without the noun that describes it; a person keeps a title,
    # and a quoted name keeps what introduces it.
    ("Trade union Unite said the offer was too low.", "named", "Unite"),
    ("Danish broadcaster DR reported that the talks had failed.", "relayed", "DR"),
    (
        "Transport minister Ola Berg said the line would reopen.",
        "named",
        "Transport minister Ola Berg",
    ),
    # A named member of a collective speaks for it; an unnamed one does not.
    (
        "Critics, including the campaign group the Fair Tax Forum, argue the audit is weak.",
        "named",
        "the Fair Tax Forum",
    ),
    ("Critics, including some economists, argue the audit is weak.", "unconfirmed", "Critics"),
    # An estimate is a statement.
    ("The charity Sea Watch puts the toll at more than 300.", "named", "Sea Watch"),
    # A relative is a private person, unnamed: anonymous even as "her son".
    ("Her son said she no longer opened the door.", "anonymous", "Her son"),
    # An account's handle names it.
    ("A user posting as @quietkettle claimed the lock had failed.", "named", "@quietkettle"),
    # "has not yet said" is silence.
    ("The operator has not yet said when power will return.", "unconfirmed", "The operator"),
    # A thing after an inverted verb is no speaker.
    (
        "Pellworth Foods, the maker of Brae soups, reported a 38% fall in profit on Tuesday.",
        "named",
        "Pellworth Foods",
    ),
    # An unknown paper is an outlet by its name part.
    (
        "The Kellshire Star reports that police have questioned campers.",
        "relayed",
        "The Kellshire Star",
    ),
    # A verb cue after an article, a possessive or a preposition is a noun.
    (
        "Two officials at state utility Eskom told Reuters the outage would last days.",
        "relayed",
        "Two officials at state utility Eskom",
    ),
    # A concession with "that" is a statement ("accepted the offer" is not).
    ("Under cross-examination, Ms Doyle accepted that she had never met him.", "named", "Ms Doyle"),
    # A verb coordinated with the clause's own verb shares its subject.
    ("The company cut its forecast and said costs would rise.", "named", "The company"),
    ("Harlow Foods closed two plants and said demand had slumped.", "named", "Harlow Foods"),
    # A short role and a name, then a description opened by "a".
    (
        "Water levels were falling, river warden Tomas Berg, a hydrologist at the university, said.",
        "named",
        "river warden Tomas Berg, a hydrologist at the university",
    ),
    # An outlet noun between capitalised words keeps the name going.
    (
        "Trade weekly Forge Review, citing two executives, reported that the merger was off.",
        "relayed",
        "two executives",
    ),
]


@pytest.mark.parametrize(("text", "label", "source"), LABELS_AND_SOURCES)
def test_label_and_source(text: str, label: str, source: str | None) -> None:
    c = only(text)
    assert (c.label, c.source) == (label, source)


def test_the_object_of_told_ends_where_the_reported_clause_begins() -> None:
    c = only("Several residents told the paper the road was dangerous.")
    assert (c.label, c.origin, c.via) == ("relayed", "anonymous", ["the paper"])
    # A capitalised article opens an outlet's name and stays in it.
    c = only("The ministry told the Banjul newspaper The Standard that two men were held.")
    assert (c.label, c.via) == ("relayed", ["The Standard"])


# Relays: (text, origin, source, via); every row is labelled "relayed".
RELAYS = [
    # "quoted X as saying": the outlet relays X, named in apposition; "as saying" is no frame
    # of its own.
    (
        "Reuters later quoted the country's president, Ana Voss, as saying the talks would go on.",
        "named",
        "the country's president, Ana Voss",
        ["Reuters"],
    ),
    # A blog is an outlet.
    (
        "According to the tech blog GadgetHound, a similar fault hit devices in March.",
        "unknown",
        "GadgetHound",
        ["GadgetHound"],
    ),
    # A fronted citing phrase is the origin behind the outlet.
    (
        "Citing two officials, Axios reported that the bill would be vetoed.",
        "anonymous",
        "two officials",
        ["Axios"],
    ),
    # According to a source quoted by an outlet.
    (
        "The bill will fail, according to a Senate aide quoted by Politico.",
        "anonymous",
        "a Senate aide",
        ["Politico"],
    ),
    # The subject of an outlet's content is the origin.
    (
        "Bloomberg reported that two people familiar with the matter said talks collapsed.",
        "anonymous",
        "two people familiar with the matter",
        ["Bloomberg"],
    ),
    (
        "The newspaper Kurier reported that a senior official had described the plan as dead.",
        "anonymous",
        "a senior official",
        ["Kurier"],
    ),
    # What an outlet has seen is the document behind it.
    (
        (
            "According to the Ashby Gazette, which has seen a copy of the bid, "
            "the trust has pledged 2 million pounds."
        ),
        "named",
        "a copy of the bid",
        ["Ashby Gazette"],
    ),
]


@pytest.mark.parametrize(("text", "origin", "source", "via"), RELAYS)
def test_relay_origin_source_and_via(text: str, origin: str, source: str, via: list[str]) -> None:
    c = only(text)
    assert (c.label, c.origin, c.source, c.via) == ("relayed", origin, source, via)


def test_an_outlet_without_a_document_has_an_unknown_origin() -> None:
    c = only("According to the Ashby Gazette, the trust has pledged 2 million pounds.")
    assert (c.label, c.origin) == ("relayed", "unknown")


def test_a_possessive_role_names_one_person() -> None:
    # "his lawyer" picks out one person: named, like "the chief executive of X".
    c = only("His lawyer said the client does not admit guilt.")
    assert (c.label, c.origin) == ("named", "named")
    c = only("A lawyer for the family said the client does not admit guilt.")
    assert c.label == "anonymous"


def test_a_number_continues_an_outlet_name() -> None:
    c = only("The cabinet approved the deal, Israel's Channel 12 reported.")
    assert (c.label, c.via) == ("relayed", ["Channel 12"])


@pytest.mark.parametrize(
    "text",
    [
        "Experts say the bridge is unsafe.",
        "The bridge was reportedly closed on Sunday.",
        "Critics argue that the bridge was never safe.",
        "The bridge will close for a month.",
        # A reporting verb under hearsay names no source.
        "Moreno had reportedly told friends she was uneasy.",
        "The minister reportedly said the deal was off.",
        "Министр якобы заявил, что сделка сорвана.",
    ],
)
def test_unconfirmed(text: str) -> None:
    c = only(text)
    assert c.label == "unconfirmed"
    assert c.via == []


def test_declined_to_comment_is_unconfirmed_and_flagged() -> None:
    c = only("The ministry declined to comment.")
    assert c.label == "unconfirmed"
    assert "no_comment" in c.flags
    # Reported by an outlet, the silence is still the status, and its source who kept it.
    c = only("The ministry declined to comment on the report, Interfax said.")
    assert (c.label, c.source, c.via) == ("unconfirmed", "The ministry", [])


def test_what_answers_a_no_comment_in_the_same_sentence_is_a_claim_of_its_own() -> None:
    # A continuation after the silence: the same speaker, now on the record.
    silent, said = claims(
        "Press secretary Lena Moss declined to discuss the timing, telling reporters "
        'that "every option is on the table".'
    )
    assert (silent.label, silent.source) == ("unconfirmed", "Press secretary Lena Moss")
    assert (said.label, said.source, said.via) == ("named", "Press secretary Lena Moss", [])
    # "beyond a notice ..., which said": the notice speaks; the speaker's own website is no
    # outlet relaying it.
    silent, said = claims(
        "The regulator declined to comment beyond a notice on its website, which said it "
        "was reviewing the merger."
    )
    assert (silent.label, silent.source) == ("unconfirmed", "The regulator")
    assert (said.label, said.source, said.via) == ("named", "a notice on its website", [])


def test_a_relative_clause_with_its_own_according_to_is_its_own_claim() -> None:
    unions, data = claims(
        "Unions say a shorter week could help fill vacancies in care, where one post in ten "
        "is empty, according to the workforce body Skills for Care."
    )
    assert (unions.label, unions.source) == ("unconfirmed", "Unions")
    assert (data.label, data.source) == ("named", "Skills for Care")


def test_a_clause_that_only_says_it_could_not_be_verified_is_unconfirmed() -> None:
    said, unverified = claims(
        "A user posting as @quietkettle claimed the lock had failed, but this could not be "
        "verified."
    )
    assert (said.label, unverified.label, unverified.source) == ("named", "unconfirmed", None)
    assert "unverified" in said.flags


def test_a_quotation_after_a_colon_belongs_to_the_subject_before_it() -> None:
    mayor, message, she = claims(
        'The mayor was defiant: "We will rebuild." The message was clear: "Stay indoors." '
        'She was blunt: "It is over."'
    )
    assert (mayor.label, mayor.source) == ("named", "The mayor")
    # No one is named in "The message": the quotation stays unattributed.
    assert (message.label, message.source) == ("unconfirmed", None)
    assert (she.label, she.source) == ("named", "The mayor")


def test_every_label_and_origin_is_from_the_documented_sets() -> None:
    text = (
        "The minister said the bridge would reopen. A source said it would not. "
        "Two officials told Reuters the cost had doubled. Experts say bridges are costly."
    )
    got = [c.label for c in claims(text)]
    assert got == ["named", "anonymous", "relayed", "unconfirmed"]
    for c in claims(text):
        assert c.label in LABELS
        assert c.origin in ORIGINS
        assert c.label in sayso.LABELS


# --- the publisher is not a relay ----------------------------------------------------------


def test_outlet_argument_makes_told_reuters_first_hand() -> None:
    text = "A senior official told Reuters the talks had collapsed."
    article = sayso.score(text, outlet="Reuters")
    (c,) = article.claims
    assert c.label == "anonymous"
    assert c.via == []
    assert article.publisher == "Reuters"


def test_wire_dateline_makes_told_reuters_first_hand() -> None:
    text = "KYIV, Nov 3 (Reuters) - A senior official told Reuters the talks had collapsed."
    article = sayso.score(text)
    (c,) = article.claims
    assert c.label == "anonymous"
    assert c.via == []
    assert article.publisher == "Reuters"
    assert [n.kind for n in article.non_claims] == ["dateline"]
    assert c.start >= text.index("A senior")


def test_a_dateline_with_a_year_names_the_publisher() -> None:
    text = "OSLO, Feb 19, 2025 (AFP) - A lead researcher told AFP the trial would continue."
    article = sayso.score(text)
    assert article.publisher == "Agence France-Presse"
    assert (article.claims[0].label, article.claims[0].via) == ("anonymous", [])


def test_the_employee_points_back_to_the_anonymous_employees() -> None:
    text = (
        "Two employees, who spoke on condition of anonymity, said morale was low.\n\n"
        "“Nobody told us anything,” the employee said."
    )
    first, second = sayso.score(text).claims
    assert first.label == "anonymous"
    assert (second.label, second.source) == ("anonymous", "the employee")


def test_the_worker_with_no_antecedent_and_a_title_stay_as_they_were() -> None:
    text = "The mayor said the bridge would reopen. The chief executive said sales had grown."
    assert [c.label for c in sayso.score(text).claims] == ["named", "named"]


def test_according_to_an_outlet_that_someone_said_relays_them() -> None:
    # The name after the comma is the speaker of the reported clause, not an apposition.
    c = only("According to the Ashby Gazette, Whitfield told staff that cuts were not planned.")
    assert (c.label, c.origin, c.source, c.via) == (
        "relayed",
        "named",
        "Whitfield",
        ["Ashby Gazette"],
    )


@pytest.mark.parametrize(
    ("text", "origin", "source", "via"),
    [
        # A reporting verb opens the content: its cue is not the subject of a cue inside it.
        (
            "Xinhua, citing state broadcaster TNBC, said the government had declared an emergency.",
            "unknown",
            "Xinhua",
            ["Xinhua", "TNBC"],
        ),
        (
            (
                "The Associated Press, citing a report in the Caldwell Herald, said Price had been "
                "arrested in 2021 on an assault charge."
            ),
            "unknown",
            "The Associated Press",
            ["Associated Press", "Caldwell Herald"],
        ),
        # After "reported that", a cue ending the sentence is part of the content.
        (
            (
                "Bloomberg News, citing two people familiar with the matter, reported on Monday that "
                "the bug had touched 400 companies, far more than Lattice has acknowledged."
            ),
            "anonymous",
            "two people familiar with the matter",
            ["Bloomberg"],
        ),
    ],
)
def test_an_outlet_citing_someone_keeps_the_chain_past_cues_in_its_content(
    text: str, origin: str, source: str, via: list[str]
) -> None:
    c = only(text)
    assert (c.label, c.origin, c.source, c.via) == ("relayed", origin, source, via)


def test_a_verb_cue_that_names_state_media_is_no_verb() -> None:
    c = only("State television, citing a military source, reported that a depot was destroyed.")
    assert (c.label, c.source) == ("relayed", "a military source")


def test_another_publisher_still_relays() -> None:
    c = only("A senior official told Reuters the talks had collapsed.", outlet="The Daily Lantern")
    assert c.label == "relayed"
    assert c.via == ["Reuters"]


def test_told_this_newspaper_is_first_hand() -> None:
    c = only("The mayor told this newspaper that the bridge would reopen.")
    assert c.label == "named"
    assert c.via == []


def test_a_local_paper_calling_itself_by_its_last_word_is_the_publisher() -> None:
    text = (
        "Volunteers cleared the riverbank on Sunday (Photo: Dunmore Echo)\n\n"
        "A volunteer, who asked not to be named, told the Echo the bank had flooded twice.\n\n"
        'Resident Ada Kerr told the Echo: "We are worn out."'
    )
    article = sayso.score(text)
    assert article.publisher == "Echo"
    assert [(c.label, c.via) for c in article.claims[1:]] == [("anonymous", []), ("named", [])]
    # Named in full in a claim first, "the Echo" is that paper: a relay.
    text = (
        "The Dunmore Echo reported that the bank had flooded. "
        "A volunteer told the Echo the council had known for years."
    )
    assert [c.label for c in claims(text)] == ["relayed", "relayed"]
    # A known outlet is never taken for the publisher this way.
    assert only("A minister told the Times the plan was dead.").label == "relayed"


# --- carry-over and back-references --------------------------------------------------------


def test_second_sentence_of_a_quotation_carries_over() -> None:
    text = "“The bridge is safe,” the minister said. “We checked it twice.”"
    first, second = claims(text)
    assert first.label == second.label == "named"
    assert first.source is not None and "minister" in first.source
    assert second.source == first.source
    assert "carried_over" in second.flags
    assert second.text == "“We checked it twice.”"


def test_she_added_resolves_to_the_earlier_source() -> None:
    first, second = claims(
        "The minister said the talks had failed. She added that a new round was planned."
    )
    assert first.label == second.label == "named"
    assert second.source == first.source


def test_as_the_source_noted_inherits_the_relay() -> None:
    text = (
        "A diplomat who asked not to be named told Reuters the talks were tense. "
        "As the source noted, nothing was agreed."
    )
    first, second = claims(text)
    assert first.label == "relayed" and first.origin == "anonymous"
    assert second.label == "relayed"
    assert second.origin == "anonymous"
    assert second.via == ["Reuters"]


# --- relay chains --------------------------------------------------------------------------


def test_two_hop_relay_chain_is_outermost_first() -> None:
    c = only("The Washington Post, citing Interfax, reported that the talks had collapsed.")
    assert c.label == "relayed"
    assert c.origin == "unknown"
    assert len(c.via) == 2
    assert "Washington Post" in c.via[0]
    assert "Interfax" in c.via[1]


def test_relay_with_anonymous_origin() -> None:
    c = only("Interfax, citing a source in the ministry, reported that the talks had collapsed.")
    assert c.label == "relayed"
    assert c.origin == "anonymous"
    assert c.via == ["Interfax"]


def test_quoted_by_an_outlet_keeps_a_named_origin() -> None:
    c = only("“The talks are over,” TASS quoted the minister as saying.")
    assert c.label == "relayed"
    assert c.origin == "named"
    assert c.via == ["TASS"]


# --- non-claims ----------------------------------------------------------------------------

ARTICLE = """Bridge talks collapse after all-night session

By Jane Doe

KYIV, Nov 3 (Reuters) - The minister said the talks had collapsed after midnight.

Photo author, TASS Photo caption, The minister arrives for the talks in Kyiv

Critics argue that the talks were doomed from the start.

(Reporting by Jane Doe; Editing by John Roe)"""


def test_non_claims_are_recognised_and_excluded() -> None:
    article = sayso.score(ARTICLE)
    check_offsets(ARTICLE, article)
    excluded = {
        "Bridge talks collapse after all-night session",
        "By Jane Doe",
        "KYIV, Nov 3 (Reuters) -",
        "Photo author, TASS",
        "(Reporting by Jane Doe; Editing by John Roe)",
    }
    for piece in excluded:
        start = ARTICLE.index(piece)
        end = start + len(piece)
        assert any(n.start <= start and end <= n.end for n in article.non_claims), piece
        for c in article.claims:
            assert c.end <= start or c.start >= end, (piece, c.text)
    kinds = {n.kind for n in article.non_claims}
    assert {"dateline", "byline", "caption-credit", "trailer"} <= kinds
    assert article.summary["n_non_claims"] == len(article.non_claims)


def test_photo_caption_is_a_claim_and_the_credit_is_not_a_relay() -> None:
    article = sayso.score(ARTICLE)
    caption = [c for c in article.claims if c.text.startswith("The minister arrives")]
    assert len(caption) == 1
    assert caption[0].label == "unconfirmed"
    assert "TASS" not in caption[0].via
    said = [c for c in article.claims if c.text.startswith("The minister said")]
    assert len(said) == 1 and said[0].label == "named"


def test_timestamp_line_is_not_a_claim() -> None:
    text = "3 hours ago\n\nThe minister said the talks had collapsed."
    article = sayso.score(text)
    assert [c.text for c in article.claims] == ["The minister said the talks had collapsed."]
    assert len(article.non_claims) == 1


# --- scores and reasons --------------------------------------------------------------------


def test_scores_are_bounded_and_explained() -> None:
    article = sayso.score(ARTICLE)
    assert 0.0 <= article.score <= 1.0
    for c in article.claims:
        assert 0.0 <= c.score <= 1.0
        assert c.reasons, c.text
        for r in c.reasons:
            assert isinstance(r.rule, str) and r.rule
            assert isinstance(r.delta, float)
            assert isinstance(r.note, str) and r.note


def test_named_scores_above_reportedly() -> None:
    named = only("Police said two people died in the fire.")
    hearsay = only("Two people reportedly died in the fire.")
    assert named.label == "named"
    assert hearsay.label == "unconfirmed"
    assert named.score > hearsay.score


def test_summary_counts_match_claims() -> None:
    article = sayso.score(ARTICLE)
    s = article.summary
    assert s["n_claims"] == len(article.claims) == len(article)
    for label in sayso.LABELS:
        assert s["counts"][label] == sum(c.label == label for c in article.claims)
    assert abs(sum(s["shares"].values()) - 1.0) < 1e-9
    assert s["publisher"] == "Reuters"


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        " \n\t\r\n ",
        "\0",
        "\0\0 said \0.",
        '"',
        "“",
        "”",
        "«",
        "„",
        "‘",
        "“The bridge is safe, the minister said. Then nothing else happened.",
        "The minister said ”the bridge is safe. Experts say it is not.",
        "...",
        "[…]",
        "no punctuation at all and no sentence end said the minister",
        "The minister said so.\r\nExperts say no.\r\n\r\nA source told Reuters it was over.\r\n",
        "\r",
        "😀",
        "😀 said 😀",
        "Он сказал, что «да».",
        "The rate rose to 3.5¡ The minister said so.",
        "Prices rose 40“ a senior official told Reuters.",
    ],
)
def test_bad_input_gives_a_result(text: str) -> None:
    article = sayso.score(text)
    assert isinstance(article, sayso.Article)
    check_offsets(text, article)


def test_crlf_text_splits_into_claims() -> None:
    text = "The minister said the bridge was safe.\r\n\r\nA source told Reuters it was not.\r\n"
    article = sayso.score(text)
    check_offsets(text, article)
    assert [c.label for c in article.claims] == ["named", "relayed"]
    assert all("\r" not in c.text and "\n" not in c.text for c in article.claims)


def test_one_megabyte_article() -> None:
    para = (
        "The minister said the “bridge” would reopen on Monday. A source told Reuters it "
        "would not. Experts say the repairs were rushed. Мост закрыт 🚧.\n\n"
    )
    text = para * (1_000_000 // len(para.encode()) + 1)
    assert len(text.encode()) >= 1_000_000
    article = sayso.score(text)
    assert len(article.claims) > 10_000
    assert 0.0 <= article.score <= 1.0
    last = article.claims[-1]
    assert text[last.start : last.end] == last.text


def test_lone_surrogate_gives_a_result_or_a_sayso_error() -> None:
    text = "The minister said \ud800 the bridge was safe."
    try:
        article = sayso.score(text)
    except sayso.SaysoError:
        return
    assert isinstance(article, sayso.Article)


@pytest.mark.parametrize("bad", [b"x", None, 1, ["The minister said so."]])
def test_score_rejects_non_str(bad: object) -> None:
    with pytest.raises(TypeError):
        sayso.score(bad)  # type: ignore[arg-type]


def test_score_bytes_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        sayso.score(b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        sayso.score(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["a single string", [b"x"], ["ok", None], None])
def test_score_many_rejects_non_str_items(bad: object) -> None:
    with pytest.raises(TypeError):
        sayso.score_many(bad)  # type: ignore[arg-type]


# --- score_many ----------------------------------------------------------------------------

TEXTS = [
    "The minister said the bridge would reopen.",
    "",
    "A senior official told Reuters the talks had collapsed.",
    "Мэр 🙂 said the “new” bridge would open. Experts say it will not.",
    "KYIV, Nov 3 (Reuters) - A source told Reuters it was over.",
    "The ministry declined to comment.",
] * 5


@pytest.mark.parametrize("n_threads", [None, 1, 2])
def test_score_many_equals_mapping_score(n_threads: int | None) -> None:
    many = sayso.score_many(TEXTS, n_threads=n_threads)
    assert isinstance(many, list)
    assert many == [sayso.score(t) for t in TEXTS]
    assert [a.text for a in many] == TEXTS


def test_score_many_passes_outlet_and_accepts_any_iterable() -> None:
    many = sayso.score_many(iter(TEXTS), outlet="Reuters", n_threads=2)
    assert many == [sayso.score(t, outlet="Reuters") for t in TEXTS]
    assert sayso.score_many([]) == []


def test_score_many_rejects_zero_threads() -> None:
    with pytest.raises(sayso.SaysoError):
        sayso.score_many(TEXTS, n_threads=0)


def test_scorer_score_many_equals_scorer_score() -> None:
    scorer = sayso.Scorer({"weights": {"base": {"named": 60}}})
    many = scorer.score_many(TEXTS, n_threads=2)
    assert many == [scorer.score(t) for t in TEXTS]


def test_scoring_is_deterministic() -> None:
    assert sayso.score(ARTICLE) == sayso.score(ARTICLE)


# --- pickling, equality, immutability ------------------------------------------------------


def test_claim_and_article_pickle_round_trip() -> None:
    text = "Мэр 🙂 said the “new” bridge would open. A source told Reuters it would not."
    article = sayso.score(text)
    back = pickle.loads(pickle.dumps(article))
    assert back == article
    assert back.text == text
    assert [c.to_dict() for c in back.claims] == [c.to_dict() for c in article.claims]
    assert back.summary == article.summary
    for c in article.claims:
        c2 = pickle.loads(pickle.dumps(c))
        assert c2 == c
        assert c2.text == text[c2.start : c2.end]
        assert c2.reasons == c.reasons
    assert copy.deepcopy(article) == article


def test_claims_stay_out_of_the_cycle_collector_and_outlive_their_article() -> None:
    """Claims and non-claims hold no Python references, so they are not tracked by the cyclic
    GC (full collections would otherwise walk every claim of every article alive); they must
    still live as long as they are referenced, also after a collection."""
    articles = sayso.score_many([ARTICLE, "Officials said the port was shut."])
    for a in [*articles, pickle.loads(pickle.dumps(articles[0]))]:
        assert gc.is_tracked(a)
        assert a.claims and not any(gc.is_tracked(c) for c in a.claims)
        assert not any(gc.is_tracked(n) for n in a.non_claims)
    claim = articles[0].claims[0]
    want = claim.to_dict()
    del articles
    gc.collect()
    assert claim.to_dict() == want


def test_reason_and_non_claim_pickle_round_trip() -> None:
    article = sayso.score(ARTICLE)
    reason = article.claims[0].reasons[0]
    assert pickle.loads(pickle.dumps(reason)) == reason
    nc = article.non_claims[0]
    nc2 = pickle.loads(pickle.dumps(nc))
    assert nc2 == nc
    assert nc2.to_dict() == nc.to_dict()


def test_scorer_pickle_round_trip() -> None:
    for scorer in (sayso.Scorer(), sayso.Scorer({"weights": {"base": {"named": 55}}})):
        back = pickle.loads(pickle.dumps(scorer))
        assert isinstance(back, sayso.Scorer)
        assert back.config_toml() == scorer.config_toml()
        assert back.score(ARTICLE) == scorer.score(ARTICLE)


def test_results_are_immutable_and_serialisable() -> None:
    article = sayso.score(ARTICLE)
    c = article.claims[0]
    with pytest.raises(AttributeError):
        c.label = "named"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        article.score = 1.0  # type: ignore[misc]
    d = json.loads(json.dumps(article.to_dict()))
    assert d["claims"][0]["label"] == c.label
    assert d["claims"][0]["text"] == c.text
    assert set(c.to_dict()) >= {"start", "end", "label", "origin", "source", "via", "score"}
    assert "Claim(" in repr(c) and "Article(" in repr(article)


# --- configuration -------------------------------------------------------------------------

NAMED = "The minister said the bridge would reopen."


def test_scorer_dict_changes_a_weight() -> None:
    default = sayso.score(NAMED).claims[0]
    custom = sayso.Scorer({"weights": {"base": {"named": 50}}}).score(NAMED).claims[0]
    assert custom.label == default.label == "named"
    assert custom.score < default.score
    assert sayso.Scorer().score(NAMED) == sayso.score(NAMED)


def test_unknown_config_key_raises_config_error_naming_it() -> None:
    with pytest.raises(sayso.ConfigError, match=r"weights\.base\.nmed"):
        sayso.Scorer({"weights": {"base": {"nmed": 1}}})
    assert issubclass(sayso.ConfigError, sayso.SaysoError)
    assert issubclass(sayso.SaysoError, ValueError)


def test_out_of_range_weight_is_a_config_error() -> None:
    with pytest.raises(sayso.ConfigError, match=r"weights\.base\.named"):
        sayso.Scorer({"weights": {"base": {"named": 500}}})


def test_config_file_error_names_file_key_and_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "sayso.toml"
    path.write_text("[weights.base]\n\nnmed = 70\n", encoding="utf-8")
    with pytest.raises(sayso.ConfigError) as err:
        sayso.Scorer(path)
    msg = str(err.value)
    assert str(path) in msg and "weights.base.nmed" in msg and "line 3" in msg


def test_config_file_extends_lists(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "The minister opined that the bridge would reopen."
    path = tmp_path / "sayso.toml"
    path.write_text('[cues]\nneutral = ["opined"]\n', encoding="utf-8")
    scorer = sayso.Scorer(path)
    assert scorer.score(text).claims[0].label == "named"
    # Extending a list keeps the defaults.
    assert scorer.score(NAMED).claims[0].label == "named"


def test_outlets_added_by_config_become_relays() -> None:
    text = "Two officials told the Lakeside Wire that the cost had doubled."
    scorer = sayso.Scorer({"outlet": [{"name": "Lakeside Wire", "kind": "wire"}]})
    c = scorer.score(text).claims[0]
    assert c.label == "relayed"
    assert c.via == ["Lakeside Wire"]


def test_scorer_rejects_other_config_types() -> None:
    with pytest.raises(TypeError):
        sayso.Scorer(42)  # type: ignore[arg-type]


def test_version_is_a_string() -> None:
    assert isinstance(sayso.__version__, str)
    assert sayso.__version__[0].isdigit()


def test_the_papers_sources_are_relayed_by_the_paper_but_not_a_reviewer_for_a_journal() -> None:
    text = (
        "The Daily Lantern reported that the deal was off. "
        "The paper's sources said talks would resume."
    )
    second = sayso.score(text).claims[1]
    assert (second.label, second.origin, second.via) == ("relayed", "anonymous", ["Daily Lantern"])
    c = only("A reviewer for the journal said the paper was sound.")
    assert (c.label, c.via) == ("anonymous", [])


def test_an_agency_is_an_outlet_only_bare_or_as_a_news_agency() -> None:
    text = (
        "The UN humanitarian agency said roads were cut. "
        "In its latest report, the agency said 46 people had died. "
        "State news agency Pravek reported that troops had advanced. "
        "The agency said the front was quiet."
    )
    un, again, pravek, back = sayso.score(text).claims
    assert (un.label, un.via) == ("named", [])
    assert (again.label, again.via) == ("named", [])
    assert (pravek.label, pravek.via) == ("relayed", ["Pravek"])
    assert (back.label, back.via) == ("relayed", ["Pravek"])


def test_hearsay_inside_the_content_keeps_the_speaker() -> None:
    c = only("The company said the deal, reportedly worth $2bn, was off.")
    assert (c.label, c.source) == ("named", "The company")


@pytest.mark.parametrize(
    "text",
    [
        # A bare "the agency" with no outlet named before is the institution before it; a
        # "Programme" in an organisation's name is no outlet.
        (
            "At least 180,000 people have fled, the UN refugee office said on Tuesday. "
            "In its latest report, the agency said 46 people had died. "
            "The World Food Programme said it had reached 38,000 people."
        ),
        # A concert or weather agency is no outlet.
        (
            "Певица отменила тур, говорится в заявлении её концертного агентства «Нота».\n\n"
            "Угрозы цунами нет, заявили в метеорологическом агентстве."
        ),
    ],
)
def test_an_agency_that_is_an_institution_speaks_first_hand(text: str) -> None:
    claims = sayso.score(text).claims
    assert [(c.label, c.via) for c in claims] == [("named", [])] * len(claims)


def test_a_dateline_after_headline_byline_time_and_caption_names_the_publisher() -> None:
    text = (
        "Parents pack school board meeting\n\n"
        "By Kayla Brennan, KTVM 7 News\n\n"
        "Published: Oct. 14, 2025 at 9:42 PM CDT\n\n"
        "Parents hold signs outside the district office. (KTVM 7 photo)\n\n"
        "MAPLE RIDGE, Kan. (KTVM) — More than 200 parents attended, a board member told KTVM."
    )
    article = sayso.score(text)
    assert article.publisher == "KTVM"
    kinds = {text[n.start : n.end]: n.kind for n in article.non_claims}
    assert kinds["(KTVM 7 photo)"] == "caption-credit"
    assert kinds["MAPLE RIDGE, Kan. (KTVM) —"] == "dateline"
    caption, report = article.claims
    assert caption.text == "Parents hold signs outside the district office."
    assert (report.label, report.via) == ("anonymous", [])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A role after a named person points back to them.
        (
            'Deputy Mayor Jan Holt said the bridge was safe. "We will check," the official added.',
            "named",
        ),
        # After an anonymous official it stays anonymous.
        ('A senior official said the talks failed. "We tried," the official added.', "anonymous"),
        # "The source" is no one's role: it stays anonymous after a named person.
        ('Mayor Jan Holt said the bridge was safe. "It is fine," the source added.', "anonymous"),
        (
            (
                "Глава администрации округа Игорь Ставров заявил, что мост закрыт. "
                "«Мы выясним, кто подписывал акты», — добавил чиновник."
            ),
            "named",
        ),
        (
            (
                "Депутат городской думы Олег Малахов заявил, что решение ошибочно. "
                "«Такие обещания мы уже слышали», — заявил депутат журналистам."
            ),
            "named",
        ),
        (
            (
                "Депутат городской думы Олег Малахов заявил, что решение ошибочно. "
                "«Это не так», — заявил источник."
            ),
            "anonymous",
        ),
    ],
)
def test_a_role_after_a_named_person_points_back_to_them(text: str, label: str) -> None:
    assert sayso.score(text).claims[-1].label == label


def test_an_editors_note_after_a_heading_is_not_a_claim() -> None:
    # A capitalised cue that opens a line opens a sentence, whatever ends the line before.
    text = (
        "Storm live: homes evacuated\n\nLive\n\nUpdated 6 minutes ago\n\n"
        "Editor's note: An earlier version of this page said the warning was red. "
        "The warning is amber.\n\n"
        "15:48 GMT\nPolice say the river has burst its banks. Hallanshire Police urged drivers "
        "to stay away from floodwater."
    )
    article = sayso.score(text)
    kinds = [n.kind for n in article.non_claims]
    assert "editor-note" in kinds
    # An outlet name read from the note would not match inside other words ("Hallanshire").
    assert all(c.label == "named" and c.via == [] for c in article.claims)


def test_an_outlet_noun_that_modifies_another_noun_is_no_outlet() -> None:
    text = (
        "About 12,000 homes are without power, according to network operator Western Grid. "
        "The company said engineers would wait."
    )
    first, second = sayso.score(text).claims
    assert (first.label, first.via) == ("named", [])
    assert (second.label, second.via) == ("named", [])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "Reports" that "suggest" come from no one in particular.
        ("Reports on social media suggest the pier was damaged.", "unconfirmed"),
        # A resident who asked the publisher to withhold her name is anonymous.
        (
            (
                "One woman living on the seafront, who asked us not to use her name, said the "
                "waves were hitting the windows."
            ),
            "anonymous",
        ),
    ],
)
def test_reports_and_withheld_names(text: str, label: str) -> None:
    assert sayso.score(text).claims[0].label == label


def test_a_plural_noun_before_a_reporting_verb_is_the_subject() -> None:
    (claim,) = sayso.score("Local reports said the road was closed.").claims
    assert (claim.cue, claim.source) == ("said", "Local reports")


def test_he_after_a_person_described_by_a_documents_possessive() -> None:
    text = (
        '"It is a small habit," Dr. Tomas Herrick, the study\'s lead author, said. '
        "He added that walking was not measured directly."
    )
    first, second = sayso.score(text).claims
    assert (second.label, second.source) == ("named", first.source)


def test_the_noun_of_an_outlet_named_before_points_back_to_it() -> None:
    text = (
        "State broadcaster KTV-1 reported that drones hit a fuel depot. "
        "The broadcaster said debris had damaged a power line."
    )
    first, second = sayso.score(text).claims
    assert first.via == ["KTV-1"]
    assert (second.label, second.via) == ("relayed", ["KTV-1"])


def test_what_a_speaker_could_not_say_is_a_claim_of_its_own() -> None:
    text = "A spokeswoman said buses would run, but she could not say when the line would reopen."
    said, left_out = sayso.score(text).claims
    assert said.label == "named"
    assert left_out.text.startswith("but she could not say") and left_out.label == "unconfirmed"


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A clause with its own subject and reporting verb is a claim of its own.
        (
            (
                "The regional government calls the figure a success, but analysts expect growth "
                "to slow."
            ),
            ["named", "unconfirmed"],
        ),
        # Content that goes on after "that" stays with the verb that introduced it.
        ("Minister Jan Holt said prices rose, and that analysts expect a fall.", ["named"]),
        (
            "Власти области называют эти цифры успехом, а аналитики ожидают, что рост замедлится.",
            ["named", "unconfirmed"],
        ),
        # Anonymity granted by the publisher.
        (
            (
                "A White House official, granted anonymity to discuss internal deliberations, said "
                "the plan was final."
            ),
            ["anonymous"],
        ),
        ("Polls suggest opinion is finely balanced.", ["unconfirmed"]),
    ],
)
def test_clauses_anonymity_and_polls(text: str, labels: list[str]) -> None:
    assert [c.label for c in sayso.score(text).claims] == labels


def test_a_role_held_at_a_possessive_name_with_the_person_apposed_is_named() -> None:
    text = (
        "Rovers' director of football, Neil Ashcombe, told reporters on Wednesday that the "
        "club was looking at options."
    )
    (claim,) = sayso.score(text).claims
    assert claim.label == "named"


@pytest.mark.parametrize(
    ("text", "label", "cue"),
    [
        # A verb in "-s" before a noun in "-s" is still the verb.
        ("The minister confirms reports that the plant was closed.", "named", "confirms"),
        ("Minister Anna Holt admits claims about the budget were overstated.", "named", "admits"),
        # A name before its appositive stays a name, a company name inside it or not.
        ("Maria Ruiz, Acme chief executive, said the plant was closed.", "named", "said"),
    ],
)
def test_verbs_in_s_and_names_before_appositives(text: str, label: str, cue: str) -> None:
    claim = sayso.score(text).claims[0]
    assert (claim.label, claim.cue) == (label, cue)
