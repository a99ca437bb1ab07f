//! Small text helpers shared by the stages. All offsets are byte offsets.

/// Quotation-mark characters (double and single, typographic and straight, guillemets).
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '\'' | '‘' | '’'
    )
}

pub fn prev_char(text: &str, pos: usize) -> Option<char> {
    text.get(..pos)?.chars().next_back()
}

pub fn next_char(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
}

/// `(start, end)` of every line, without its line break (`\n`, `\r\n` or `\r`). Blank lines
/// (only whitespace) come back empty, as `(s, s)`.
pub fn line_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memchr2(b'\n', b'\r', &bytes[from..]).map(|x| from + x) {
        out.push(trimmed(text, start, i));
        let crlf = bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n');
        start = i + 1 + usize::from(crlf);
        from = start;
    }
    if start < text.len() {
        out.push(trimmed(text, start, text.len()));
    }
    out
}

fn trimmed(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let lead = t.len() - t.trim_start().len();
    let t2 = t.trim();
    if t2.is_empty() {
        return (s, s);
    }
    (s + lead, s + lead + t2.len())
}

/// The nearest char boundary at or before `i`.
pub fn floor_char(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest char boundary at or after `i`.
pub fn ceil_char(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// `slice.partition_point(pred)` (`pred` is true then false along `slice`), found by galloping
/// from a guess: O(log distance) and cache-friendly when successive lookups are near, as they
/// are when the stages read an article front to back.
pub fn gallop<T>(slice: &[T], from: usize, pred: impl Fn(&T) -> bool) -> usize {
    let n = slice.len();
    let from = from.min(n);
    let here = from < n && pred(&slice[from]);
    // The same place as last time: the common case.
    if !here && (from == 0 || pred(&slice[from - 1])) {
        return from;
    }
    if here {
        // Forward: the answer is after `from`.
        let mut lo = from + 1;
        let mut step = 1;
        while lo + step <= n && pred(&slice[lo + step - 1]) {
            lo += step;
            step *= 2;
        }
        let hi = (lo + step).min(n);
        lo + slice[lo..hi].partition_point(&pred)
    } else {
        // Backward: the answer is at or before `from`.
        let mut hi = from;
        let mut step = 1;
        while hi >= step && !pred(&slice[hi - step]) {
            hi -= step;
            step *= 2;
        }
        let lo = hi.saturating_sub(step);
        lo + slice[lo..hi].partition_point(&pred)
    }
}

/// A word: a run of letters and digits, with inner apostrophes, hyphens and dots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// The words of `text[s..e]`.
pub fn words(text: &str, s: usize, e: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let region = &text[s..e];
    let mut cur: Option<usize> = None;
    let mut chars = region.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let joiner = matches!(c, '\'' | '’' | '-' | '.' | '&');
        if is_alnum(c) {
            if cur.is_none() {
                cur = Some(i);
            }
        } else if joiner && cur.is_some() && chars.peek().is_some_and(|&(_, n)| is_alnum(n)) {
            // inner joiner: keep the word going
        } else if let Some(st) = cur.take() {
            out.push(Word {
                start: s + st,
                end: s + i,
            });
        }
    }
    if let Some(st) = cur {
        out.push(Word {
            start: s + st,
            end: e,
        });
    }
    out
}

/// [`ASCII_CLASS`] bit: a letter or digit.
pub const ALNUM: u8 = 1;
/// [`ASCII_CLASS`] bit: an inner joiner of a word (`'`, `-`, `.`, `&`), which keeps it going
/// when a letter or digit follows.
pub const JOINER: u8 = 2;
/// [`ASCII_CLASS`] bit: white space.
pub const SPACE: u8 = 4;

/// What each ASCII byte is to the word scanners, as bits, looked up instead of tested.
pub static ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(c, b'\'' | b'-' | b'.' | b'&') {
            JOINER
        } else if matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            SPACE
        } else {
            0
        };
        b += 1;
    }
    t
};

/// How many ASCII letters and digits open `bytes[i..]`, eight bytes at a time where eight are
/// left: the body of a word is walked by a few word-wide operations rather than a table lookup
/// and two branches per byte.
pub fn alnum_run(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = 0x80 * ONES;
    let from = i;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let low7 = x & (0x7f * ONES);
        // Per byte, with the high bit clear (no borrow crosses bytes): bit 7 of `(c | 0x80) -
        // lo` is set when c >= lo, and of `(0x80 + hi) - c` when c <= hi.
        let in_range = |c: u64, lo: u8, hi: u8| {
            ((c | HIGH) - u64::from(lo) * ONES) & ((u64::from(hi) + 0x80) * ONES - c) & HIGH
        };
        let folded = low7 | (0x20 * ONES);
        let alnum = (in_range(folded, b'a', b'z') | in_range(low7, b'0', b'9')) & !x;
        let run = ((!alnum & HIGH).trailing_zeros() / 8) as usize;
        i += run;
        if run < 8 {
            return i - from;
        }
    }
    while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    i - from
}

