//! Thin PyO3 bindings for the sayso engine: convert, release the interpreter around work, map
//! errors. All text work happens in the `sayso` crate.

use numpy::IntoPyArray;
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use sayso::{Config, Format};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

// The engine makes many small allocations (phrases, reasons, claims); mimalloc serves them
// faster than the platform allocator and scales across threads, as in other PyO3 projects
// (polars). Memory allocated here is always freed here.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (the same index in its v2 and v3 option enums).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// Return freed memory to the system at once (`ms = 0`) or after `ms` milliseconds (mimalloc's
/// default is 10). A delayed purge runs only when the freeing thread allocates again, so pages
/// freed by worker threads between batches stay resident: about 25 MB per engine thread.
/// `sayso batch` purges at once to keep a long stream's footprint flat; it costs some
/// throughput (up to ~15% on two threads, measured), so it is not the library's default.
/// `MIMALLOC_PURGE_DELAY` in the environment still sets the starting value.
#[pyfunction]
fn _set_purge_delay(ms: i64) -> PyResult<()> {
    if ms < 0 {
        return Err(PyValueError::new_err("ms must be at least 0"));
    }
    let ms = std::ffi::c_long::try_from(ms).unwrap_or(std::ffi::c_long::MAX);
    // SAFETY: sets a plain integer option; mimalloc allows this at any time, from any thread.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, ms) };
    Ok(())
}

create_exception!(
    sayso,
    SaysoError,
    PyValueError,
    "Base class of every sayso error."
);
create_exception!(
    sayso,
    ConfigError,
    SaysoError,
    "An invalid sayso configuration (the message names the key and line)."
);

/// A `ConfigError` carrying `.key` and `.line` (None when unknown) beside its message.
fn config_error(e: &sayso::ConfigError) -> PyErr {
    let err = ConfigError::new_err(e.to_string());
    Python::attach(|py| {
        let v = err.value(py);
        let _ = v.setattr("key", e.key.clone());
        let _ = v.setattr("line", e.line);
        let _ = v.setattr("message", e.message.clone());
    });
    err
}

fn map_err(e: sayso::Error) -> PyErr {
    match e {
        sayso::Error::Config(c) => config_error(&c),
        sayso::Error::InvalidArgument(m) => SaysoError::new_err(m),
    }
}

/// Articles handed to the engine per batch step; the interpreter is checked for Ctrl-C between
/// steps so a long batch stops promptly.
const CHUNK: usize = 256;

#[pyclass(frozen, module = "sayso", name = "Reason", eq)]
#[derive(Clone, PartialEq)]
pub struct PyReason {
    #[pyo3(get)]
    rule: String,
    #[pyo3(get)]
    delta: f64,
    #[pyo3(get)]
    note: String,
    #[pyo3(get)]
    span: Option<(usize, usize)>,
}

#[pymethods]
impl PyReason {
    fn __repr__(&self) -> String {
        format!("Reason({}, {:+}, {:?})", self.rule, self.delta, self.note)
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let f = py.import("sayso._core")?.getattr("_reason_from")?;
        let args =
            (self.rule.clone(), self.delta, self.note.clone(), self.span).into_pyobject(py)?;
        PyTuple::new(py, [f.into_any(), args.into_any()])
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("rule", &self.rule)?;
        d.set_item("delta", self.delta)?;
        d.set_item("note", &self.note)?;
        d.set_item("span", self.span)?;
        Ok(d)
    }
}

/// Take an object that holds no Python references out of the cyclic garbage collector's
/// view. Every pyclass is a GC type, but a `Claim` or `NonClaim` is plain data and can be in no
/// reference cycle; left tracked, each full collection walked every claim of every article
/// alive (0.8 M for 20,000 articles), while scoring and long after.
fn untracked<T>(obj: Py<T>) -> Py<T> {
    // SAFETY: `obj` is a live object we own; untracking an object is always sound (it only
    // stops the collector from visiting it) and dealloc copes with an untracked object.
    unsafe { pyo3::ffi::PyObject_GC_UnTrack(obj.as_ptr().cast()) };
    obj
}

/// One claim of an article: its span, label, source, cue, relay chain, score and reasons.
#[pyclass(frozen, module = "sayso", name = "Claim")]
pub struct PyClaim {
    inner: sayso::Claim,
    #[pyo3(get)]
    text: String,
}

#[pymethods]
impl PyClaim {
    #[getter]
    fn start(&self) -> usize {
        self.inner.start
    }
    #[getter]
    fn end(&self) -> usize {
        self.inner.end
    }
    #[getter]
    fn label(&self) -> &'static str {
        self.inner.label.as_str()
    }
    #[getter]
    fn origin(&self) -> &'static str {
        self.inner.origin.as_str()
    }
    #[getter]
    fn source(&self) -> Option<String> {
        self.inner.source.clone()
    }
    #[getter]
    fn source_span(&self) -> Option<(usize, usize)> {
        self.inner.source_span
    }
    #[getter]
    fn cue(&self) -> Option<String> {
        self.inner.cue.clone()
    }
    #[getter]
    fn cue_span(&self) -> Option<(usize, usize)> {
        self.inner.cue_span
    }
    #[getter]
    fn via(&self) -> Vec<String> {
        self.inner.via.clone()
    }
    #[getter]
    fn flags(&self) -> std::collections::BTreeSet<String> {
        self.inner.flags.iter().cloned().collect()
    }
    #[getter]
    fn score(&self) -> f64 {
        self.inner.score
    }
    #[getter]
    fn paragraph(&self) -> usize {
        self.inner.paragraph
    }
    #[getter]
    fn reasons(&self) -> Vec<PyReason> {
        self.inner.reasons.iter().map(reason).collect()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.inner.start)?;
        d.set_item("end", self.inner.end)?;
        d.set_item("text", &self.text)?;
        d.set_item("label", self.label())?;
        d.set_item("origin", self.origin())?;
        d.set_item("source", &self.inner.source)?;
        d.set_item("source_span", self.inner.source_span)?;
        d.set_item("cue", &self.inner.cue)?;
        d.set_item("cue_span", self.inner.cue_span)?;
        d.set_item("via", &self.inner.via)?;
        d.set_item("flags", self.flags().into_iter().collect::<Vec<_>>())?;
        d.set_item("score", self.inner.score)?;
        d.set_item("paragraph", self.inner.paragraph)?;
        let rs = PyList::empty(py);
        for r in self.reasons() {
            rs.append(r.to_dict(py)?)?;
        }
        d.set_item("reasons", rs)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        let mut t: String = self.text.chars().take(60).collect();
        if self.text.chars().count() > 60 {
            t.push('…');
        }
        let src = self.inner.source.as_deref().unwrap_or("-");
        let via = if self.inner.via.is_empty() {
            String::new()
        } else {
            format!(", via={:?}", self.inner.via)
        };
        format!(
            "Claim({}, score={:.2}, source={:?}{via}, text={:?})",
            self.label(),
            self.inner.score,
            src,
            t
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyClaim>()
            .map(|o| o.get().inner == self.inner && o.get().text == self.text)
            .unwrap_or(false)
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let json =
            serde_json::to_string(&self.inner).map_err(|e| SaysoError::new_err(e.to_string()))?;
        let f = py.import("sayso._core")?.getattr("_claim_from_json")?;
        PyTuple::new(
            py,
            [
                f.into_any(),
                PyTuple::new(py, [json, self.text.clone()])?.into_any(),
            ],
        )
    }
}

