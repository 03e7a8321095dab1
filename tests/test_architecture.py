"""Rules about how the apps' modules depend on each other, read from the source."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def project_apps() -> list[Path]:
    """The project's Django apps: the top-level folders that hold an apps.py."""
    return sorted(path.parent for path in ROOT.glob("*/apps.py"))


def model_modules() -> list[Path]:
    modules = []
    for app in project_apps():
        modules += [app / "models.py"] if (app / "models.py").exists() else []
        modules += sorted((app / "models").rglob("*.py"))
    return modules


def _is_views(dotted: str) -> bool:
    return "views" in dotted.split(".")


def view_imports(source: str) -> list[int]:
    """The lines of a module's source that import a views module, at any depth."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            # "from .views import x", "from cms.views import x", "from . import views"
            module = node.module or ""
            names = [module] + [f"{module}.{alias.name}" for alias in node.names]
        else:
            continue
        if any(_is_views(name) for name in names):
            lines.append(node.lineno)
    return lines


@pytest.mark.parametrize(
    "source",
    [
        "from .views import webcal_url",
        "from cms.views import webcal_url",
        "from ..views import webcal_url",
        "from . import views",
        "from cms import views as cms_views",
        "import cms.views",
        "def get_context(self):\n    from .views import webcal_url\n",
        "from cms.views.calendars import webcal_url",
    ],
)
def test_a_view_import_is_recognised(source):
    assert view_imports(source)


@pytest.mark.parametrize(
    "source",
    [
        "from .calendars import webcal_url",
        "from .selectors import reviews",
        "import cms.previews",
        "from wagtail.admin.panels import FieldPanel",
    ],
)
def test_other_imports_are_not_taken_for_views(source):
    assert view_imports(source) == []


def test_models_never_import_views():
    modules = model_modules()
    assert ROOT / "cms" / "models" / "__init__.py" in modules

    offenders = [
        f"{module.relative_to(ROOT)}:{line}"
        for module in modules
        for line in view_imports(module.read_text())
    ]

    assert offenders == [], "Models import views (move the helper out of views)"


# One concern per file: past this, a module becomes a package (STYLE.md).
MAX_LINES = 400


def python_sources() -> list[Path]:
    """The project's own Python files, migrations aside."""
    skipped = {".venv", "node_modules", "migrations", "staticfiles", "media"}
    return sorted(
        path
        for path in ROOT.rglob("*.py")
        if not skipped.intersection(path.relative_to(ROOT).parts)
    )


def test_no_python_file_grows_past_the_limit():
    sources = python_sources()
    assert ROOT / "ticketing" / "services" / "orders.py" in sources

    too_long = [
        f"{path.relative_to(ROOT)} ({count} lines)"
        for path in sources
        if (count := len(path.read_text().splitlines())) > MAX_LINES
    ]

    assert too_long == [], "Split these modules by concern"