/// `c.is_alphanumeric()`, answered without Unicode's tables for the characters outside ASCII
/// that news text is full of: curly quotes, dashes, ellipses and spaces (U+2000 to U+206F) and
/// the no-break space and guillemets; and the letters of Cyrillic (U+0400 to U+052F, but for the
/// sign and combining marks U+0482 to U+0489) and of Latin-1.
#[inline]
pub fn is_alnum(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphanumeric(),
        '\u{a0}'..='\u{a9}' | '\u{ab}' | '\u{bb}' | '\u{2000}'..='\u{206f}' => false,
        '\u{400}'..='\u{481}' | '\u{48a}'..='\u{52f}' => true,
        '\u{c0}'..='\u{ff}' => c != '\u{d7}' && c != '\u{f7}',
        _ => c.is_alphanumeric(),
    }
}

/// [`lower`] as a method of any string.
pub trait Lower {
    /// `self.to_lowercase()`, by [`lower`].
    fn lower(&self) -> String;
}

impl Lower for str {
    fn lower(&self) -> String {
        lower(self)
    }
}

/// `s.to_lowercase()`, without Unicode's case tables for the text of English and Russian news:
/// ASCII, the Cyrillic letters of U+0400 to U+045F, and characters that lower-case to
/// themselves (U+00A0 to U+00BF: punctuation and signs, with ª, µ and º; U+2000 to U+207F). Any
/// other character sends the whole string to `to_lowercase`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.push(match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            '\0'..='\x7f' | 'а'..='џ' | '\u{a0}'..='\u{bf}' | '\u{2000}'..='\u{207f}' => c,
            'А'..='Я' => char::from_u32(u32::from(c) + 0x20).unwrap_or(c),
            'Ѐ'..='Џ' => char::from_u32(u32::from(c) + 0x50).unwrap_or(c),
            _ => return s.to_lowercase(),
        });
    }
    out
}

/// Words of `t` as whitespace-separated runs holding a letter or digit, counted up to `limit`.
/// ASCII bytes are classified directly; other characters are decoded.
fn count_words(t: &str, limit: usize) -> usize {
    let b = t.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    let mut has_alnum = false;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        let (space, alnum, len) = if x < 0x80 {
            let class = ASCII_CLASS[usize::from(x)];
            (class == SPACE, class == ALNUM, 1)
        } else {
            let c = t[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), is_alnum(c), c.len_utf8())
        };
        if space {
            if in_word && has_alnum {
                count += 1;
                if count >= limit {
                    return count;
                }
            }
            in_word = false;
            has_alnum = false;
        } else {
            in_word = true;
            has_alnum |= alnum;
        }
        i += len;
    }
    count + usize::from(in_word && has_alnum)
}

/// Whether the byte at `at` is a comma between two digits ("1,100", "£14,500"): a thousands
/// separator, not a clause comma.
pub fn thousands_comma(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    b.get(at) == Some(&b',')
        && at > 0
        && b[at - 1].is_ascii_digit()
        && b.get(at + 1).is_some_and(u8::is_ascii_digit)
}

pub fn word_count(t: &str) -> usize {
    count_words(t, usize::MAX)
}

/// Whether `t` has at least `n` words; stops counting at `n`.
pub fn words_at_least(t: &str, n: usize) -> bool {
    n == 0 || count_words(t, n) >= n
}

/// Whether `t` has at most `n` words; stops counting after `n + 1`.
pub fn words_at_most(t: &str, n: usize) -> bool {
    !words_at_least(t, n + 1)
}

/// Whether a word starts with an upper-case letter.
/// Whether the letters of the text's opening (its first KiB) are mostly Cyrillic: the text is
/// read with the Russian bundle. A few Latin names in a Russian article, or Cyrillic names in an
/// English one, do not tip it. Counted on bytes: a Cyrillic letter (U+0400 to U+04FF) opens
/// with one of the bytes 0xD0 to 0xD3, which nothing else does.
pub fn mostly_cyrillic(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(1024)];
    let (mut cyrillic, mut latin) = (0usize, 0usize);
    for &b in head {
        latin += usize::from(b.is_ascii_alphabetic());
        cyrillic += usize::from((0xD0..=0xD3).contains(&b));
    }
    cyrillic > latin
}

pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Lower-case a word and strip a possessive "'s".
pub fn norm(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    push_norm(&mut out, w);
    out
}