#[pyfunction]
fn _claim_from_json(json: &str, text: String) -> PyResult<PyClaim> {
    let inner: sayso::Claim =
        serde_json::from_str(json).map_err(|e| SaysoError::new_err(e.to_string()))?;
    Ok(PyClaim { inner, text })
}

fn reason(r: &sayso::Reason) -> PyReason {
    PyReason {
        rule: r.rule.to_string(),
        delta: r.delta,
        note: r.note.to_string(),
        span: r.span,
    }
}

#[pyfunction]
fn _reason_from(rule: String, delta: f64, note: String, span: Option<(usize, usize)>) -> PyReason {
    PyReason {
        rule,
        delta,
        note,
        span,
    }
}

#[pyfunction]
fn _non_claim_from(start: usize, end: usize, kind: String, text: String) -> PyNonClaim {
    PyNonClaim {
        start,
        end,
        kind,
        text,
    }
}

#[pyclass(frozen, module = "sayso", name = "NonClaim")]
pub struct PyNonClaim {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    kind: String,
    #[pyo3(get)]
    text: String,
}

#[pymethods]
impl PyNonClaim {
    fn __repr__(&self) -> String {
        format!("NonClaim({}, {:?})", self.kind, self.text)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyNonClaim>()
            .map(|o| {
                let o = o.get();
                (o.start, o.end, &o.kind, &o.text) == (self.start, self.end, &self.kind, &self.text)
            })
            .unwrap_or(false)
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let f = py.import("sayso._core")?.getattr("_non_claim_from")?;
        let args =
            (self.start, self.end, self.kind.clone(), self.text.clone()).into_pyobject(py)?;
        PyTuple::new(py, [f.into_any(), args.into_any()])
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("kind", &self.kind)?;
        d.set_item("text", &self.text)?;
        Ok(d)
    }
}

/// A scored article: its claims, non-claims, score and summary.
#[pyclass(frozen, module = "sayso", name = "Article")]
pub struct PyArticle {
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    score: f64,
    claims: Vec<Py<PyClaim>>,
    non_claims: Vec<Py<PyNonClaim>>,
    summary: sayso::Summary,
}

/// An article ready to become Python objects: offsets converted, texts cut.
/// Built without the interpreter, on the engine's worker threads (see [`batch`]).
struct Prepared {
    score: f64,
    claims: Vec<PyClaim>,
    non_claims: Vec<PyNonClaim>,
    summary: sayso::Summary,
}

impl Prepared {
    fn new(text: &str, mut a: sayso::Article) -> Prepared {
        // Texts are cut on byte offsets, before the offsets become code-point offsets.
        let cut = |s: usize, e: usize| text.get(s..e).unwrap_or_default().to_string();
        let claim_texts: Vec<String> = a.claims.iter().map(|c| cut(c.start, c.end)).collect();
        let non_claim_texts: Vec<String> =
            a.non_claims.iter().map(|n| cut(n.start, n.end)).collect();
        a.to_char_offsets(text);
        let claims = a
            .claims
            .into_iter()
            .zip(claim_texts)
            .map(|(c, text)| PyClaim { text, inner: c })
            .collect();
        let non_claims = a
            .non_claims
            .into_iter()
            .zip(non_claim_texts)
            .map(|(n, text)| PyNonClaim {
                text,
                start: n.start,
                end: n.end,
                kind: n.kind,
            })
            .collect();
        Prepared {
            score: a.score,
            claims,
            non_claims,
            summary: a.summary,
        }
    }
}

impl PyArticle {
    /// The engine's article again (code-point offsets), for pickling and comparison: the
    /// JSON is written when asked for, not for every article scored.
    fn article(&self) -> sayso::Article {
        sayso::Article {
            claims: self.claims.iter().map(|c| c.get().inner.clone()).collect(),
            non_claims: self
                .non_claims
                .iter()
                .map(|n| {
                    let n = n.get();
                    sayso::NonClaim {
                        start: n.start,
                        end: n.end,
                        kind: n.kind.clone(),
                    }
                })
                .collect(),
            score: self.score,
            summary: self.summary.clone(),
        }
    }

    fn to_json(&self) -> PyResult<String> {
        serde_json::to_string(&self.article()).map_err(|e| SaysoError::new_err(e.to_string()))
    }

    fn build(py: Python<'_>, text: String, a: sayso::Article) -> PyResult<PyArticle> {
        let p = Prepared::new(&text, a);
        Self::from_prepared(py, text, p)
    }

    fn from_prepared(py: Python<'_>, text: String, p: Prepared) -> PyResult<PyArticle> {
        let claims = p
            .claims
            .into_iter()
            .map(|c| Py::new(py, c).map(untracked))
            .collect::<PyResult<Vec<_>>>()?;
        let non_claims = p
            .non_claims
            .into_iter()
            .map(|n| Py::new(py, n).map(untracked))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PyArticle {
            text,
            score: p.score,
            claims,
            non_claims,
            summary: p.summary,
        })
    }
}

