from django import forms
from django.utils.translation import gettext_lazy as _


class EnrolForm(forms.Form):
    """The promotion's application questions (none for a plain enrolment)."""

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            self.fields[f"question_{question.pk}"] = forms.CharField(
                label=question.local_text,
                required=question.required,
                max_length=4000,
                widget=forms.Textarea(attrs={"rows": 4}),
            )
        self.fields["confirm"] = forms.BooleanField(
            label=_("I will follow the course and its schedule."), required=True
        )

    def answers(self) -> dict:
        return {
            str(question.pk): self.cleaned_data.get(f"question_{question.pk}", "")
            for question in self.questions
        }
