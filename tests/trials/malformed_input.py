"""Malformed input: Hypothesis-generated text into every service entry point that takes text.

The text mixes full-width letters and digits, control characters, zero-width and bidi marks,
emoji, very long strings (1,000-10,000 characters), formula injection (=cmd|' /C calc'!A0,
+SUM(), @x, -1+1), SQL injection ('; DROP TABLE visit;--), arbitrary Unicode (lone surrogates
cannot be encoded, so none) and valid values decorated with all of these. Each target
(tests/trials/malformed_targets.py) puts the text into one field of one entry point, every other
field valid. A call either

* raises a desk error (``DomainError``: validation, conflict, ...) - counted as refused; or
* succeeds, and what is stored equals the service's own cleaning function applied to the same
  text - counted as accepted in canonical form;

anything else is a crash (any other exception) or a silent accept (stored text differs from
the canonical form, or was stored although the cleaning function refuses it). Accepted values
that still hold control characters or invisible format characters are counted as well.

    python -m tests.trials.malformed_input [--examples 300] [--db URL | --postgres] [--only PREFIX]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

from hall_desk.domain.errors import DomainError
from tests.trials.common import RESULTS, migrated, open_services, set_up, sqlite_url, write_figures
from tests.trials.malformed_targets import TARGETS, Desk, Target

FULLWIDTH = "".join(chr(c) for c in range(0xFF01, 0xFF5F)) + "\u3000"
CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)))
INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\u2028\u2029"
)
EMOJI = ("😀", "🚀", "👨‍👩‍👧", "🇨🇳", "👍🏽", "❤️", "🀄", "𠮷")
INJECTIONS = (
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)",
    "@x",
    "-1+1",
    '=HYPERLINK("http://x","y")',
    "\t=1+1",
    "'; DROP TABLE visit;--",
    '" OR 1=1 --',
    "Robert'); DROP TABLE staff;--",
    "%s%n{0}{name}",
    "<script>alert(1)</script>",
    "NULL",
    "../../etc/passwd",
    "\\x00",
    "\u202egnp.exe",
)
SPACES = (" ", "\u3000", "\n", "\t", "\r\n", "  ", "\u00a0", "\u2003")
_ANY = st.characters(exclude_categories=("Cs",))


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _decorate(text: str, how: int, extra: str, at: int) -> str:
    at = at % (len(text) + 1)
    return (
        _fullwidth(text),
        f"{extra}{text}{extra}",
        text[:at] + extra + text[at:],
        unicodedata.normalize("NFD", text),
        text.upper(),
        text * 3,
        f" {text}\u3000",
    )[how % 7]


def texts(valid: Sequence[str] | st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Malformed text, with valid values among it (plain and decorated) so accepts happen too."""
    good = valid if isinstance(valid, st.SearchStrategy) else st.sampled_from(tuple(valid))
    piece = st.one_of(
        st.sampled_from(INJECTIONS),
        st.sampled_from(EMOJI),
        good,
        st.text(st.sampled_from(FULLWIDTH), min_size=1, max_size=8),
        st.text(st.sampled_from(CONTROLS), min_size=1, max_size=3),
        st.text(st.sampled_from(INVISIBLE), min_size=1, max_size=3),
        st.sampled_from(SPACES),
        st.text(_ANY, max_size=12),
    )
    mixed = st.lists(piece, max_size=6).map("".join)
    long = st.builds(
        lambda p, n: (p * (n // len(p) + 1))[:n], piece.filter(bool), st.integers(1_000, 10_000)
    )
    decorated = st.builds(_decorate, good, st.integers(0, 6), piece, st.integers(0, 99))
    return st.one_of(mixed, long, decorated, good)


@dataclass
class Tally:
    calls: int = 0
    refused: int = 0
    accepted_canonical: int = 0
    crashes: int = 0
    silent_accepts: int = 0
    accepted_with_control_chars: int = 0
    accepted_with_format_chars: int = 0
    examples: list[dict[str, str]] = field(default_factory=list)

    def note(self, kind: str, text: str, **detail: Any) -> None:
        if sum(e["kind"] == kind for e in self.examples) < 3:
            self.examples.append(
                {"kind": kind, "input": _short(text), **{k: _short(v) for k, v in detail.items()}}
            )


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 240 else f"{text[:200]}... ({len(text)} chars)"


def _invisible(text: str) -> bool:
    """A format character (zero-width, bidi, soft hyphen...) other than the joiner of emoji."""
    for i, c in enumerate(text):
        if unicodedata.category(c) in ("Cf", "Zl", "Zp"):
            around = text[i - 1 : i] + text[i + 1 : i + 2]
            emoji_joiner = (
                c == "\u200d"
                and len(around) == 2
                and all(unicodedata.category(a) == "So" for a in around)
            )
            if not emoji_joiner:
                return True
    return False


def _chars(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, tuple | list):
        return "".join(_chars(v) for v in value)
    return ""


_REFUSED = object()


def classify(target: Target, desk: Desk, text: str, tally: Tally) -> None:
    tally.calls += 1
    try:
        read = target.call(desk, text)
    except DomainError:
        tally.refused += 1
        return
    except Exception as exc:
        tally.crashes += 1
        tally.note(
            "crash",
            text,
            error=f"{type(exc).__name__}: {exc}"[:300],
            where=traceback.format_exc().strip().splitlines()[-3],
        )
        return
    stored = read()
    try:
        canonical = target.canonical(desk, text)
    except DomainError as exc:
        canonical, why = _REFUSED, exc.render()
    if stored != canonical:
        tally.silent_accepts += 1
        detail = "refused by the cleaning function: " + why if canonical is _REFUSED else canonical
        tally.note("silent_accept", text, stored=stored, canonical=detail)
        return
    tally.accepted_canonical += 1
    if not target.shown:  # a password is never shown, any character may be in it
        return
    chars = _chars(stored)
    if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in chars):
        tally.accepted_with_control_chars += 1
        tally.note("accepted_with_control_chars", text, stored=stored)
    if _invisible(chars):
        tally.accepted_with_format_chars += 1
        tally.note("accepted_with_format_chars", text, stored=stored)


def explore(target: Target, desk: Desk, examples: int, seed: int) -> Tally:
    tally = Tally()

    @hypothesis_seed(seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(texts(target.valid))
    def probe(text: str) -> None:
        classify(target, desk, text, tally)

    probe()
    return tally


def run(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="hd-malformed-"))
    template = Path(migrated(sqlite_url(work / "template.sqlite3")).removeprefix("sqlite:///"))
    server = None
    url = args.db
    if args.postgres:
        from tests.pg_cluster import ThrowawayPostgres

        server = ThrowawayPostgres.temporary()
        server.start()
        url = server.create_database("hd_malformed")
    url = migrated(url or sqlite_url(work / "malformed.sqlite3"))
    services = open_services(url, slips=work / "slips")
    began = time.monotonic()
    try:
        admin, clerk = set_up(services)
        desk = Desk(services, admin, clerk, template, work)
        targets = [t for t in TARGETS if t.name.startswith(tuple(args.only or [""]))]
        per_target = {t.name: explore(t, desk, args.examples, args.seed) for t in targets}
    finally:
        services.db.dispose()
        if server is not None:
            server.stop()
    totals = {
        key: sum(getattr(t, key) for t in per_target.values())
        for key in (
            "calls",
            "refused",
            "accepted_canonical",
            "crashes",
            "silent_accepts",
            "accepted_with_control_chars",
            "accepted_with_format_chars",
        )
    }
    figures = {
        "database": services.db.url.get_backend_name(),
        "examples_per_entry_point": args.examples,
        "entry_points": len(per_target),
        "seed": args.seed,
        "seconds": round(time.monotonic() - began, 1),
        "totals": totals,
        "per_entry_point": {name: asdict(t) for name, t in per_target.items()},
    }
    out = write_figures(args.name, figures, args.results)
    print(
        f"malformed input ({figures['database']}): {totals['calls']} calls into "
        f"{len(per_target)} entry points, refused {totals['refused']}, accepted canonical "
        f"{totals['accepted_canonical']}, crashes {totals['crashes']}, silent accepts "
        f"{totals['silent_accepts']} (accepted with control chars "
        f"{totals['accepted_with_control_chars']}, with invisible format chars "
        f"{totals['accepted_with_format_chars']}) -> {out}"
    )
    return 1 if totals["crashes"] or totals["silent_accepts"] else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", "--trials", type=int, default=300, help="per entry point")
    parser.add_argument("--db", help="an empty database URL (default: a new SQLite file)")
    parser.add_argument("--postgres", action="store_true", help="use a throwaway PostgreSQL")
    parser.add_argument("--only", action="append", help="entry points starting with this")
    parser.add_argument("--seed", type=int, default=int(date.today().strftime("%Y%m%d")))
    parser.add_argument("--name", default="malformed_input", help="results file: trials_NAME")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the JSON goes")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
