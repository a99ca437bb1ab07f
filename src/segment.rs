//! Segmentation: lines and paragraphs, non-claims (headings, datelines, bylines, credits,
//! trailers), quotations (curly, straight, « », „ “, single, broken ones) and sentences, merged
//! into claim units.

use crate::lexicon::{kind, wf, Hit, Lexicon};
use crate::model::NonClaim;
use crate::text::{
    is_quote_char, line_spans, next_char, prev_char, word_count, words_at_least, words_at_most,
    Lower,
};
use regex::Regex;
use std::sync::OnceLock;

/// A quotation: from its opening mark to just after its closing mark (or the end of the line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub closed: bool,
    /// A title or scare quote of a few words ("Kommersant", "hold"): not a quotation of speech.
    pub short: bool,
}

/// Whether a line opens with a dialogue dash and a sentence after it ("— Мы начинали …"; not
/// an item of a list: "— повышение тарифов;").
fn starts_dialogue(line: &str) -> bool {
    ["— ", "– "]
        .iter()
        .filter_map(|d| line.strip_prefix(d))
        .any(|rest| rest.starts_with(|c: char| c.is_uppercase() || is_quote_char(c)))
}

/// The speaker label that opens a transcript line ("Vantongeren: …", "The Harbourline: …"):
/// one to four words, the first capitalised, no digits, then a colon and a space. The label's
/// end, without the colon.
fn speaker_label(line: &str) -> Option<usize> {
    let colon = line.get(..line.len().min(60))?.find(':')?;
    let label = &line[..colon];
    let rest = &line[colon + 1..];
    let words = label.split(' ').count();
    (rest.starts_with(' ')
        && rest
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| !c.is_ascii_digit())
        && (1..=4).contains(&words)
        && label.chars().next().is_some_and(char::is_uppercase)
        && label
            .chars()
            .all(|c| c.is_alphabetic() || " .'’-".contains(c)))
    .then_some(colon)
}

/// The turns of an interview transcript whose lines open with their speakers' names: per
/// line, (label end, asks). A transcript has a label that asks (most of its lines hold a
/// question) and another that answers (most of its lines hold none), each on two lines or
/// more; without both, no line is a turn ("Update:" lines of a live page are not).
fn transcript_turns(text: &str, lines: &[(usize, usize)]) -> Vec<Option<(usize, bool)>> {
    let mut labels: Vec<(&str, usize, usize)> = Vec::new(); // (label, lines, with a question)
    let mut at: Vec<Option<(usize, &str)>> = vec![None; lines.len()];
    for (li, &(ls, le)) in lines.iter().enumerate() {
        let Some(n) = speaker_label(&text[ls..le]) else {
            continue;
        };
        let label = &text[ls..ls + n];
        let asks = text[ls + n..le].contains('?');
        match labels.iter_mut().find(|l| l.0 == label) {
            Some(l) => {
                l.1 += 1;
                l.2 += usize::from(asks);
            }
            None => labels.push((label, 1, usize::from(asks))),
        }
        at[li] = Some((ls + n, label));
    }
    let asker = |l: &(&str, usize, usize)| l.1 >= 2 && 2 * l.2 >= l.1;
    let answerer = |l: &(&str, usize, usize)| l.1 >= 2 && 2 * l.2 < l.1;
    if !labels.iter().any(asker) || !labels.iter().any(answerer) {
        return vec![None; lines.len()];
    }
    at.into_iter()
        .map(|x| {
            let (end, label) = x?;
            let l = labels.iter().find(|l| l.0 == label)?;
            (asker(l) || answerer(l)).then_some((end, asker(l)))
        })
        .collect()
}

/// The answer lines of an interview printed as plain paragraphs: a paragraph of the
/// interviewer's that ends with a question mark, then the interviewee's paragraphs up to the
/// next question. Three questions or more, each answered, make such an interview; a
/// rhetorical question or two in a report do not. Lines with a dialogue dash, a "Q:" mark or
/// a speaker label, and quotations, take turns by their own rules and are no part of it.
fn plain_qa_answers(text: &str, lines: &[(usize, usize)], lex: &Lexicon) -> Vec<bool> {
    // Most articles have no three lines that end with a question mark: nothing to read (an
    // empty list: no line answers).
    let asking = lines
        .iter()
        .filter(|&&(ls, le)| text.as_bytes()[ls..le].trim_ascii_end().ends_with(b"?"))
        .count();
    if asking < 3 {
        return Vec::new();
    }
    let mut answers = vec![false; lines.len()];
    let blank = |i: usize| lines.get(i).is_none_or(|&(a, b)| a == b);
    let plain = |t: &str| {
        !starts_dialogue(t)
            && !t.starts_with(is_quote_char)
            && marked(&lex.question_marks, t).is_none()
            && marked(&lex.answer_marks, t).is_none()
            && speaker_label(t).is_none()
    };
    // Per non-empty line: Some(true) for a question paragraph, Some(false) for another plain one.
    let kind: Vec<Option<bool>> = lines
        .iter()
        .enumerate()
        .map(|(i, &(ls, le))| {
            let t = text[ls..le].trim();
            if t.is_empty() || !plain(t) {
                return None;
            }
            let own_paragraph = (i == 0 || blank(i - 1)) && blank(i + 1);
            Some(own_paragraph && t.ends_with('?') && word_count(t) <= 60)
        })
        .collect();
    // An interviewee speaks of themselves ("we have cut", "I met"); an explainer's answers
    // under question headings ("How much will bills rise?") do not.
    let first_person = |t: &str| {
        t.split(|c: char| !c.is_alphanumeric())
            .any(|w| !w.is_empty() && lex.first_person.contains(&w.lower()))
    };
    let (mut answered, mut in_person) = (0, 0);
    let mut pending = false;
    for (k, &(ls, le)) in kind.iter().zip(lines) {
        match k {
            Some(true) => pending = true,
            Some(false) if std::mem::take(&mut pending) => {
                answered += 1;
                in_person += usize::from(first_person(&text[ls..le]));
            }
            _ => {}
        }
    }
    if in_person < 3 || 2 * in_person < answered {
        return answers;
    }
    let mut after_question = false;
    for (i, k) in kind.iter().enumerate() {
        match k {
            Some(true) => after_question = true,
            Some(false) => answers[i] = after_question,
            None => {}
        }
    }
    answers
}

