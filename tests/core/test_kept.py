"""``{% keep %}``: a part of a page built once for every visitor, built again after
any change of content, by its values and language, never with a visitor's token."""

import datetime

import pytest
from django.template import RequestContext, Template
from django.test import RequestFactory
from django.utils import timezone, translation

from core import pagecache

pytestmark = pytest.mark.django_db

PART = Template(
    "{% load kept %}{% keep 'part' value until=until %}built {{ build }}{% endkeep %}"
)


class Builds:
    """A value counting how often the template reads it: once per build."""

    def __init__(self):
        self.count = 0

    def __str__(self):
        self.count += 1
        return str(self.count)


@pytest.fixture
def render():
    pagecache.bump(pagecache.CONTENT)  # nothing kept by another test
    builds = Builds()

    def render(value="a", *, request=None, until=None, template=PART):
        request = request or RequestFactory().get("/fr/")
        context = {"value": value, "until": until, "build": builds}
        return template.render(RequestContext(request, context))

    return render


def test_a_part_is_built_once_then_again_after_a_publish(render):
    assert render() == "built 1"
    assert render() == "built 1"

    pagecache.bump(pagecache.CONTENT)

    assert render() == "built 2"


def test_each_value_and_language_has_its_own_part(render):
    assert render("a") == "built 1"
    assert render("b") == "built 2"
    with translation.override("es"):
        assert render("a") == "built 3"
    assert render("a") == "built 1"


def test_a_preview_is_always_built_afresh(render):
    preview = RequestFactory().get("/fr/")
    preview.is_preview = True
    render()

    assert render(request=preview) == "built 2"
    assert render(request=preview) == "built 3"


def test_a_part_stops_being_kept_when_it_stops_being_true(render):
    later = timezone.now() + datetime.timedelta(hours=1)
    assert render(until=later) == "built 1"
    assert render(until=later) == "built 1"

    gone = timezone.now() - datetime.timedelta(seconds=1)
    assert render("b", until=gone) == "built 2"
    assert render("b", until=gone) == "built 3"


def test_until_is_read_only_when_the_part_is_built(render):
    asked = []

    def changes_at():
        asked.append(1)
        return None

    render(until=changes_at)
    render(until=changes_at)

    assert asked == [1]


def test_a_part_holding_a_form_token_is_never_kept(render):
    with_token = Template(
        "{% load kept %}{% keep 'form' %}{{ build }} {% csrf_token %}{% endkeep %}"
    )
    first = render(template=with_token)
    second = render(template=with_token)

    assert first.startswith("1 ") and second.startswith("2 ")


def test_long_values_are_built_for_their_visit_only(render):
    long_query = "q=" + "x" * 400
    assert render(long_query) == "built 1"
    assert render(long_query) == "built 2"


def test_a_name_is_required():
    from django.template import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError):
        Template("{% load kept %}{% keep %}x{% endkeep %}")
