"""The stylesheet parses cleanly: one stray brace drops every rule after it."""

from pathlib import Path

import tinycss2
from django.conf import settings

STYLESHEETS = sorted(Path(settings.BASE_DIR, "site", "static").rglob("*.css"))


def test_stylesheets_have_no_syntax_errors():
    assert STYLESHEETS
    for path in STYLESHEETS:
        rules = tinycss2.parse_stylesheet(
            path.read_text(), skip_comments=True, skip_whitespace=True
        )
        errors = [rule for rule in rules if rule.type == "error"]
        assert errors == [], f"{path.name}: {errors}"
        # Every top-level rule is a selector block or an at-rule, never a stray
        # declaration swallowed by an unclosed block.
        for rule in rules:
            if rule.type == "qualified-rule":
                declarations = tinycss2.parse_blocks_contents(rule.content)
                nested = [d for d in declarations if d.type == "qualified-rule"]
                assert nested == [], (
                    f"{path.name}: unclosed block near line {rule.source_line}"
                )