/// The outlet a heading opens with before a colon, quoted or listed ("«Деловое Приречье»:
/// банки …", "FT: ЕС может …"): a press review's section about it.
fn section_outlet<'t>(line: &'t str, lex: &Lexicon) -> Option<&'t str> {
    let (head, rest) = line.split_once(':')?;
    let head = head.trim();
    let quoted = head
        .strip_prefix(['«', '“', '"'])
        .and_then(|h| h.strip_suffix(['»', '”', '"']));
    let name = quoted.unwrap_or(head);
    (rest.starts_with(' ')
        && word_count(name) <= 5
        && name.chars().next().is_some_and(char::is_uppercase)
        && (quoted.is_some_and(|q| !q.contains(['«', '»', '“', '”', '"']))
            || lex.outlet_by_name(name).is_some()))
    .then_some(name)
}

/// The length of the mark of `marks` that opens `line` ("Q:", "A:"), if one does.
fn marked(marks: &[String], line: &str) -> Option<usize> {
    marks
        .iter()
        .find(|m| !m.is_empty() && line.starts_with(m.as_str()))
        .map(String::len)
}

/// A dialogue line's part in an interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Turn {
    Question,
    Answer,
    Other,
}

/// A stretch of text that may hold a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    pub line: usize,
    /// Text after "Photo caption," or before a photo credit.
    pub caption: bool,
    /// An interview answer: a dialogue-dash paragraph right after the interviewer's question,
    /// spoken, unless it names its speaker, by the person the article names last before the
    /// first such answer.
    pub answer: bool,
    /// The answer is a plain paragraph of an interview printed as questions and answers (see
    /// `plain_qa_answers`): the publisher's own interview.
    pub printed_qa: bool,
    /// The speaker label of a transcript's answer line ("Vantongeren:"), without the colon.
    pub speaker: Option<(usize, usize)>,
}

#[derive(Debug, Default)]
pub struct Segmented {
    pub units: Vec<Unit>,
    pub quotes: Vec<Quote>,
    pub non_claims: Vec<NonClaim>,
    /// The agency named in a dateline such as "KYIV, Nov 3 (Reuters) -".
    pub dateline_agency: Option<String>,
    /// The publisher named in a line with the date of publication ("РБК, 14 мая 2025").
    pub publication: Option<String>,
    /// Text of byline and trailer lines, where the publisher is often named.
    pub credits_text: Vec<(usize, usize)>,
    /// Headings that name the outlet a press review's section is about ("«Деловое Приречье»:
    /// банки поднимут взнос", "FT: …"): where each starts, and the name.
    pub section_outlets: Vec<(usize, String)>,
}