#[pymethods]
impl PyArticle {
    #[getter]
    fn claims<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.claims.iter().map(|c| c.clone_ref(py)))
    }

    #[getter]
    fn non_claims<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.non_claims.iter().map(|c| c.clone_ref(py)))
    }

    /// Article-level indicators as a dict.
    #[getter]
    fn summary<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let s = &self.summary;
        let d = PyDict::new(py);
        d.set_item("n_claims", s.n_claims)?;
        let counts = PyDict::new(py);
        let shares = PyDict::new(py);
        for l in sayso::Label::ALL {
            counts.set_item(l.as_str(), s.counts[l.index()])?;
            shares.set_item(l.as_str(), s.shares[l.index()])?;
        }
        d.set_item("counts", counts)?;
        d.set_item("shares", shares)?;
        d.set_item("mean_score", s.mean_score)?;
        d.set_item("weakest_central_claim", s.weakest_central_claim)?;
        d.set_item("premise_score", s.premise_score)?;
        d.set_item("sources", &s.sources)?;
        d.set_item("outlets", &s.outlets)?;
        d.set_item("diversity", s.diversity)?;
        d.set_item("transparency", s.transparency)?;
        d.set_item("single_source_share", s.single_source_share)?;
        d.set_item("n_non_claims", s.n_non_claims)?;
        d.set_item("publisher", &s.publisher)?;
        Ok(d)
    }

    #[getter]
    fn publisher(&self) -> Option<String> {
        self.summary.publisher.clone()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", &self.text)?;
        d.set_item("score", self.score)?;
        let cl = PyList::empty(py);
        for c in &self.claims {
            cl.append(c.get().to_dict(py)?)?;
        }
        d.set_item("claims", cl)?;
        let nl = PyList::empty(py);
        for n in &self.non_claims {
            nl.append(n.get().to_dict(py)?)?;
        }
        d.set_item("non_claims", nl)?;
        d.set_item("summary", self.summary(py)?)?;
        Ok(d)
    }

    fn __len__(&self) -> usize {
        self.claims.len()
    }

    fn __repr__(&self) -> String {
        let s = &self.summary;
        format!(
            "Article(score={:.2}, claims={}, named={}, anonymous={}, relayed={}, unconfirmed={})",
            self.score, s.n_claims, s.counts[0], s.counts[1], s.counts[2], s.counts[3]
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyArticle>()
            .map(|o| {
                let o = o.get();
                // As their pickled forms compare: serde writes a NaN as null, so an article
                // equals its copy even where an indicator is undefined.
                o.text == self.text
                    && serde_json::to_value(o.article()).ok()
                        == serde_json::to_value(self.article()).ok()
            })
            .unwrap_or(false)
    }

    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        Ok(py
            .import("sayso._display")?
            .call_method1("article_html", (slf,))?
            .unbind())
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let f = py.import("sayso._core")?.getattr("_article_from_json")?;
        PyTuple::new(
            py,
            [
                f.into_any(),
                PyTuple::new(py, [self.text.clone(), self.to_json()?])?.into_any(),
            ],
        )
    }
}

#[pyfunction]
fn _article_from_json(py: Python<'_>, text: String, json: &str) -> PyResult<PyArticle> {
    let a: sayso::Article =
        serde_json::from_str(json).map_err(|e| SaysoError::new_err(e.to_string()))?;
    // Offsets in the stored JSON are already code-point offsets: rebuild without converting.
    let chars: Vec<char> = text.chars().collect();
    let sub = |s: usize, e: usize| -> String {
        chars[s.min(chars.len())..e.min(chars.len())]
            .iter()
            .collect()
    };
    let claims = a
        .claims
        .iter()
        .map(|c| {
            Py::new(
                py,
                PyClaim {
                    inner: c.clone(),
                    text: sub(c.start, c.end),
                },
            )
            .map(untracked)
        })
        .collect::<PyResult<Vec<_>>>()?;
    let non_claims = a
        .non_claims
        .iter()
        .map(|n| {
            Py::new(
                py,
                PyNonClaim {
                    start: n.start,
                    end: n.end,
                    kind: n.kind.clone(),
                    text: sub(n.start, n.end),
                },
            )
            .map(untracked)
        })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyArticle {
        text,
        score: a.score,
        claims,
        non_claims,
        summary: a.summary,
    })
}

/// The text of a Python `str` as UTF-8; a lone surrogate (which UTF-8 cannot hold) is a
/// `SaysoError` naming the row rather than a bare `UnicodeEncodeError`.
fn utf8<'a>(s: &'a Bound<'_, PyString>, row: Option<usize>) -> PyResult<&'a str> {
    s.to_str().map_err(|e| {
        let at = row.map(|i| format!("texts[{i}]")).unwrap_or("text".into());
        SaysoError::new_err(format!("{at} is not valid Unicode (lone surrogate?): {e}"))
    })
}

fn extract_texts(texts: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be a sequence of str, not a single str",
        ));
    }
    let mut out = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        match item.cast::<PyString>() {
            Ok(s) => out.push(utf8(s, Some(i))?.to_owned()),
            Err(_) => {
                return Err(PyTypeError::new_err(format!(
                    "texts[{i}] is {}, expected str",
                    item.get_type().name()?
                )))
            }
        }
    }
    Ok(out)
}

/// A configured scorer: the same methods as the module-level functions.
#[pyclass(frozen, module = "sayso._core", name = "Scorer")]
pub struct PyScorer {
    scorer: sayso::Scorer,
    config_text: Option<String>,
    format: String,
}

fn parse_format(f: &str) -> PyResult<Format> {
    match f.to_ascii_lowercase().as_str() {
        "toml" => Ok(Format::Toml),
        "json" => Ok(Format::Json),
        other => Err(SaysoError::new_err(format!(
            "unknown configuration format {other:?}; use \"toml\" or \"json\""
        ))),
    }
}

