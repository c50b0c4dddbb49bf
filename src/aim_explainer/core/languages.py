"""The languages the application speaks, named in their own language (endonyms)."""

DEFAULT = "nb"
SUPPORTED: tuple[tuple[str, str], ...] = (("nb", "Norsk bokmål"), ("en", "English"))
CODES: tuple[str, ...] = tuple(code for code, _ in SUPPORTED)


def endonym(code: str) -> str:
    return dict(SUPPORTED)[code]