/// Split the text into claim units, quotations and non-claims.
pub fn segment(text: &str, hits: &[Hit], lex: &Lexicon) -> Segmented {
    let p = &lex.patterns;
    let mut out = Segmented::default();
    let lines = line_spans(text);
    let turns = transcript_turns(text, &lines);
    let qa_answers = plain_qa_answers(text, &lines, lex);
    let credit_words = p.credit_words.occurrences(text);
    let trailer_words = p.trailer_words.occurrences(text);
    let mut paragraph = 0usize;
    let mut prev_blank = true;
    let mut in_byline = false;
    let mut body_lines_seen = 0usize;
    let mut first_content_line = true;
    // Whether the last non-empty line was a photo credit of its own ("Фото: пресс-служба МЧС").
    let mut prev_credit = false;
    // (unit, ends_with_colon) per line, for colon-introduced quotations across lines.
    let mut pending_colon: Option<usize> = None;
    // Whether the last line with sentences opened with a dialogue dash ("— Мы начинали …").
    let mut prev_dialogue = false;
    // The last dialogue line's part in an interview, across the reporter's paragraphs between.
    let mut last_turn = Turn::Other;
    // Whether the last line with sentences was an interviewer's question.
    let mut prev_question = false;
    for (li, &(ls, le)) in lines.iter().enumerate() {
        if ls == le {
            if !prev_blank {
                paragraph += 1;
            }
            prev_blank = true;
            in_byline = false;
            continue;
        }
        let new_paragraph = prev_blank;
        prev_blank = false;
        // Only the very next line can be a photo credit's caption (a byline or time between
        // ends it).
        let beside_credit = std::mem::take(&mut prev_credit);
        // A heading, byline or credit in between ends a run of dialogue paragraphs.
        let after_dialogue = std::mem::take(&mut prev_dialogue);
        let after_question = std::mem::take(&mut prev_question);
        // "Okafor said:" joins only the very next non-empty line: a byline, credit or heading
        // in between ends it.
        let colon_prev = pending_colon.take();
        let t = &text[ls..le];
        let push_nc = |out: &mut Segmented, s: usize, e: usize, kind: &str| {
            out.non_claims.push(NonClaim {
                start: s,
                end: e,
                kind: kind.to_string(),
            });
        };
        if t.len() <= 80 && p.timestamp.is_match(t) {
            // A clock time ("16:42 GMT") is a timestamp; "3 hours ago" or "Updated ..." a dateline.
            let clock = t.len() <= 20
                && t.chars().next().is_some_and(|c| c.is_ascii_digit())
                && t.contains(':');
            let k = if clock { "timestamp" } else { "dateline" };
            push_nc(&mut out, ls, le, k);
            in_byline = false;
            continue;
        }
        // "РБК, 14 мая 2025, 11:32": the publisher and the date of publication, before the body.
        if t.len() <= 120 && body_lines_seen < 6 {
            if let Some(name) = publication_name(t, lex) {
                push_nc(&mut out, ls, le, "dateline");
                out.publication.get_or_insert_with(|| name.to_string());
                in_byline = false;
                continue;
            }
        }
        if t.len() <= 160 && p.byline.is_match(t) && word_count(t) <= 14
            || (in_byline && !new_paragraph && word_count(t) <= 10 && !ends_sentence(t))
        {
            push_nc(&mut out, ls, le, "byline");
            out.credits_text.push((ls, le));
            in_byline = true;
            continue;
        }
        in_byline = false;
        if maybe_trailer(t, trailer_words.within(ls, le)) && p.trailer.is_match(t) {
            push_nc(&mut out, ls, le, "trailer");
            out.credits_text.push((ls, le));
            continue;
        }
        if editor_note_at(hits, ls) {
            push_nc(&mut out, ls, le, "editor-note");
            continue;
        }
        let mut s = ls;
        let mut e = le;
        let mut caption = false;
        let mut credit_after = false;
        let credit_word = credit_words.within(ls, le);
        if let Some(m) = credit_word.then(|| p.caption_prefix.find(t)).flatten() {
            push_nc(&mut out, ls, ls + m.end(), "caption-credit");
            s = ls + m.end();
            caption = true;
        } else if credit_word && p.credit_line.is_match(t) {
            push_nc(&mut out, ls, le, "caption-credit");
            prev_credit = true;
            continue;
        }
        // A short line right after a photo credit line is its caption, not a heading ("Фото:
        // пресс-служба суда" / "Геннадий Рябов в зале суда"). Not the line before one: that is
        // as often a byline.
        if let Some(m) = credit_word
            .then(|| p.trailing_credit.find(&text[s..e]))
            .flatten()
        {
            let cs = s + m.start();
            push_nc(&mut out, cs + leading_ws(&text[cs..e]), e, "caption-credit");
            e = cs;
            credit_after = true;
        } else if let Some(cs) = slash_credit(&text[s..e], lex).map(|o| s + o) {
            push_nc(&mut out, cs, e, "caption-credit");
            e = cs;
            credit_after = true;
        }
        // A dateline opens the story, after at most a few headline, byline, time and caption
        // lines.
        if body_lines_seen < 6 {
            let line = &text[s..e];
            if let Some(m) = p.dateline.find(line) {
                let groups = p.dateline_groups(line, &m);
                // `end` is an offset in the line, as the match's own offsets are.
                let (agency, end) = dateline_agency(line, &groups, lex);
                let dateline = &text[s + m.start()..s + end.max(m.start())];
                let looks_dateline =
                    agency.is_some() || dateline.chars().filter(|c| c.is_uppercase()).count() >= 3;
                if looks_dateline && end <= e - s {
                    let ds = s;
                    let de = s + text[s..s + end].trim_end().len();
                    push_nc(&mut out, ds, de, "dateline");
                    if agency.is_some() {
                        out.dateline_agency = agency;
                    }
                    s += end;
                }
            }
        }
        let (s, e) = trim_span(text, s, e);
        if s >= e {
            continue;
        }
        body_lines_seen += 1;
        // Before a photo credit line, a line that is not a bare name (a byline) is the photo's
        // caption ("Аркадий Сомов в зале суда" over "Фото: …"), once the story has begun: body
        // text, a byline or a time came before it (a subtitle under the headline does not).
        let before_credit = || {
            let begun = !out.units.is_empty() || out.non_claims.iter().any(|n| n.kind != "heading");
            let next = lines[li + 1..].iter().find(|&&(a, b)| a < b);
            begun
                && next.is_some_and(|&(a, b)| {
                    credit_words.within(a, b) && p.credit_line.is_match(&text[a..b])
                })
                && text[s..e]
                    .split_whitespace()
                    .any(|w| w.chars().next().is_some_and(char::is_lowercase))
        };
        if (beside_credit || before_credit()) && !first_content_line && !ends_sentence(&text[s..e])
        {
            caption = true;
        }
        if !caption
            && !credit_after
            && is_heading(
                &text[s..e],
                new_paragraph,
                first_content_line,
                lines.get(li + 1).is_some_and(|&(a, b)| a == b),
            )
        {
            push_nc(&mut out, s, e, "heading");
            if let Some(name) = section_outlet(&text[s..e], lex) {
                out.section_outlets.push((s, name.to_string()));
            }
            first_content_line = false;
            // A short question of an interview ("— А остальные?") is read as a heading line.
            if (starts_dialogue(&text[s..e])
                || marked(&lex.question_marks, &text[s..e]).is_some()
                || turns[li].is_some_and(|t| t.1))
                && text[s..e].trim_end().ends_with('?')
            {
                last_turn = Turn::Question;
                prev_question = true;
            }
            continue;
        }
        first_content_line = false;
        // Quotations and sentences of this line.
        let qstart = out.quotes.len();
        scan_quotes(text, s, e, hits, lex, &mut out.quotes);
        // An interview answer that runs on after a dialogue dash paragraph, with no attribution
        // of its own, is a quotation as a whole: its speaker's, carried over.
        // Not a list of items ("— повышение тарифов;"): a sentence opens after the dash.
        // "Q: …" and "A: …" lines of a transcript take turns as dash lines do; the mark is no
        // part of what is said.
        let mark = marked(&lex.question_marks, &text[s..e]).map(|n| (true, n));
        let mark = mark.or_else(|| marked(&lex.answer_marks, &text[s..e]).map(|n| (false, n)));
        // "Vantongeren: …": a named speaker's turn; its label is no claim.
        let label = turns[li].filter(|_| s == ls && mark.is_none());
        if let Some((end, _)) = label {
            push_nc(&mut out, s, end + 1, "speaker-label");
        }
        let mark = mark.or(label.map(|(end, asks)| (asks, end + 1 - s)));
        let speaker = label.filter(|l| !l.1).map(|(end, _)| (s, end));
        let (asks, answers) = (mark.is_some_and(|m| m.0), mark.is_some_and(|m| !m.0));
        let dialogue = starts_dialogue(&text[s..e]) || asks || answers;
        let s = match mark {
            Some((_, n)) => s + n + (text[s + n..e].len() - text[s + n..e].trim_start().len()),
            None => s,
        };
        // An interviewer's question ("— Интерес есть?") is answered by someone else.
        prev_dialogue = dialogue && !text[s..e].contains('?');
        // In an interview, a dialogue line right after a question answers it (a whole
        // quotation of the interviewee's); one that follows an answer, at once or across the
        // reporter's paragraphs, asks the next question, even as a statement ("— В городе
        // говорят, что …").
        let turn = if !dialogue {
            last_turn
        } else if asks {
            Turn::Question
        } else if answers {
            Turn::Answer
        } else if text[s..e].trim_end().ends_with('?') {
            Turn::Question
        } else if last_turn == Turn::Question && after_question {
            Turn::Answer
        } else if last_turn == Turn::Answer {
            Turn::Question
        } else if text[s..e]
            .split_once('?')
            .is_some_and(|(_, after)| !after.trim_start().starts_with(['—', '–', '-']))
        {
            // The first question, with a remark after it ("— Откуда убыток? Ещё два года назад
            // пароходство было в плюсе."), not with its asker ("— Вы согласны? — спросил …").
            Turn::Question
        } else {
            Turn::Other
        };
        let dash_answer = dialogue && turn == Turn::Answer;
        let printed_qa = qa_answers.get(li).copied().unwrap_or(false);
        prev_question = dialogue && turn == Turn::Question;
        last_turn = turn;
        // Not a question after an answer: the interviewer speaks.
        let run_on = dialogue && after_dialogue && turn != Turn::Question;
        if (run_on || dash_answer) && !out.quotes[qstart..].iter().any(|q| q.start == s) {
            out.quotes.insert(
                qstart,
                Quote {
                    start: s,
                    end: e,
                    closed: false,
                    short: false,
                },
            );
        }
        let quotes = &out.quotes[qstart..];
        let mut units = sentences(text, s, e, lex, quotes);
        let n_units = units.len();
        for (k, u) in units.iter_mut().enumerate() {
            u.paragraph = paragraph;
            u.line = li;
            // A credit at the end of a line ("... (Photo: X)") captions its last sentence only.
            u.caption = caption || credit_after && k + 1 == n_units;
            // A plain paragraph's own quotations and cues stay its own (a paragraph with
            // "said" after an interview is no answer's).
            u.answer = dash_answer || printed_qa;
            u.printed_qa = printed_qa && !dash_answer;
            u.speaker = speaker.filter(|_| dash_answer);
        }
        // "Okafor said:" at the end of a line, followed by a line that opens a quotation.
        if let Some(prev_idx) = colon_prev.filter(|_| !caption && !credit_after) {
            if let Some(first) = units.first() {
                if text[first.start..].starts_with(is_quote_char) && first.start == ls {
                    let merged_end = first.end;
                    out.units[prev_idx].end = merged_end;
                    units.remove(0);
                }
            }
        }
        for u in units {
            // Questions in the reporter's voice are not claims.
            let ut = text[u.start..u.end].trim_end();
            if ut.ends_with('?') && !inside_quote(&out.quotes[qstart..], u.end - 1) {
                push_nc(&mut out, u.start, u.end, "question");
                continue;
            }
            out.units.push(u);
        }
        if text[s..e].trim_end().ends_with(':') && !out.units.is_empty() {
            let last = out.units.len() - 1;
            if out.units[last].end == e {
                pending_colon = Some(last);
            }
        }
    }
    out.non_claims.sort_by_key(|n| n.start);
    out
}