/// The default scorer, compiled on first use with the interpreter released (it takes about
/// 0.1 s, which other Python threads need not wait out).
fn default_scorer(py: Python<'_>) -> &'static sayso::Scorer {
    static S: OnceLock<sayso::Scorer> = OnceLock::new();
    match S.get() {
        Some(s) => s,
        None => py.detach(|| S.get_or_init(sayso::Scorer::default)),
    }
}

fn score_one(
    py: Python<'_>,
    scorer: &sayso::Scorer,
    text: &Bound<'_, PyAny>,
    outlet: Option<&str>,
) -> PyResult<PyArticle> {
    let s = text
        .cast::<PyString>()
        .map_err(|_| {
            PyTypeError::new_err(format!(
                "text must be str, not {}",
                text.get_type()
                    .name()
                    .map(|n| n.to_string())
                    .unwrap_or_default()
            ))
        })
        .and_then(|s| utf8(s, None).map(str::to_owned))?;
    let a = py
        .detach(|| guarded(|| scorer.score(&s, outlet)))
        .map_err(|m| SaysoError::new_err(format!("the engine failed on this text: {m}")))?;
    PyArticle::build(py, s, a)
}

/// Run engine code, turning a panic (an engine bug) into an error message so it reaches
/// Python as `SaysoError` rather than a `PanicException` that escapes `except Exception`.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|p| {
        p.downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "internal error".to_string())
    })
}

enum BatchFail {
    Engine(sayso::Error),
    Panic(usize, String),
}

/// Score one chunk (rayon, via `Scorer::score_many_with`), `convert`ing each article on the
/// thread that scored it. An engine bug on some text is found again one by one, and named.
fn score_chunk<S, R, C>(
    scorer: &sayso::Scorer,
    chunk: &[S],
    off: usize,
    outlet: Option<&str>,
    n_threads: Option<usize>,
    convert: &C,
) -> Result<Vec<R>, BatchFail>
where
    S: AsRef<str> + Sync,
    R: Send,
    C: Fn(&str, sayso::Article) -> R + Sync,
{
    match guarded(|| scorer.score_many_with(chunk, outlet, n_threads, convert)) {
        Ok(r) => r.map_err(BatchFail::Engine),
        Err(_) => {
            let mut v = Vec::with_capacity(chunk.len());
            for (i, t) in chunk.iter().enumerate() {
                let t = t.as_ref();
                let r = guarded(|| convert(t, scorer.score(t, outlet)))
                    .map_err(|m| BatchFail::Panic(off + i, m))?;
                v.push(r);
            }
            Ok(v)
        }
    }
}

/// `texts` in owned chunks of `step`, each with its offset.
fn owned_chunks<S>(texts: Vec<S>, step: usize) -> impl Iterator<Item = (usize, Vec<S>)> {
    let mut it = texts.into_iter();
    let mut off = 0;
    std::iter::from_fn(move || {
        let chunk: Vec<S> = it.by_ref().take(step).collect();
        off += chunk.len();
        (!chunk.is_empty()).then(|| (off - chunk.len(), chunk))
    })
}

/// The one path for batch work. Checks `n_threads`, then scores `texts` chunk by chunk with
/// the interpreter released, `convert`ing each article on the thread that scored it, and
/// hands each chunk's results to `take` on the calling thread, with the interpreter, in
/// order. `take` gets the chunk's offset in `texts`, the chunk itself (owned, so that texts
/// can move into the results without a copy) and its converted articles (from byte offsets,
/// as the engine returns them). Ctrl-C is checked between chunks.
///
/// With more than one thread the chunks are pipelined: the engine scores the next chunk on
/// its pool while this thread `take`s the last one, so the serial part (making Python objects)
/// overlaps the engine instead of leaving the other cores idle. At most two chunks of results
/// wait at a time, so memory stays bounded however long the batch.
#[allow(clippy::too_many_arguments)]
fn batch<S, R, C, F>(
    py: Python<'_>,
    scorer: &sayso::Scorer,
    texts: Vec<S>,
    rows: Option<&[usize]>,
    outlet: Option<&str>,
    n_threads: Option<i64>,
    convert: C,
    mut take: F,
) -> PyResult<()>
where
    S: AsRef<str> + Send + Sync,
    R: Send,
    C: Fn(&str, sayso::Article) -> R + Sync,
    F: FnMut(Python<'_>, usize, Vec<S>, Vec<R>) -> PyResult<()>,
{
    let n_threads: Option<usize> = match n_threads {
        None => None,
        Some(n) if n >= 1 => Some(usize::try_from(n).unwrap_or(usize::MAX).min(1024)),
        Some(n) => {
            return Err(SaysoError::new_err(format!(
                "n_threads must be at least 1 (or None for all cores), not {n}"
            )))
        }
    };
    let fail = |e: BatchFail| match e {
        BatchFail::Engine(e) => map_err(e),
        BatchFail::Panic(i, m) => {
            let row = rows.map_or(i, |r| r[i]);
            SaysoError::new_err(format!("the engine failed on texts[{row}]: {m}"))
        }
    };
    let step = CHUNK.max(n_threads.unwrap_or(1) * 16);
    if n_threads == Some(1) || texts.len() <= step {
        for (off, chunk) in owned_chunks(texts, step) {
            let done = py
                .detach(|| score_chunk(scorer, &chunk, off, outlet, n_threads, &convert))
                .map_err(fail)?;
            take(py, off, chunk, done)?;
            py.check_signals()?;
        }
        return Ok(());
    }
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        let (stop, convert) = (&stop, &convert);
        s.spawn(move || {
            for (off, chunk) in owned_chunks(texts, step) {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let r = score_chunk(scorer, &chunk, off, outlet, n_threads, convert);
                let failed = r.is_err();
                if tx.send((off, chunk, r)).is_err() || failed {
                    break;
                }
            }
        });
        let mut rx = Some(rx);
        let mut result = Ok(());
        // The engine thread ends the channel after the last chunk. (A receiver is not `Sync`:
        // it moves to the detached closure and back.)
        while let Some(r) = rx.take() {
            let (got, back) = py.detach(move || (r.recv(), r));
            let Ok((off, chunk, done)) = got else { break };
            result = done
                .map_err(fail)
                .and_then(|done| take(py, off, chunk, done))
                .and_then(|()| py.check_signals());
            if result.is_err() {
                break;
            }
            rx = Some(back);
        }
        // On an error or Ctrl-C the engine thread stops after its current chunk.
        stop.store(true, Ordering::Relaxed);
        drop(rx);
        result
    })
}

