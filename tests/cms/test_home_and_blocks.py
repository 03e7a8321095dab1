import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from cms.blocks import BaseStreamBlock, PromoStreamBlock
from tests.cms.factories import (
    EventPageFactory,
    ImageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
)
from tests.cms.utils import queries_for
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_every_block_has_a_template_description_and_preview():
    ImageFactory()
    for stream in (BaseStreamBlock(), PromoStreamBlock()):
        for name, block in stream.child_blocks.items():
            assert block.meta.template, name
            assert block.meta.description, name
            assert block.get_preview_value() is not None, name


def test_home_shows_featured_news_next_events_promotions_and_goals(
    client, homes, agenda
):
    index = NewsIndexPageFactory(parent=homes["fr"])
    old = NewsArticlePageFactory(
        parent=index, title="Lauréat du prix", date=datetime.date(2024, 11, 5)
    )
    for day in range(1, 5):
        NewsArticlePageFactory(
            parent=index, title=f"Brève {day}", date=datetime.date(2026, 5, day)
        )
    EventPageFactory(parent=agenda, title="Conférence mondiale 2027")
    course = StandardPageFactory(parent=homes["fr"], title="Le cours en ligne")
    home = homes["fr"]
    home.featured_news = old
    home.promotions = [
        ("promo", {"page": course, "link_label": "S'inscrire au cours"}),
        (
            "promo",
            {
                "url": "https://prize.example.org/",
                "title": "Prix Antoine Rufenacht",
                "link_label": "Candidater",
            },
        ),
    ]
    home.save_revision().publish()

    html = client.get("/fr/").content.decode()

    assert html.index("Lauréat du prix") < html.index("Brève 4")
    assert "Brève 3" in html and "Brève 1" not in html  # featured + the 2 latest
    assert "Conférence mondiale 2027" in html
    assert "Le cours en ligne" in html and "S&#x27;inscrire au cours" in html
    assert 'href="https://prize.example.org/"' in html
    assert html.count('class="goal-tile goal--') == 10


def test_home_query_count_does_not_grow(client, homes, agenda):
    index = NewsIndexPageFactory(parent=homes["fr"])
    image = ImageFactory()

    def add(count):
        for _ in range(count):
            NewsArticlePageFactory(parent=index, hero_image=image)
            EventPageFactory(parent=agenda)

    add(5)
    small = queries_for(client, "/fr/")
    add(100)
    assert queries_for(client, "/fr/") == small
    assert small <= 30


def test_standard_page_blocks_render(client, homes):
    document = Document.objects.create(
        title="Rapport annuel 2025", file=ContentFile(b"%PDF-1.4 test", "rapport.pdf")
    )
    # A cached oEmbed answer: the test never reaches the internet.
    Embed.objects.create(
        hash=get_embed_hash("https://www.youtube.com/watch?v=abc", 800),
        url="https://www.youtube.com/watch?v=abc",
        max_width=800,
        html='<iframe title="AIVP" src="https://www.youtube-nocookie.com/embed/abc"></iframe>',
        type="video",
        last_updated=datetime.datetime.now(datetime.UTC),
    )
    StandardPageFactory(
        parent=homes["fr"],
        slug="blocs",
        body=[
            ("embed", "https://www.youtube.com/watch?v=abc"),
            ("document_list", {"title": "À télécharger", "documents": [document]}),
            (
                "accordion",
                {
                    "title": "FAQ",
                    "items": [
                        {
                            "heading": "Qu'est-ce qu'un Port Center ?",
                            "body": "<p>Un lieu.</p>",
                        }
                    ],
                },
            ),
            (
                "two_columns",
                {
                    "left": [("paragraph", "<p>Gauche</p>")],
                    "right": [("paragraph", "<p>Droite</p>")],
                },
            ),
            (
                "key_figures",
                {
                    "title": "Le réseau",
                    "figures": [{"value": "200+", "label": "membres"}],
                },
            ),
        ],
    )

    html = client.get("/fr/blocs/").content.decode()

    assert "youtube-nocookie.com/embed/abc" in html
    assert f'href="/documents/{document.pk}/rapport' in html  # served by Wagtail
    assert "/media/documents/" not in html
    assert "<summary>Qu&#x27;est-ce qu&#x27;un Port Center ?</summary>" in html
    assert "Gauche" in html and "Droite" in html
    assert "<dd>200+</dd>" in html
    response = client.get(f"/documents/{document.pk}/rapport.pdf")
    assert response.status_code == 200
