"""The form of one goal: one field per question (and its evidence), built from the
questionnaire, plus the version of the goal the person started from."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Answer


def level_label(index: int, level) -> str:
    return f"{index} – {level.local_description}"


class GoalForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, questions, answers, read_only=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            answer = answers.get(question.pk)
            self.fields[f"q{question.pk}"] = self._field(question, answer)
            if question.asks_evidence:
                self.fields[f"e{question.pk}"] = forms.CharField(
                    label=_("Evidence (a note or a link)"),
                    required=False,
                    max_length=2000,
                    initial=answer.evidence if answer else "",
                    widget=forms.Textarea(attrs={"rows": 2}),
                )
        if read_only:
            for field in self.fields.values():
                field.disabled = True

    def _field(self, question, answer):
        common = {"label": question.local_text, "required": False}
        if question.local_guidance:
            common["help_text"] = question.local_guidance
        if question.kind == "scale":
            return forms.TypedChoiceField(
                choices=[
                    (index, level_label(index, level))
                    for index, level in enumerate(question.levels.all())
                ],
                coerce=int,
                empty_value=None,
                widget=forms.RadioSelect,
                initial=answer.level if answer else None,
                **common,
            )
        if question.kind == "choice":
            return forms.ChoiceField(
                choices=Answer.Choice.choices,
                widget=forms.RadioSelect,
                initial=answer.choice if answer else "",
                **common,
            )
        unit = question.local_unit
        return forms.CharField(
            max_length=30,
            initial=(
                "" if answer is None or answer.number is None else str(answer.number)
            ),
            widget=forms.TextInput(
                attrs={"inputmode": "decimal", "autocomplete": "off", "size": 12}
            ),
            **{
                **common,
                "label": f"{question.local_text} ({unit})" if unit else common["label"],
            },
        )

    def rows(self):
        """(question, answer field, evidence field or None), in order."""
        for question in self.questions:
            evidence = self[f"e{question.pk}"] if question.asks_evidence else None
            yield question, self[f"q{question.pk}"], evidence

    def answers(self) -> dict:
        """What the person sent, by question pk, for ``section_save``."""
        data = {}
        for question in self.questions:
            value = self.cleaned_data.get(f"q{question.pk}")
            key = {"scale": "level", "choice": "choice", "number": "number"}[
                question.kind
            ]
            data[question.pk] = {
                key: value,
                "evidence": self.cleaned_data.get(f"e{question.pk}", ""),
            }
        return data


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("A colleague's e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