/// The agency a dateline names, and where the dateline ends. The pattern's first group is an
/// agency in brackets or slashes ("(Reuters)", "/ТАСС/"); its second and third are an agency
/// written in capitals before the dash ("INTERFAX.RU -") or after it ("— РИА Новости."),
/// which count only when they are a known outlet: otherwise the dateline ends before them.
fn dateline_agency(
    line: &str,
    groups: &[Option<(usize, usize)>; 4],
    lex: &Lexicon,
) -> (Option<String>, usize) {
    let whole = groups[0].map_or(0, |(_, e)| e);
    if let Some((a, b)) = groups[1] {
        let name = line[a..b].trim();
        // "/Корр. ТАСС Ирина Соколова/": a correspondent's credit names the agency inside it.
        let listed = lex.outlet_by_name(name).is_none().then(|| {
            let ws: Vec<&str> = name.split_whitespace().collect();
            (0..ws.len()).find_map(|i| {
                (i + 1..=(i + 3).min(ws.len()))
                    .rev()
                    .map(|j| ws[i..j].join(" "))
                    .find(|n| lex.outlet_by_name(n).is_some())
            })
        });
        return (
            Some(listed.flatten().unwrap_or_else(|| name.to_string())),
            whole,
        );
    }
    match groups[2].or(groups[3]) {
        Some((a, b)) => {
            let name = line[a..b].trim().trim_end_matches('.');
            match lex.outlet_by_name(name) {
                Some(_) => (Some(name.to_string()), whole),
                None => (None, a),
            }
        }
        None => (None, whole),
    }
}

/// Cheap test before the trailer pattern: most lines are body text. `has_word`: the line holds
/// one of the trailer words.
fn maybe_trailer(t: &str, has_word: bool) -> bool {
    t.starts_with('(') || t.len() <= 40 || has_word
}

fn leading_ws(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let s2 = s + leading_ws(t);
    let e2 = s + t.trim_end().len();
    (s2, e2.max(s2))
}

/// Whether an editor's note ("We're working to verify this") opens the line at `ls`.
/// The publisher a publication line names: any name in its group 1, a known outlet in group 2.
fn publication_name<'t>(t: &'t str, lex: &Lexicon) -> Option<&'t str> {
    let re = lex.patterns.publication_line.as_ref()?;
    // Most lines do not match: the fast test first, groups only for a match.
    if !re.is_match(t) {
        return None;
    }
    let c = re.captures(t)?;
    c.get(1)
        .or_else(|| {
            c.get(2)
                .filter(|g| lex.outlet_by_name(g.as_str()).is_some())
        })
        .map(|g| g.as_str())
}

fn editor_note_at(hits: &[Hit], ls: usize) -> bool {
    let i = hits.partition_point(|h| h.start < ls);
    // Any of the hits that start there: "Editor" may also be a hit of its own.
    hits[i..]
        .iter()
        .take_while(|h| h.start == ls)
        .any(|h| h.is(kind::EDITOR_NOTE))
}

/// Where the bracketed group that closes a line opens, when a finished sentence comes before
/// it ("Commuters queue outside the station. (Jo Bell/The Ledger)").
fn bracket_after_sentence(t: &str) -> Option<usize> {
    let t = t.trim_end();
    let open = t.strip_suffix(')')?.rfind('(')?;
    t[..open]
        .trim_end()
        .ends_with(['.', '!', '?', '…'])
        .then_some(open)
}

/// Where a caption's closing credit of the "(Photographer/Agency)" form opens: a bracketed
/// pair of names split by a slash (capitalised words, name joiners and articles), right after
/// the sentence.
fn slash_credit(t: &str, lex: &Lexicon) -> Option<usize> {
    let open = bracket_after_sentence(t)?;
    let inner = t.trim_end()[open + 1..].strip_suffix(')')?;
    let (a, b) = inner.split_once('/')?;
    let name = |part: &str| {
        (1..=6).contains(&part.split_whitespace().count())
            && part.split_whitespace().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                    || lex.word_is(w, wf::NAME_JOINER | wf::ARTICLE)
            })
    };
    (name(a) && name(b)).then_some(open)
}