fn score_batch(
    py: Python<'_>,
    scorer: &sayso::Scorer,
    texts: &Bound<'_, PyAny>,
    outlet: Option<&str>,
    n_threads: Option<i64>,
) -> PyResult<Vec<PyArticle>> {
    let texts = extract_texts(texts)?;
    let mut out = Vec::with_capacity(texts.len());
    batch(
        py,
        scorer,
        texts,
        None,
        outlet,
        n_threads,
        Prepared::new,
        |py, _, chunk, done| {
            for (t, p) in chunk.into_iter().zip(done) {
                out.push(PyArticle::from_prepared(py, t, p)?);
            }
            Ok(())
        },
    )?;
    Ok(out)
}

/// Cells of a column of texts: `str` or `None` (a missing article; the Python layer turns NaN,
/// `pd.NA` and non-strings into `None` or raises, as the user asks).
fn extract_optional_texts(texts: &Bound<'_, PyAny>) -> PyResult<Vec<Option<String>>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be a sequence of str, not a single str",
        ));
    }
    let mut out = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        if item.is_none() {
            out.push(None);
            continue;
        }
        match item.cast::<PyString>() {
            Ok(s) => out.push(Some(utf8(s, Some(i))?.to_owned())),
            Err(_) => {
                return Err(PyTypeError::new_err(format!(
                    "texts[{i}] is {}, expected str or None",
                    item.get_type().name()?
                )))
            }
        }
    }
    Ok(out)
}

/// The present texts of a column and their row numbers.
fn present(texts: &[Option<String>]) -> (Vec<&str>, Vec<usize>) {
    texts
        .iter()
        .enumerate()
        .filter_map(|(i, t)| t.as_deref().map(|t| (t, i)))
        .unzip()
}

fn origin_code(o: sayso::Origin) -> i8 {
    match o {
        sayso::Origin::Named => 0,
        sayso::Origin::Anonymous => 1,
        sayso::Origin::Unknown => 2,
        sayso::Origin::Unconfirmed => 3,
    }
}

fn span_or(s: Option<(usize, usize)>) -> (i64, i64) {
    s.map(|(a, b)| (a as i64, b as i64)).unwrap_or((-1, -1))
}

/// "B.NAMED +80; M.NAMED.NO_ROLE -5": rules and deltas in order, compact enough for a cell.
fn compact_reasons_into(out: &mut String, rs: &[sayso::Reason]) {
    use std::fmt::Write;
    for (i, r) in rs.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        out.push_str(&r.rule);
        // Writing to a String cannot fail.
        let _ = write!(out, " {:+}", r.delta);
    }
}

/// A column of optional strings built as one UTF-8 buffer with Arrow's layout: row `i` is
/// `data[offsets[i]..offsets[i + 1]]`, null where `valid[i]` is false. Rows are written straight
/// into the buffer on the worker threads, with no `String` per cell.
#[derive(Default)]
struct StrColumn {
    /// `len + 1` end offsets once a row is pushed (the first is 0); empty before.
    offsets: Vec<i64>,
    data: String,
    valid: Vec<bool>,
}

impl StrColumn {
    fn len(&self) -> usize {
        self.valid.len()
    }

    /// Push a row written by `write` into the buffer.
    fn push_with(&mut self, write: impl FnOnce(&mut String)) {
        if self.offsets.is_empty() {
            self.offsets.push(0);
        }
        write(&mut self.data);
        self.offsets.push(self.data.len() as i64);
        self.valid.push(true);
    }

    fn push(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.push_with(|d| d.push_str(s)),
            None => {
                self.push_with(|_| {});
                *self.valid.last_mut().expect("just pushed") = false;
            }
        }
    }

    /// Room for `o` and, if it must grow, for `scale` times as much again (see
    /// [`ClaimColumns::append_chunk`]).
    fn make_room(&mut self, o: &StrColumn, scale: f64) {
        let grow = |have: usize, add: usize| (have < add).then_some((add as f64 * scale) as usize);
        if let Some(n) = grow(self.valid.capacity() - self.valid.len(), o.len()) {
            self.offsets.reserve(n + 1);
            self.valid.reserve(n);
        }
        if let Some(n) = grow(self.data.capacity() - self.data.len(), o.data.len()) {
            self.data.reserve(n);
        }
    }

    fn append(&mut self, o: StrColumn) {
        if o.valid.is_empty() {
            return;
        }
        if self.offsets.is_empty() {
            self.offsets.push(0);
        }
        let shift = self.data.len() as i64;
        self.offsets
            .extend(o.offsets[1..].iter().map(|x| x + shift));
        self.data.push_str(&o.data);
        self.valid.extend(o.valid);
    }

    /// As a list of `str`/`None`, or (with `buffers`) as the tuple `(offsets, data, valid)` of
    /// numpy arrays (int64, uint8, bool; `valid` is None when no row is null), ready for
    /// `pyarrow.Array.from_buffers(pyarrow.large_string(), ...)` without a copy.
    fn into_py(self, py: Python<'_>, buffers: bool) -> PyResult<Bound<'_, PyAny>> {
        if buffers {
            let n = self.len();
            let offsets = if self.offsets.is_empty() {
                vec![0]
            } else {
                self.offsets
            };
            let valid = if self.valid.iter().all(|&v| v) {
                py.None().into_bound(py)
            } else {
                self.valid.into_pyarray(py).into_any()
            };
            debug_assert_eq!(offsets.len(), n + 1);
            let t = PyTuple::new(
                py,
                [
                    offsets.into_pyarray(py).into_any(),
                    self.data.into_bytes().into_pyarray(py).into_any(),
                    valid,
                ],
            )?;
            return Ok(t.into_any());
        }
        let cells = self.valid.iter().enumerate().map(|(i, &ok)| {
            ok.then(|| &self.data[self.offsets[i] as usize..self.offsets[i + 1] as usize])
        });
        Ok(PyList::new(py, cells)?.into_any())
    }
}

