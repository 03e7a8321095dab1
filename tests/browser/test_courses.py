"""The course as its people use it, in Chromium: a learner enrols, follows the
lessons, passes the quizzes, watches the progress move, gets a certificate that
verifies; staff start the next promotion; every page fits a phone and passes axe."""

import datetime
import re

import pytest
from django.utils import timezone

from courses.demo_learners import right_answers
from courses.models import Certificate, CoursePage, LessonPage, Promotion
from tests.browser.helpers import problems_on, sign_in_to_admin, signed_in_context
from tests.factories import AffiliationFactory, VerifiedUserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COURSE = {
    "fr": "/fr/formations/ville-portuaire-durable/",
    "en": "/en/courses/sustainable-port-city/",
    "es": "/es/cursos/ciudad-portuaria-sostenible/",
}


def running_promotion() -> Promotion:
    """The demo's running promotion, every module released (a later week of it),
    its certificates given as soon as a learner completes."""
    promotion = Promotion.objects.get(state=Promotion.State.RUNNING)
    promotion.certificate_available_on = None
    promotion.save(update_fields=["certificate_available_on"])
    promotion.schedule.update(
        release_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    return promotion


def course_urls() -> dict[str, str]:
    urls = {}
    for language in COURSE:
        course = CoursePage.objects.live().get(locale__language_code=language)
        urls[language] = course.url
    assert urls == COURSE

    return urls


def progress(tab) -> int:
    return int(tab.locator(".course-progress progress").first.get_attribute("value"))


def test_a_learner_enrols_follows_passes_and_gets_a_certificate_that_verifies(
    browser, live_server, demo, screenshot
):
    promotion = running_promotion()
    learner = AffiliationFactory(
        user__first_name="Inès", user__last_name="Okafor"
    ).user  # a member: the promotion is free for members
    context = signed_in_context(browser, live_server, learner, 1366)
    tab = context.new_page()
    course_url = live_server.url + course_urls()["en"]

    tab.goto(course_url)
    tab.locator(f"a[href$='/promotions/{promotion.pk}/enrol/']").click()
    tab.check("input[name=confirm]")
    tab.locator("form.form button[type=submit]").click()
    tab.wait_for_url(course_url)
    assert "You are enrolled" in tab.locator(".messages").inner_text()
    assert progress(tab) == 0

    course = CoursePage.objects.live().get(locale__language_code="en")
    lessons = LessonPage.objects.live().descendant_of(course).order_by("path")
    seen = []
    for lesson in lessons:
        tab.goto(live_server.url + lesson.url)
        if tab.locator("form.quiz__form").count():
            key = tab.locator("form.quiz__form fieldset input").first.get_attribute(
                "name"
            )[2:4]
            for answers in right_answers(key).values():
                for answer in answers:
                    tab.check(f"input[value='{answer}']")
            tab.locator("form.quiz__form button[type=submit]").click()
            assert "Quiz passed" in tab.locator(".quiz__kept").inner_text()
        tab.locator("form[action$='/done/'] button").click()
        tab.goto(course_url)
        seen.append(progress(tab))
    assert seen == sorted(seen) and seen[0] > 0 and seen[-1] == 100

    tab.goto(live_server.url + "/en/account/")
    href = tab.locator("a[href*='/certificates/'][href$='/pdf/']").first.get_attribute(
        "href"
    )
    pdf = context.request.get(live_server.url + href)
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body()[:4] == b"%PDF"
    code = Certificate.objects.get(enrolment__learner=learner).code
    context.close()

    anonymous = browser.new_context(viewport={"width": 390, "height": 844})
    public = anonymous.new_page()
    public.goto(f"{live_server.url}/certificates/{code}/")
    assert "Inès Okafor" in public.content()
    assert re.search(r"valid", public.locator("main").inner_text(), re.I)
    screenshot("courses-certificate-verified-390", public)
    anonymous.close()


@pytest.mark.parametrize("width", (390, 1366))
def test_course_pages_fit_the_window_and_pass_axe(
    browser, live_server, demo, screenshot, width
):
    promotion = running_promotion()
    urls = course_urls()
    found = []
    visitor = browser.new_context(viewport={"width": width, "height": 844})
    tab = visitor.new_page()
    for language, url in urls.items():
        found += problems_on(tab, live_server.url + url)
        found += problems_on(tab, live_server.url + url.rsplit("/", 2)[0] + "/")
        screenshot(f"courses-course-{language}-{width}", tab)
    visitor.close()

    learner = AffiliationFactory().user
    context = signed_in_context(browser, live_server, learner, width)
    tab = context.new_page()
    found += problems_on(
        tab, f"{live_server.url}/fr/learning/promotions/{promotion.pk}/enrol/"
    )
    screenshot(f"courses-enrol-fr-{width}", tab)
    tab.check("input[name=confirm]")
    tab.locator("form.form button[type=submit]").click()
    lesson = (
        LessonPage.objects.live()
        .filter(locale__language_code="es")
        .order_by("path")
        .first()
    )
    found += problems_on(tab, live_server.url + lesson.url)
    screenshot(f"courses-lesson-es-{width}", tab)
    quiz_lesson = next(
        page
        for page in LessonPage.objects.live()
        .filter(locale__language_code="fr", has_quiz=True)
        .order_by("path")
    )
    found += problems_on(tab, live_server.url + quiz_lesson.url)
    screenshot(f"courses-quiz-fr-{width}", tab)
    found += problems_on(tab, live_server.url + "/fr/account/")
    for language in ("fr", "es"):  # the learner's page: progress, live sessions
        found += problems_on(tab, live_server.url + urls[language])
        screenshot(f"courses-learner-{language}-{width}", tab)
    context.close()

    # A non-member pays 450 € (excl. VAT): enrolling leads to the payment page,
    # and a bank transfer to the order's page.
    context = signed_in_context(browser, live_server, VerifiedUserFactory(), width)
    tab = context.new_page()
    tab.goto(f"{live_server.url}/es/learning/promotions/{promotion.pk}/enrol/")
    tab.check("input[name=confirm]")
    tab.locator("form.form button[type=submit]").click()
    tab.wait_for_url("**/pay/")
    assert "540,00" in tab.content()  # 450 + 20 % VAT, written the Spanish way
    found += problems_on(tab, tab.url)
    screenshot(f"courses-pay-es-{width}", tab)
    pay_url = tab.url
    found += problems_on(tab, pay_url.replace("/es/", "/fr/"))
    screenshot(f"courses-pay-fr-{width}", tab)
    tab.fill("textarea[name=invoice_address]", "Muelle de la Aduana 1\n46024 Valencia")
    tab.fill("input[name=invoice_country]", "España")
    tab.check("input[name=payment_method][value=bank_transfer]")
    tab.check("input[name=accept_terms]")
    tab.locator("form.form button[type=submit]").click()
    tab.wait_for_url("**/tickets/orders/**")
    assert "Descargar la entrada" not in tab.content()  # a place, not a ticket
    order_url = tab.url
    for language in ("es", "fr"):
        found += problems_on(tab, order_url.replace("/es/", f"/{language}/"))
        screenshot(f"courses-order-{language}-{width}", tab)
    context.close()
    code = Certificate.objects.first().code
    anonymous = browser.new_context(viewport={"width": width, "height": 844})
    found += problems_on(
        anonymous.new_page(), f"{live_server.url}/certificates/{code}/"
    )
    anonymous.close()
    assert found == [], "\n".join(found)


def test_staff_start_the_next_promotion_in_one_action(page, live_server, demo):
    running = Promotion.objects.get(state=Promotion.State.RUNNING)
    sign_in_to_admin(page, live_server.url)

    page.goto(f"{live_server.url}/admin/courses/promotions/{running.pk}/next/")
    offset = int(page.input_value("input[name=offset_days]"))
    page.locator(".nice-padding form button[type=submit]").click()
    page.wait_for_url("**/admin/courses/promotions/edit/**")

    copy = Promotion.objects.get(number=running.number + 1)
    assert copy.state == Promotion.State.DRAFT
    assert copy.starts_on == running.starts_on + datetime.timedelta(days=offset)
    assert copy.schedule.count() == running.schedule.count()
    assert f"/admin/courses/promotions/edit/{copy.pk}/" in page.url
