"""Every form renders its fields through one field template (site/templates/forms/)."""

import pytest
from django import forms

from accounts.forms import NewsletterForm
from ticketing.forms import InvoiceForm


class HelpedForm(forms.Form):
    code = forms.CharField(label="Code", help_text="Six letters.")


def test_help_text_is_linked_from_the_widget():
    html = str(HelpedForm()["code"].as_field_group())

    assert '<p class="field__help" id="id_code_helptext">Six letters.</p>' in html
    assert 'aria-describedby="id_code_helptext"' in html
    assert "aria-invalid" not in html


def test_a_field_in_error_lists_its_errors_and_keeps_the_value():
    form = HelpedForm(data={"code": ""})
    html = str(form["code"].as_field_group())

    assert 'class="field field--error"' in html
    assert '<ul class="errorlist" id="id_code_error">' in html
    assert 'aria-describedby="id_code_helptext id_code_error"' in html
    assert 'aria-invalid="true"' in html


@pytest.mark.django_db
def test_a_checkbox_comes_before_its_label_and_the_robot_trap_is_hidden():
    html = str(NewsletterForm(data={"email": "ana@port.example"}))

    box = html.index('<input type="checkbox" name="consent"')
    label = html.index('<label class="field__label" for="id_consent">')
    assert 'class="field field--check field--error"' in html
    assert box < label < html.index('id="id_consent_error"')
    assert 'value="ana@port.example"' in html
    assert '<div class="field field--trap" aria-hidden="true">' in html


@pytest.mark.django_db
def test_radio_buttons_are_a_fieldset_with_a_legend():
    html = str(InvoiceForm()["payment_method"].as_field_group())

    assert html.lstrip().startswith('<fieldset class="field field--choices"')
    assert '<legend class="field__label">' in html


@pytest.mark.django_db
def test_allauth_sign_in_uses_the_same_field_template(client):
    html = client.get("/en/accounts/login/").content.decode()

    assert '<div class="field field--check">' in html  # "Remember me"
    assert 'aria-describedby="id_password_helptext"' in html