/// Per-claim columns, filled with the interpreter released.
#[derive(Default)]
struct ClaimColumns {
    article: Vec<i64>,
    claim: Vec<i64>,
    start: Vec<i64>,
    end: Vec<i64>,
    label: Vec<i8>,
    origin: Vec<i8>,
    score: Vec<f64>,
    paragraph: Vec<i64>,
    source_start: Vec<i64>,
    source_end: Vec<i64>,
    cue_start: Vec<i64>,
    cue_end: Vec<i64>,
    text: StrColumn,
    source: StrColumn,
    cue: StrColumn,
    via: StrColumn,
    flags: StrColumn,
    reasons: StrColumn,
}

impl ClaimColumns {
    fn push_article(&mut self, row: usize, text: &str, mut a: sayso::Article) {
        // Claim texts are cut on byte offsets, before they become code-point offsets.
        for c in &a.claims {
            self.text
                .push(Some(text.get(c.start..c.end).unwrap_or_default()));
        }
        a.to_char_offsets(text);
        for (k, c) in a.claims.into_iter().enumerate() {
            self.article.push(row as i64);
            self.claim.push(k as i64);
            self.start.push(c.start as i64);
            self.end.push(c.end as i64);
            self.label.push(c.label.index() as i8);
            self.origin.push(origin_code(c.origin));
            self.score.push(c.score);
            self.paragraph.push(c.paragraph as i64);
            let (ss, se) = span_or(c.source_span);
            self.source_start.push(ss);
            self.source_end.push(se);
            let (cs, ce) = span_or(c.cue_span);
            self.cue_start.push(cs);
            self.cue_end.push(ce);
            self.source.push(c.source.as_deref());
            self.cue.push(c.cue.as_deref());
            self.via.push_with(|d| {
                for (i, v) in c.via.iter().enumerate() {
                    if i > 0 {
                        d.push_str(" > ");
                    }
                    d.push_str(v);
                }
            });
            let mut flags = c.flags;
            flags.sort();
            flags.dedup();
            self.flags.push_with(|d| {
                for (i, f) in flags.iter().enumerate() {
                    if i > 0 {
                        d.push(',');
                    }
                    d.push_str(f);
                }
            });
            self.reasons
                .push_with(|d| compact_reasons_into(d, &c.reasons));
        }
    }

    /// Columns in one, in order (each piece grows the result to its projected size, see
    /// [`Self::append_chunk`]).
    fn concat(pieces: Vec<ClaimColumns>) -> ClaimColumns {
        let mut out = ClaimColumns::default();
        let n = pieces.len();
        for (i, p) in pieces.into_iter().enumerate() {
            out.append_chunk(p, (n - i) as f64);
        }
        out
    }

    /// Append one chunk's columns. When a column must grow, it grows to what the remaining
    /// articles will need at this chunk's rate (`remaining_scale` = remaining articles / this
    /// chunk's articles, plus a margin): a batch's columns are reallocated a few times rather
    /// than doubled again and again, and end close to their size rather than up to twice it.
    fn append_chunk(&mut self, c: ClaimColumns, remaining_scale: f64) {
        let scale = remaining_scale * 1.1;
        macro_rules! join {
            ($($num:ident),*; $($str:ident),*) => {
                let mut c = c;
                $(
                    if self.$num.capacity() - self.$num.len() < c.$num.len() {
                        self.$num.reserve((c.$num.len() as f64 * scale) as usize);
                    }
                    self.$num.append(&mut c.$num);
                )*
                $(
                    self.$str.make_room(&c.$str, scale);
                    self.$str.append(c.$str);
                )*
            };
        }
        join!(article, claim, start, end, label, origin, score, paragraph, source_start,
            source_end, cue_start, cue_end; text, source, cue, via, flags, reasons);
    }

    fn into_dict(self, py: Python<'_>, buffers: bool) -> PyResult<Bound<'_, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("article", self.article.into_pyarray(py))?;
        d.set_item("claim", self.claim.into_pyarray(py))?;
        d.set_item("start", self.start.into_pyarray(py))?;
        d.set_item("end", self.end.into_pyarray(py))?;
        d.set_item("label", self.label.into_pyarray(py))?;
        d.set_item("origin", self.origin.into_pyarray(py))?;
        d.set_item("score", self.score.into_pyarray(py))?;
        d.set_item("paragraph", self.paragraph.into_pyarray(py))?;
        d.set_item("source_start", self.source_start.into_pyarray(py))?;
        d.set_item("source_end", self.source_end.into_pyarray(py))?;
        d.set_item("cue_start", self.cue_start.into_pyarray(py))?;
        d.set_item("cue_end", self.cue_end.into_pyarray(py))?;
        d.set_item("text", self.text.into_py(py, buffers)?)?;
        d.set_item("source", self.source.into_py(py, buffers)?)?;
        d.set_item("cue", self.cue.into_py(py, buffers)?)?;
        d.set_item("via", self.via.into_py(py, buffers)?)?;
        d.set_item("flags", self.flags.into_py(py, buffers)?)?;
        d.set_item("reasons", self.reasons.into_py(py, buffers)?)?;
        Ok(d)
    }
}

/// Per-article columns, one row per input cell (missing cells keep their row).
struct ArticleColumns {
    missing: Vec<bool>,
    score: Vec<f64>,
    n_claims: Vec<i64>,
    counts: [Vec<i64>; 4],
    shares: [Vec<f64>; 4],
    mean_score: Vec<f64>,
    weakest_claim: Vec<i64>,
    premise_score: Vec<f64>,
    n_sources: Vec<i64>,
    n_outlets: Vec<i64>,
    diversity: Vec<f64>,
    transparency: Vec<f64>,
    single_source_share: Vec<f64>,
    n_non_claims: Vec<i64>,
    publisher: Vec<Option<String>>,
    sources: Vec<Option<String>>,
}