fn ends_sentence(t: &str) -> bool {
    // A caption's closing credit in brackets follows the sentence's full stop.
    if bracket_after_sentence(t).is_some() {
        return true;
    }
    let t = t
        .trim_end()
        .trim_end_matches(|c: char| is_quote_char(c) || c == ')' || c == ']');
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// A heading: a short line that does not end like a sentence, or a short standalone question.
fn is_heading(t: &str, new_paragraph: bool, first_line: bool, next_blank: bool) -> bool {
    if !words_at_least(t, 1) {
        return true;
    }
    // Most lines are body text that ends like a sentence: decide those before counting words.
    let ends = ends_sentence(t);
    let trimmed = t.trim_end();
    let question = trimmed.ends_with('?');
    if ends && !question {
        return false;
    }
    // "“...” – Cllr Peter Lane, Ashby North ward": a quotation with its speaker, not a heading.
    static DASH_ATTR: OnceLock<Regex> = OnceLock::new();
    let dash = || {
        DASH_ATTR
            .get_or_init(|| Regex::new(r#"["”»’]\s*[-–—]\s*\p{Lu}"#).unwrap())
            .is_match(t)
    };
    // "- Northcoast Power says 48,000 homes are without electricity": a bulleted key point is
    // a sentence without its full stop.
    let bullet = t
        .trim_start()
        .strip_prefix(['-', '•', '*', '▪'])
        .is_some_and(|r| {
            r.starts_with(' ')
                && words_at_least(r, 6)
                && r.split_whitespace()
                    .skip(1)
                    .any(|w| w.starts_with(char::is_lowercase))
        });
    if !ends {
        return words_at_most(t, 22) && !dash() && !bullet;
    }
    if words_at_most(t, 12) && (first_line || (new_paragraph && next_blank)) && !dash() {
        return !trimmed[..trimmed.len() - 1].contains(['.', '!', '?']);
    }
    false
}

fn inside_quote(quotes: &[Quote], pos: usize) -> bool {
    quotes
        .iter()
        .any(|q| !q.short && q.start < pos && pos < q.end)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lean {
    Open,
    Close,
    Either,
}

fn lean(text: &str, pos: usize, c: char, s: usize, e: usize) -> Lean {
    let prev = if pos > s { prev_char(text, pos) } else { None };
    let next = if pos + c.len_utf8() < e {
        next_char(text, pos + c.len_utf8())
    } else {
        None
    };
    let left_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    let right_space = next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}—–-".contains(n));
    match (left_space, right_space) {
        (true, false) => Lean::Open,
        (false, true) => Lean::Close,
        _ => match c {
            '«' | '„' | '“' | '‘' => Lean::Open,
            '»' | '”' | '’' => Lean::Close,
            _ => Lean::Either,
        },
    }
}

/// The double and the single quotation marks of `[s, e)`, by a byte scan: '"' and '\'' are
/// ASCII, « and » start with 0xC2 and the typographic marks with 0xE2.
#[allow(clippy::type_complexity)]
fn quote_marks(text: &str, s: usize, e: usize) -> (Vec<(usize, char)>, Vec<(usize, char)>) {
    let bytes = &text.as_bytes()[..e];
    let mut double = Vec::new();
    let mut single = Vec::new();
    for i in memchr::memchr3_iter(b'"', b'\'', 0xE2, &bytes[s..]).map(|i| s + i) {
        match bytes[i] {
            b'"' => double.push((i, '"')),
            b'\'' => single.push((i, '\'')),
            _ => match text[i..].chars().next() {
                Some(c @ ('“' | '”' | '„' | '‟')) => double.push((i, c)),
                Some(c @ ('‘' | '’')) => single.push((i, c)),
                _ => {}
            },
        }
    }
    let before = double.len();
    for i in memchr::memchr_iter(0xC2, &bytes[s..]).map(|i| s + i) {
        if let Some(c @ ('«' | '»')) = text[i..].chars().next() {
            double.push((i, c));
        }
    }
    if double.len() > before {
        double.sort_unstable_by_key(|m| m.0);
    }
    (double, single)
}

/// Where a quotation interrupted at the dash `d` by the author's words ("— признался он, —")
/// resumes before the mark at `close`: after a second dash that follows a comma or a full
/// stop, with words of the quotation after it.
fn resumed_after_dash(text: &str, d: usize, close: usize) -> Option<usize> {
    let first = text[d..close].chars().next()?;
    let from = d + first.len_utf8();
    let k = text[from..close].find(['—', '–'])?;
    let before = text[from..from + k].trim_end();
    if !before.ends_with([',', '.']) || before.len() == text[from..from + k].len() {
        return None;
    }
    let dash = from + k;
    let after = dash + text[dash..].chars().next()?.len_utf8();
    let rest = &text[after..close];
    let r = after + (rest.len() - rest.trim_start().len());
    (r > after && r < close && text[r..close].chars().any(char::is_alphabetic)).then_some(r)
}

/// Find quotations in one line `[s, e)`.
fn scan_quotes(text: &str, s: usize, e: usize, hits: &[Hit], lex: &Lexicon, out: &mut Vec<Quote>) {
    let (marks, single_marks) = quote_marks(text, s, e);
    let mut found: Vec<Quote> = Vec::new();
    let mut open: Option<usize> = None;
    let mark_len = |p: usize| text[p..].chars().next().map_or(1, char::len_utf8);
    let verb_after_dash = |from: usize, to: usize| -> Option<usize> {
        // A translated "…- said X" closes a quotation whose closing mark is missing.
        let lo = hits.partition_point(|h| h.start <= from);
        for h in &hits[lo..] {
            if h.start >= to {
                break;
            }
            // A quoting verb closes it too ("— …, — цитирует ТАСС адвоката").
            if !(h.is(kind::VERB) || h.is(kind::QUOTING)) {
                continue;
            }
            let raw = &text[from..h.start];
            let before = raw.trim_end();
            if before.len() == raw.len() {
                continue; // "no-reply": a hyphen inside a word
            }
            if let Some(stripped) = before.strip_suffix(['-', '–', '—']) {
                if !stripped.trim().is_empty() {
                    return Some(from + stripped.len());
                }
            }
        }
        None
    };
    for &(pos, c) in &marks {
        let l = lean(text, pos, c, s, e);
        match open {
            None => {
                if l == Lean::Close && c != '«' && c != '„' {
                    continue; // a stray closing mark
                }
                open = Some(pos);
            }
            Some(o) => {
                if let Some(d) = verb_after_dash(o + mark_len(o), pos) {
                    found.push(Quote {
                        start: o,
                        end: d,
                        closed: false,
                        short: false,
                    });
                    // «Я не знаю, — признался он, — забивал ли я…»: the author's words set off
                    // by dashes inside one pair of marks; the quotation resumes after the
                    // second dash and closes at the mark.
                    let closes = l == Lean::Close || c == '»';
                    if let Some(r) = resumed_after_dash(text, d, pos).filter(|_| closes) {
                        found.push(Quote {
                            start: r,
                            end: pos + c.len_utf8(),
                            closed: true,
                            short: false,
                        });
                        open = None;
                        continue;
                    }
                    open = if l == Lean::Close { None } else { Some(pos) };
                    continue;
                }
                let after_comma = text[..pos].trim_end().ends_with(',');
                if l != Lean::Open || after_comma || c == '»' {
                    found.push(Quote {
                        start: o,
                        end: pos + c.len_utf8(),
                        closed: true,
                        short: false,
                    });
                    open = None;
                } else {
                    found.push(Quote {
                        start: o,
                        end: pos,
                        closed: false,
                        short: false,
                    });
                    open = Some(pos);
                }
            }
        }
    }
    // A reporting verb after a comma, with a determiner or a capitalised word among the next
    // four after it, closes a quotation whose closing mark is missing ("“This is new, says
    // military analyst Pavlo Lakiychuk.").
    let verb_after_comma = |from: usize, to: usize| -> Option<usize> {
        let lo = hits.partition_point(|h| h.start <= from);
        hits[lo..]
            .iter()
            .take_while(|h| h.start < to)
            .filter(|h| h.is(kind::VERB))
            .find(|h| {
                let next = text[h.end..to].trim_start();
                let determiner = wf::DETERMINER | wf::POSSESSIVE;
                let mut words = next.split_whitespace().take(4);
                text[from..h.start].trim_end().ends_with(',')
                    && (next
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| lex.word_is(w, determiner))
                        || words.any(|w| w.starts_with(char::is_uppercase)))
            })
            .map(|h| from + text[from..h.start].trim_end().len())
    };
    if let Some(o) = open {
        let end = verb_after_dash(o + mark_len(o), e)
            .or_else(|| verb_after_comma(o + mark_len(o), e))
            .unwrap_or(e);
        // An unclosed mark followed at once by a reporting verb ("“TASS quotes Lavrov.") is a
        // misplaced closing mark, not a quotation.
        let lo = hits.partition_point(|h| h.start <= o);
        // Not when a first or second person speaks before the verb ("“You’d write it up").
        let speaking = || {
            let first = text[o + mark_len(o)..e]
                .split(|c: char| c.is_whitespace() || c == '’' || c == '\'')
                .next()
                .unwrap_or("")
                .lower();
            lex.first_person.contains(&first) || lex.second_person.contains(&first)
        };
        let verb_soon = hits[lo..]
            .iter()
            .take_while(|h| h.start < end && h.start < o + 200)
            .any(|h| {
                (h.is(kind::VERB) || h.is(kind::QUOTING)) && words_at_most(&text[o..h.start], 6)
            })
            && !speaking();
        if !verb_soon {
            found.push(Quote {
                start: o,
                end,
                closed: end != e,
                short: false,
            });
        }
    }
    // An interview answer after a dialogue dash, closed by ", — ответил Орлов": a quotation
    // from the dash to the dash before the verb.
    let line = &text[s..e];
    if let Some(rest) = ["— ", "– "].iter().find_map(|d| line.strip_prefix(d)) {
        let from = e - rest.len();
        if let Some(d) = verb_after_dash(from, e) {
            if text[..d].trim_end().ends_with(',')
                && !found.iter().any(|q| q.start < d && q.end > d)
            {
                found.push(Quote {
                    start: s,
                    end: d,
                    closed: true,
                    short: false,
                });
            }
        }
    }
    // Single quotation marks, outside double ones, at word edges only (not apostrophes).
    let mut sopen: Option<usize> = None;
    let mut singles: Vec<Quote> = Vec::new();
    let mut fi = 0;
    found.sort_by_key(|q| q.start);
    for (pos, c) in single_marks {
        while fi < found.len() && found[fi].end <= pos {
            fi += 1;
        }
        if fi < found.len() && found[fi].start <= pos {
            continue;
        }
        let prev = prev_char(text, pos);
        let next = next_char(text, pos + c.len_utf8());
        let alnum = |x: Option<char>| x.is_some_and(crate::text::is_alnum);
        if alnum(prev) && alnum(next) {
            continue; // apostrophe
        }
        let l = lean(text, pos, c, s, e);
        match sopen {
            None if l == Lean::Open => sopen = Some(pos),
            Some(o) if l == Lean::Close => {
                singles.push(Quote {
                    start: o,
                    end: pos + c.len_utf8(),
                    closed: true,
                    short: false,
                });
                sopen = None;
            }
            _ => {}
        }
    }
    found.extend(singles);
    for q in &mut found {
        let inner = &text[q.start..q.end];
        // A title or scare quote: a few words with no sentence or clause punctuation inside.
        // Not a quotation attributed by a dash after it: «Мы продолжим работу», — сказала она.
        let after = text[q.end..].trim_start();
        let dash_attributed = after
            .strip_prefix(',')
            .is_some_and(|a| a.trim_start().starts_with(['—', '–', '-']));
        // A dot inside a word is a domain ("«Лента.ру»", "Gazeta.ru"), no sentence end.
        let sentence_dot = inner.char_indices().any(|(i, c)| {
            c == '.'
                && !(inner[..i].ends_with(char::is_alphanumeric)
                    && inner[i + 1..].starts_with(char::is_alphanumeric))
        });
        q.short = words_at_most(inner, 4)
            && !sentence_dot
            && !inner.contains(['!', '?', '…', ','])
            && !dash_attributed;
    }
    found.sort_by_key(|q| q.start);
    out.extend(found);
}

/// The token before the stop at `dot`: letters, digits and inner dots.
fn token_before(text: &str, dot: usize) -> &str {
    let before = &text[crate::text::floor_char(text, dot.saturating_sub(40))..dot];
    let tok_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(crate::text::is_alnum(c) || c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &before[tok_start..]
}

/// Whether the stop at `dot` closes a unit abbreviation (`language.unit_abbreviations`:
/// "38 млрд руб.", "и т.д.") with a capital after it: the sentence ends there ("… 38 млрд
/// руб. По словам …"), as it does not after "г. Москва" or "Dr. Smith".
/// `tok` is the token before the stop, `rest` the text after it.
fn unit_before_capital(tok: &str, rest: &str, lex: &Lexicon) -> bool {
    if lex.unit_abbreviations.is_empty() {
        return false;
    }
    let ws = leading_ws(rest);
    ws > 0
        && rest[ws..].chars().next().is_some_and(char::is_uppercase)
        && lex.unit_abbreviations.contains(&tok.lower())
}

/// Whether `tok`, the token before a stop ([`token_before`]), is an abbreviation.
fn is_abbreviation(tok: &str, lex: &Lexicon) -> bool {
    if tok.is_empty() {
        return false;
    }
    if lex.word_is(tok, wf::ABBREVIATION) {
        return true;
    }
    // Initials ("J.", "U.S").
    let mut letters = tok.chars().filter(|c| c.is_alphabetic());
    if let (Some(l), None) = (letters.next(), letters.next()) {
        if l.is_uppercase() {
            return true;
        }
    }
    // ("U.S.", "e.g."; not a decimal number, "breached 41.60.")
    tok.contains('.')
        && tok.split('.').all(|p| p.chars().count() <= 2)
        && !tok.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// Whether the stop at `dot` closes a lower-case abbreviation ("a.m.", "etc.") and a quotation
/// opens right after it on a capital: the sentence ends there ("… until 3 a.m. \"I've been
/// through four of these,\" he said"). A bare capital after one may be a time zone or a day
/// ("9 a.m. Monday"), so it ends nothing.
fn abbreviation_before_quote(text: &str, dot: usize, e: usize) -> bool {
    let lower = text[..dot]
        .chars()
        .next_back()
        .is_some_and(char::is_lowercase);
    let rest = &text[dot + 1..e];
    let ws = leading_ws(rest);
    let mut next = rest[ws..].chars();
    // (A capital inside it: "п. «б» ч. 4" cites a clause.)
    lower
        && ws > 0
        && next.next().is_some_and(is_quote_char)
        && next.next().is_some_and(char::is_uppercase)
}

/// The first '…' at or after `from`: its last byte (0xA6) by a vectorised byte search, then the
/// two before it. A substring search is slower here: its candidate bytes (0xE2, 0x80) open every
/// curly quotation mark and apostrophe.
fn find_ellipsis(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(x) = memchr::memchr(0xA6, &bytes[i..]) {
        let p = i + x;
        if p >= from + 2 && bytes[p - 2] == 0xE2 && bytes[p - 1] == 0x80 {
            return Some(p - 2);
        }
        i = p + 1;
    }
    None
}

/// Split `[s, e)` into sentences and merge those joined by an open quotation.
fn sentences(text: &str, s: usize, e: usize, lex: &Lexicon, quotes: &[Quote]) -> Vec<Unit> {
    let mut bounds = Vec::new();
    let bytes = &text.as_bytes()[..e];
    let mut next_ellipsis = find_ellipsis(bytes, s);
    let mut i = s;
    // '.', '!' and '?' by a vectorised byte search, '…' by a substring search: none of their
    // bytes occurs inside another character's encoding.
    while i < e {
        if next_ellipsis.is_some_and(|x| x < i) {
            next_ellipsis = find_ellipsis(bytes, i);
        }
        let stop = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map(|x| i + x);
        let (pos, c, len) = match (stop, next_ellipsis) {
            (Some(p), Some(q)) if q < p => (q, '…', 3),
            (Some(p), _) => (p, bytes[p] as char, 1),
            (None, Some(q)) => (q, '…', 3),
            (None, None) => break,
        };
        i = pos + len;
        if c == '.' && {
            let tok = token_before(text, pos);
            is_abbreviation(tok, lex)
                && !abbreviation_before_quote(text, pos, e)
                && !unit_before_capital(tok, &text[pos + 1..e], lex)
        } {
            continue;
        }
        // Consume the rest of the punctuation cluster and closing marks.
        let mut end = pos + len;
        while let Some(d) = text[end..e].chars().next() {
            if matches!(
                d,
                '.' | '!' | '?' | '…' | ')' | ']' | '"' | '”' | '’' | '»' | '\''
            ) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        if end >= e {
            break;
        }
        let rest = &text[end..e];
        let ws = leading_ws(rest);
        if ws == 0 {
            continue;
        }
        let next = rest[ws..].chars().next();
        let ok = next.is_some_and(|n| {
            // A pictograph or other symbol opening the next sentence ("… said. 🚧 Experts").
            let symbol = !n.is_alphanumeric() && !n.is_ascii() && !"–—-…".contains(n);
            symbol
                || n.is_uppercase()
                || is_quote_char(n)
                || "([«„".contains(n)
                || n.is_numeric() && c != '.'
        });
        if ok {
            bounds.push(end);
        }
    }
    let mut units = Vec::new();
    let mut start = s;
    for b in bounds {
        if inside_quote(quotes, b) {
            continue;
        }
        let (a, z) = trim_span(text, start, b);
        if a < z {
            units.push(Unit {
                start: a,
                end: z,
                paragraph: 0,
                line: 0,
                caption: false,
                answer: false,
                printed_qa: false,
                speaker: None,
            });
        }
        start = b;
    }
    let (a, z) = trim_span(text, start, e);
    if a < z {
        units.push(Unit {
            start: a,
            end: z,
            paragraph: 0,
            line: 0,
            caption: false,
            answer: false,
            printed_qa: false,
            speaker: None,
        });
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn seg(text: &str) -> (Segmented, Lexicon) {
        let lex = Lexicon::new(&Config::default());
        let hits = lex.scan(text);
        (segment(text, &hits, &lex), lex)
    }

    #[test]
    fn ellipsis_search_skips_other_characters_sharing_its_bytes() {
        // 'Ħ' ends in 0xA6 and the curly quotes open with 0xE2 0x80, as '…' does.
        let text = "“Ħ” ’x… y…";
        let first = text.find('…').unwrap();
        assert_eq!(find_ellipsis(text.as_bytes(), 0), Some(first));
        assert_eq!(find_ellipsis(text.as_bytes(), first + 1), text.rfind('…'));
        assert_eq!(find_ellipsis("no dots here".as_bytes(), 0), None);
        assert_eq!(find_ellipsis("Ħ".as_bytes(), 0), None);
    }

    fn unit_texts<'a>(text: &'a str, s: &Segmented) -> Vec<&'a str> {
        s.units.iter().map(|u| &text[u.start..u.end]).collect()
    }

    #[test]
    fn a_line_over_a_photo_credit_is_its_caption_once_the_story_has_begun() {
        let text = "Заголовок статьи\n\nТекст: Ольга Маркелова\n\nГубернатор области на заседании \
                    правительства\n\nФото: пресс-служба правительства\n\nГубернатор ушёл в отставку.";
        let lex = Lexicon::new(&Config::for_language("ru").unwrap());
        let s = segment(text, &lex.scan(text), &lex);
        let caption = s
            .units
            .iter()
            .find(|u| text[u.start..u.end].starts_with("Губернатор области"));
        assert!(
            caption.is_some_and(|u| u.caption),
            "{:?}",
            unit_texts(text, &s)
        );
        // A bare name over a credit is a byline; a subtitle under the headline is no caption.
        for text in [
            "Заголовок статьи\n\nМария Зуева\n\nФото: пресс-служба\n\nГубернатор ушёл в отставку.",
            "Заголовок статьи\n\nПодзаголовок о главном\n\nФото: пресс-служба\n\nГубернатор ушёл.",
        ] {
            let s = segment(text, &lex.scan(text), &lex);
            assert!(
                s.units.iter().all(|u| !u.caption),
                "{:?}",
                unit_texts(text, &s)
            );
        }
    }

    #[test]
    fn editors_notes_and_copyright_lines_are_not_claims() {
        let text = "The council met on Monday.\n\nEditor's note: An earlier version misstated the \
                    date. The vote was on Monday.\n\nCopyright 2025 KVTR. All rights reserved.";
        let (s, _) = seg(text);
        assert_eq!(unit_texts(text, &s), ["The council met on Monday."]);
        let kinds: Vec<&str> = s.non_claims.iter().map(|n| n.kind.as_str()).collect();
        assert_eq!(kinds, ["editor-note", "trailer"]);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "Lt. Gen. Mykola Bondar said the U.S. Senate met at 3 a.m. on Jan. 9 in St. Albans. Dr. Lee agreed.";
        let (s, _) = seg(text);
        assert_eq!(unit_texts(text, &s).len(), 2);
        // A quotation opening on a capital after "a.m." starts a sentence; a clause letter in
        // guillemets after "п." does not.
        let text = "He stayed until 3 a.m. \"I've been through four of these,\" he said.";
        let (s, _) = seg(text);
        assert_eq!(
            unit_texts(text, &s),
            [
                "He stayed until 3 a.m.",
                "\"I've been through four of these,\" he said."
            ]
        );
        let text = "Дело возбуждено (п. «б» ч. 4 ст. 162 УК РФ), говорится в сообщении.";
        let lex = Lexicon::new(&Config::for_language("ru").unwrap());
        let s = segment(text, &lex.scan(text), &lex);
        assert_eq!(unit_texts(text, &s).len(), 1);
        // A unit's abbreviation before a capital ends the sentence; "г." before a name does not.
        let text = "Долг составил 38 млрд руб. По словам источника, переговоры идут. В 1999 г. \
                    Петров стал директором, сообщил источник.";
        let s = segment(text, &lex.scan(text), &lex);
        assert_eq!(
            unit_texts(text, &s),
            [
                "Долг составил 38 млрд руб.",
                "По словам источника, переговоры идут.",
                "В 1999 г. Петров стал директором, сообщил источник."
            ]
        );
    }

    #[test]
    fn quotations_keep_their_sentences_together() {
        let text = "\"We are ready. It will hold,\" Hrytsenko said. \"Every megawatt counts.\"";
        let (s, _) = seg(text);
        let u = unit_texts(text, &s);
        assert_eq!(
            u,
            vec![
                "\"We are ready. It will hold,\" Hrytsenko said.",
                "\"Every megawatt counts.\""
            ]
        );
    }

    #[test]
    fn broken_closing_mark_before_reporting_verb() {
        let text = "“No conflict […] There is pressure. Missiles will appear, “TASS quotes Lavrov.";
        let (s, _) = seg(text);
        assert_eq!(s.units.len(), 1);
        assert!(s
            .quotes
            .iter()
            .any(|q| text[q.start..q.end].contains("There is pressure")));
        assert!(!s
            .quotes
            .iter()
            .any(|q| text[q.start..q.end].contains("TASS")));
    }

    #[test]
    fn datelines_bylines_headings_credits_are_non_claims() {
        let text = "Storm closes bridge\n\nBy Ann Lee\nBBC News\n\nKYIV, Nov 3 (Reuters) - The bridge closed, police said.\n\nPhoto author, TASS Photo caption, A bridge in Kyiv\n\n(Reporting by Ann Lee; Editing by Bo Li)";
        let (s, _) = seg(text);
        let kinds: Vec<&str> = s.non_claims.iter().map(|n| n.kind.as_str()).collect();
        assert_eq!(
            kinds,
            vec![
                "heading",
                "byline",
                "byline",
                "dateline",
                "caption-credit",
                "trailer"
            ]
        );
        assert_eq!(s.dateline_agency.as_deref(), Some("Reuters"));
        assert_eq!(
            unit_texts(text, &s),
            vec!["The bridge closed, police said.", "A bridge in Kyiv"]
        );
    }

    #[test]
    fn agency_datelines_name_the_publisher() {
        let en = "OSLO, Feb 19, 2025 (AFP) - A drug slowed the disease, a study found.";
        assert_eq!(seg(en).0.dateline_agency.as_deref(), Some("AFP"));
        let lex = Lexicon::new(&Config::for_language("ru").unwrap());
        let ru = |text: &str| {
            let s = segment(text, &lex.scan(text), &lex);
            let first = s.units.first().map(|u| text[u.start..u.end].to_string());
            (s.dateline_agency, first)
        };
        // The agency after the dash, and in capitals before it, when it is a known outlet.
        let (agency, first) = ru("МОСКВА, 29 июля — РИА Новости. Прибыль банка снизилась.");
        assert_eq!(agency.as_deref(), Some("РИА Новости"));
        assert_eq!(first.as_deref(), Some("Прибыль банка снизилась."));
        let (agency, first) = ru("Москва. 3 апреля. INTERFAX.RU - Учёные разработали тест.");
        assert_eq!(agency.as_deref(), Some("INTERFAX.RU"));
        assert_eq!(first.as_deref(), Some("Учёные разработали тест."));
        // Not any capitalised words after the dash: the dateline ends before them.
        let (agency, first) = ru("МОСКВА, 29 июля — Путин. Встреча состоялась.");
        assert_eq!(agency, None);
        assert_eq!(first.as_deref(), Some("Путин."));
    }

    #[test]
    fn colon_merge_stops_at_a_non_claim_line() {
        let text = "The minister said:\nBy Ann Lee\n\n “ U.S.\t";
        let (s, _) = seg(text);
        for n in &s.non_claims {
            for u in &s.units {
                assert!(u.end <= n.start || n.end <= u.start, "{n:?} overlaps {u:?}");
            }
        }
    }

    #[test]
    fn colon_line_merges_with_quoted_paragraph() {
        let text = "Okafor said:\n\n“I have served. I am proud.\n\n“But we failed.”";
        let (s, _) = seg(text);
        let u = unit_texts(text, &s);
        assert_eq!(u.len(), 2);
        assert!(u[0].starts_with("Okafor said:") && u[0].ends_with("proud."));
    }

    #[test]
    fn crlf_and_empty_input() {
        let (s, _) = seg("");
        assert!(s.units.is_empty());
        let text = "One sentence here.\r\n\r\nAnother one, she said.\r\n";
        let (s, _) = seg(text);
        assert_eq!(
            unit_texts(text, &s),
            vec!["One sentence here.", "Another one, she said."]
        );
    }
}
