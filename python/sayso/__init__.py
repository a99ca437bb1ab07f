"""sayso: score every claim in a news article on whose say-so it rests.

>>> import sayso
>>> article = sayso.score("The minister said the bridge would reopen on Monday.")
>>> article.claims[0].label
'named'
"""

from __future__ import annotations

from sayso._core import (
    Article,
    Claim,
    ConfigError,
    NonClaim,
    Reason,
    SaysoError,
    __version__,
    score,
    score_many,
)
from sayso._scorer import Scorer

LABELS = ("named", "anonymous", "relayed", "unconfirmed")

try:  # pandas is optional: with it come the frames and the df.sayso / series.sayso accessors
    import pandas as _pandas  # noqa: F401
except ImportError:  # pragma: no cover - exercised only without pandas
    _HAVE_PANDAS = False
else:
    _HAVE_PANDAS = True
    from sayso.frames import articles_frame, claims_frame


def __getattr__(name: str):
    if name in ("claims_frame", "articles_frame"):
        raise AttributeError(f"sayso.{name} needs pandas: pip install 'sayso[pandas]'")
    raise AttributeError(f"module 'sayso' has no attribute {name!r}")


__all__ = [
    "LABELS",
    "Article",
    "Claim",
    "ConfigError",
    "NonClaim",
    "Reason",
    "SaysoError",
    "Scorer",
    "__version__",
    "score",
    "score_many",
]
if _HAVE_PANDAS:
    __all__ += ["articles_frame", "claims_frame"]