impl ArticleColumns {
    fn new(n: usize) -> Self {
        let nan = || vec![f64::NAN; n];
        let zero = || vec![0i64; n];
        ArticleColumns {
            missing: vec![true; n],
            score: nan(),
            n_claims: zero(),
            counts: [zero(), zero(), zero(), zero()],
            shares: [nan(), nan(), nan(), nan()],
            mean_score: nan(),
            weakest_claim: vec![-1; n],
            premise_score: nan(),
            n_sources: zero(),
            n_outlets: zero(),
            diversity: nan(),
            transparency: nan(),
            single_source_share: nan(),
            n_non_claims: zero(),
            publisher: vec![None; n],
            sources: vec![None; n],
        }
    }

    fn set(&mut self, row: usize, (score, s): (f64, sayso::Summary)) {
        self.missing[row] = false;
        self.score[row] = score;
        self.n_claims[row] = s.n_claims as i64;
        for l in 0..4 {
            self.counts[l][row] = s.counts[l] as i64;
            self.shares[l][row] = s.shares[l];
        }
        self.mean_score[row] = s.mean_score;
        self.weakest_claim[row] = s.weakest_central_claim.map_or(-1, |i| i as i64);
        self.premise_score[row] = s.premise_score.unwrap_or(f64::NAN);
        self.n_sources[row] = s.sources.len() as i64;
        self.n_outlets[row] = s.outlets.len() as i64;
        self.diversity[row] = s.diversity;
        self.transparency[row] = s.transparency.unwrap_or(f64::NAN);
        self.single_source_share[row] = s.single_source_share;
        self.n_non_claims[row] = s.n_non_claims as i64;
        self.publisher[row] = s.publisher;
        self.sources[row] = Some(s.sources.join("; "));
    }

    fn into_dict(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("missing", self.missing.into_pyarray(py))?;
        d.set_item("score", self.score.into_pyarray(py))?;
        d.set_item("n_claims", self.n_claims.into_pyarray(py))?;
        let [c0, c1, c2, c3] = self.counts;
        let [s0, s1, s2, s3] = self.shares;
        for (l, (c, s)) in sayso::Label::ALL
            .iter()
            .zip([(c0, s0), (c1, s1), (c2, s2), (c3, s3)])
        {
            d.set_item(format!("n_{}", l.as_str()), c.into_pyarray(py))?;
            d.set_item(format!("share_{}", l.as_str()), s.into_pyarray(py))?;
        }
        d.set_item("mean_score", self.mean_score.into_pyarray(py))?;
        d.set_item("weakest_claim", self.weakest_claim.into_pyarray(py))?;
        d.set_item("premise_score", self.premise_score.into_pyarray(py))?;
        d.set_item("n_sources", self.n_sources.into_pyarray(py))?;
        d.set_item("n_outlets", self.n_outlets.into_pyarray(py))?;
        d.set_item("diversity", self.diversity.into_pyarray(py))?;
        d.set_item("transparency", self.transparency.into_pyarray(py))?;
        d.set_item(
            "single_source_share",
            self.single_source_share.into_pyarray(py),
        )?;
        d.set_item("n_non_claims", self.n_non_claims.into_pyarray(py))?;
        d.set_item("publisher", PyList::new(py, self.publisher)?)?;
        d.set_item("sources", PyList::new(py, self.sources)?)?;
        Ok(d)
    }
}

fn claims_columns_impl<'py>(
    py: Python<'py>,
    scorer: &sayso::Scorer,
    texts: &Bound<'py, PyAny>,
    outlet: Option<&str>,
    n_threads: Option<i64>,
    strings: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let buffers = match strings {
        "list" => false,
        "buffers" => true,
        other => {
            return Err(PyValueError::new_err(format!(
                "strings must be 'list' or 'buffers', not {other:?}"
            )))
        }
    };
    let texts = extract_optional_texts(texts)?;
    let (valid, rows) = present(&texts);
    let mut cols = ClaimColumns::default();
    let total = valid.len();
    batch(
        py,
        scorer,
        valid,
        Some(&rows),
        outlet,
        n_threads,
        |t, a| {
            let mut c = ClaimColumns::default();
            c.push_article(0, t, a);
            c
        },
        // Each chunk's articles are joined at once, while they are hot in the cache.
        |py, off, chunk, mut done| {
            py.detach(|| {
                for (i, c) in done.iter_mut().enumerate() {
                    c.article.fill(rows[off + i] as i64);
                }
                let scale = (total - off) as f64 / chunk.len().max(1) as f64;
                cols.append_chunk(ClaimColumns::concat(done), scale);
            });
            Ok(())
        },
    )?;
    cols.into_dict(py, buffers)
}

fn articles_columns_impl<'py>(
    py: Python<'py>,
    scorer: &sayso::Scorer,
    texts: &Bound<'py, PyAny>,
    outlet: Option<&str>,
    n_threads: Option<i64>,
) -> PyResult<Bound<'py, PyDict>> {
    let texts = extract_optional_texts(texts)?;
    let (valid, rows) = present(&texts);
    let mut cols = ArticleColumns::new(texts.len());
    batch(
        py,
        scorer,
        valid,
        Some(&rows),
        outlet,
        n_threads,
        // Only the score and summary cross to this thread; the claims are dropped where they
        // were made, in parallel.
        |_, a| (a.score, a.summary),
        |_, off, chunk, arts| {
            for (i, a) in arts.into_iter().enumerate() {
                debug_assert!(i < chunk.len());
                cols.set(rows[off + i], a);
            }
            Ok(())
        },
    )?;
    cols.into_dict(py)
}

#[pymethods]
impl PyScorer {
    #[new]
    #[pyo3(signature = (config_text=None, format="toml"))]
    fn new(py: Python<'_>, config_text: Option<String>, format: &str) -> PyResult<Self> {
        let fmt = parse_format(format)?;
        let scorer = match &config_text {
            None => default_scorer(py).clone(),
            Some(t) => py
                .detach(|| Config::from_user_text(t, fmt).map(sayso::Scorer::new))
                .map_err(|e| config_error(&e))?,
        };
        Ok(PyScorer {
            scorer,
            config_text,
            format: format.to_ascii_lowercase(),
        })
    }