/// Append [`norm`] of `w` to `out`, lower-casing ASCII in place.
pub fn push_norm(out: &mut String, w: &str) {
    let start = out.len();
    if w.is_ascii() {
        out.push_str(w);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&lower(w));
    }
    let t = &out[start..];
    let cut = t
        .strip_suffix("'s")
        .or_else(|| t.strip_suffix("’s"))
        .map(str::len);
    if let Some(n) = cut {
        out.truncate(start + n);
    }
}

/// Whether `word` ends with one of `suffixes`.
pub fn ends_with_any(word: &str, suffixes: &[String]) -> bool {
    suffixes.iter().any(|x| word.ends_with(x.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_is_to_lowercase_for_every_char_and_mixed_text() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let s = format!("A{c}Я{c}");
            assert_eq!(lower(&s), s.to_lowercase(), "{c:?}");
        }
        for s in [
            "",
            "ПРЕСС-СЛУЖБА «Газпрома» — Ёлки, Ѐ and Џ…",
            "Der STRAẞE and ΣΟΦΙΑ’s",
            "İstanbul",
            "“Quoted,” said Ирина\u{a0}Соколова\u{2116}",
        ] {
            assert_eq!(lower(s), s.to_lowercase(), "{s:?}");
        }
    }

    #[test]
    fn is_alnum_is_is_alphanumeric_for_every_char() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn the_script_of_the_opening_decides() {
        assert!(mostly_cyrillic(
            "Источник в правительстве сообщил ТАСС, что встреча отменена."
        ));
        assert!(!mostly_cyrillic(
            "Sergei Lavrov (Сергей Лавров) said the talks would resume."
        ));
        // Latin outlet names in a Russian article do not tip it.
        assert!(mostly_cyrillic(
            "Об этом сообщает Reuters со ссылкой на The Wall Street Journal и источники."
        ));
        assert!(!mostly_cyrillic(""));
        assert!(!mostly_cyrillic("12:05 — 3,5%"));
        // The opening may end inside a character.
        assert!(mostly_cyrillic(&"ж".repeat(5000)));
        assert!(mostly_cyrillic(&format!("x{}", "ж".repeat(600))));
    }

    #[test]
    fn alnum_run_counts_ascii_letters_and_digits() {
        // Every byte value in every position of a run, against the byte-wise definition.
        for b in 0..=255u8 {
            for pos in 0..12 {
                let mut v = b"Abc9xyzQRS0mnopqrstu".to_vec();
                v[pos] = b;
                let want = v.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
                assert_eq!(alnum_run(&v, 0), want, "byte {b:#x} at {pos}");
                let tail = v[3..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
                assert_eq!(alnum_run(&v, 3), tail, "byte {b:#x} at {pos}, from 3");
            }
        }
        assert_eq!(alnum_run(b"", 0), 0);
        assert_eq!(alnum_run("abé".as_bytes(), 0), 2);
    }

    #[test]
    fn words_keep_inner_joiners() {
        let t = "U.S. Rep. Delgado's self-styled 'plan' — 4,300 people";
        let ws: Vec<&str> = words(t, 0, t.len()).iter().map(|w| w.text(t)).collect();
        assert_eq!(
            ws,
            vec![
                "U.S",
                "Rep",
                "Delgado's",
                "self-styled",
                "plan",
                "4",
                "300",
                "people"
            ]
        );
    }

    #[test]
    fn thousands_commas_sit_between_digits() {
        let t = "£14,500, then 3, 4 and 1,000";
        assert!(thousands_comma(t, t.find("14,").unwrap() + 2));
        assert!(!thousands_comma(t, t.find("500,").unwrap() + 3));
        assert!(!thousands_comma(t, t.find("3,").unwrap() + 1));
        assert!(thousands_comma(t, t.rfind(',').unwrap()));
        assert!(!thousands_comma(t, 0) && !thousands_comma(t, t.len()));
    }

    #[test]
    fn word_counts_match_split_whitespace() {
        let reference = |t: &str| {
            t.split_whitespace()
                .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
                .count()
        };
        for t in [
            "",
            " ",
            "one",
            " two  words ",
            "a - b , c",
            "tab\tand\nnewline\u{a0}nbsp\u{2003}em",
            "— – …",
            "Zoë’s «quote» 4,300",
            "x\u{1c}y",
        ] {
            assert_eq!(word_count(t), reference(t), "{t:?}");
            for n in 0..6 {
                assert_eq!(words_at_least(t, n), reference(t) >= n, "{t:?} {n}");
            }
        }
    }

    #[test]
    fn lines_handle_crlf_and_blank() {
        let t = "a\r\n\r\n  b  \nc";
        let ls = line_spans(t);
        assert_eq!(ls.len(), 4);
        assert_eq!(&t[ls[2].0..ls[2].1], "b");
        assert_eq!(ls[1].0, ls[1].1);
    }
}