    #[pyo3(signature = (text, outlet=None))]
    fn score(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        outlet: Option<&str>,
    ) -> PyResult<PyArticle> {
        score_one(py, &self.scorer, text, outlet)
    }

    #[pyo3(signature = (texts, outlet=None, n_threads=None))]
    fn score_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        outlet: Option<&str>,
        n_threads: Option<i64>,
    ) -> PyResult<Vec<PyArticle>> {
        score_batch(py, &self.scorer, texts, outlet, n_threads)
    }

    /// Per-claim numpy columns for a batch (see the module-level `claims_columns`).
    #[pyo3(signature = (texts, outlet=None, n_threads=None, strings="list"))]
    fn claims_columns<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        outlet: Option<&str>,
        n_threads: Option<i64>,
        strings: &str,
    ) -> PyResult<Bound<'py, PyDict>> {
        claims_columns_impl(py, &self.scorer, texts, outlet, n_threads, strings)
    }

    /// Per-article numpy columns for a batch (see the module-level `articles_columns`).
    #[pyo3(signature = (texts, outlet=None, n_threads=None))]
    fn articles_columns<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        outlet: Option<&str>,
        n_threads: Option<i64>,
    ) -> PyResult<Bound<'py, PyDict>> {
        articles_columns_impl(py, &self.scorer, texts, outlet, n_threads)
    }

    /// The effective configuration (defaults merged with the user's) as TOML.
    fn config_toml(&self) -> String {
        self.scorer.config().to_toml()
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let me = slf.get();
        let cls = slf.get_type().into_any();
        let args = PyTuple::new(
            py,
            [
                me.config_text.clone().into_pyobject(py)?.into_any(),
                me.format.clone().into_pyobject(py)?.into_any(),
            ],
        )?;
        PyTuple::new(py, [cls, args.into_any()])
    }

    fn __repr__(&self) -> String {
        match &self.config_text {
            None => "Scorer(default configuration)".to_string(),
            Some(_) => "Scorer(custom configuration)".to_string(),
        }
    }
}

/// Score one article with the default configuration.
#[pyfunction]
#[pyo3(signature = (text, outlet=None))]
fn score(py: Python<'_>, text: &Bound<'_, PyAny>, outlet: Option<&str>) -> PyResult<PyArticle> {
    score_one(py, default_scorer(py), text, outlet)
}

/// Score many articles in parallel (the interpreter is released while the engine works).
#[pyfunction]
#[pyo3(signature = (texts, outlet=None, n_threads=None))]
fn score_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    outlet: Option<&str>,
    n_threads: Option<i64>,
) -> PyResult<Vec<PyArticle>> {
    score_batch(py, default_scorer(py), texts, outlet, n_threads)
}

/// Score a batch into per-claim columns: a dict of numpy arrays (`article` row number, `claim`
/// index, code-point `start`/`end`, `label`/`origin` codes as int8 in the order of `LABELS` and
/// `ORIGINS`, `score`, `paragraph`, `source_start`/`source_end`/`cue_start`/`cue_end` with -1
/// when absent) and lists of str (`text`, `source`, `cue`, `via` joined with " > ", `flags`
/// joined with ",", `reasons` as "RULE +delta; ..."). `None` cells are missing articles: they
/// have no claims. No per-claim Python objects are built. With `strings="buffers"` each string
/// column is instead `(offsets, data, valid)`: int64 end offsets (n + 1, from 0), the UTF-8
/// bytes as uint8 and a bool mask of non-null rows (None when none is null), Arrow's
/// `large_string` layout, so that not even a `str` per cell is made.
#[pyfunction]
#[pyo3(signature = (texts, outlet=None, n_threads=None, strings="list"))]
fn claims_columns<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    outlet: Option<&str>,
    n_threads: Option<i64>,
    strings: &str,
) -> PyResult<Bound<'py, PyDict>> {
    claims_columns_impl(py, default_scorer(py), texts, outlet, n_threads, strings)
}

/// Score a batch into per-article columns, one row per input cell: `missing` (bool), `score`,
/// `n_claims`, `n_<label>` and `share_<label>` per label, `mean_score`, `weakest_claim` (-1 when
/// none), `premise_score`, `n_sources`, `n_outlets`, `diversity`, `transparency`,
/// `single_source_share`, `n_non_claims` as numpy arrays; `publisher` and `sources` (joined with
/// "; ") as lists. Missing rows have NaN floats and zero counts.
#[pyfunction]
#[pyo3(signature = (texts, outlet=None, n_threads=None))]
fn articles_columns<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    outlet: Option<&str>,
    n_threads: Option<i64>,
) -> PyResult<Bound<'py, PyDict>> {
    articles_columns_impl(py, default_scorer(py), texts, outlet, n_threads)
}

/// Validate a configuration text; raises ConfigError naming the key and line.
#[pyfunction]
#[pyo3(signature = (config_text, format="toml"))]
fn check_config(config_text: &str, format: &str) -> PyResult<()> {
    Config::from_user_text(config_text, parse_format(format)?).map_err(|e| config_error(&e))?;
    Ok(())
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("SaysoError", m.py().get_type::<SaysoError>())?;
    m.add("ConfigError", m.py().get_type::<ConfigError>())?;
    m.add_class::<PyClaim>()?;
    m.add_class::<PyReason>()?;
    m.add_class::<PyNonClaim>()?;
    m.add_class::<PyArticle>()?;
    m.add_class::<PyScorer>()?;
    m.add_function(wrap_pyfunction!(score, m)?)?;
    m.add_function(wrap_pyfunction!(score_many, m)?)?;
    m.add_function(wrap_pyfunction!(check_config, m)?)?;
    m.add_function(wrap_pyfunction!(_set_purge_delay, m)?)?;
    m.add_function(wrap_pyfunction!(claims_columns, m)?)?;
    m.add_function(wrap_pyfunction!(articles_columns, m)?)?;
    m.add_function(wrap_pyfunction!(_claim_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(_article_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(_reason_from, m)?)?;
    m.add_function(wrap_pyfunction!(_non_claim_from, m)?)?;
    Ok(())
}
