"""The entrant's and the juror's forms. A draft keeps whatever was typed: no field
is required until the entry is submitted (``services.entries.entry_missing``)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.models import Goal

from .models import Assignment, Entry, EntryFile
from .services.entries import DRAFT_FIELDS


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class ProjectForm(forms.ModelForm):
    class Meta:
        model = Entry
        fields = list(DRAFT_FIELDS)
        widgets = {
            "operation_started_on": DateInput(),
            "operation_ended_on": DateInput(),
            "partners": forms.Textarea(attrs={"rows": 3}),
            "summary": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "organisation_name": _(
                "If your organisation is not a member of the network, its name."
            ),
            "summary": _(
                "What the operation is and why it matters (1,500 characters)."
            ),
            "partners": _("Public and private partners, one per line."),
        }

    def __init__(self, *args, organisations=(), edition=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = self.fields[
            "organisation"
        ].queryset.filter(pk__in=[o.pk for o in organisations])
        self.fields["organisation"].label = _("Member organisation you enter for")
        if not organisations:
            del self.fields["organisation"]
        categories = edition.categories.all() if edition else []
        if categories:
            self.fields["category"].queryset = edition.categories.all()
        else:
            del self.fields["category"]
        for field in self.fields.values():
            field.required = False

    def clean(self):
        cleaned = super().clean()
        started = cleaned.get("operation_started_on")
        ended = cleaned.get("operation_ended_on")
        if started and ended and ended < started:
            self.add_error(
                "operation_ended_on",
                _("The operation cannot be completed before it started."),
            )
        return cleaned


class GoalsForm(forms.Form):
    """One text per Agenda 2030 goal; a blank text means the goal is not addressed."""

    def __init__(self, *args, goals, initial_texts: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.goals = goals
        for goal in goals:
            self.fields[f"goal_{goal.translation_key}"] = forms.CharField(
                label=f"{goal.number}. {goal.title}",
                required=False,
                max_length=3000,
                widget=forms.Textarea(attrs={"rows": 3}),
                initial=initial_texts.get(goal.translation_key, ""),
                help_text=goal.short_text,
            )

    def texts(self) -> dict:
        """Translation key → text, for every goal."""
        return {
            goal.translation_key: self.cleaned_data.get(
                f"goal_{goal.translation_key}", ""
            )
            for goal in self.goals
        }


class FileForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), choices=EntryFile.Kind.choices, widget=forms.HiddenInput
    )
    file = forms.FileField(label=_("File"))
    caption = forms.CharField(label=_("Caption"), max_length=300, required=False)
    credit = forms.CharField(
        label=_("Credit"),
        max_length=200,
        required=False,
        help_text=_("Who took the photograph or made the image."),
    )


class DeclarationForm(forms.Form):
    conflict = forms.TypedChoiceField(
        label=_("Conflict of interest"),
        coerce=lambda value: value == "yes",
        choices=[
            ("no", _("I have no conflict of interest with this entry.")),
            ("yes", _("I have a conflict of interest with this entry.")),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("If you have one, what is it?"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Seen only by the prize managers."),
    )


class ReviewForm(forms.Form):
    """A mark and a comment per criterion, then an overall comment."""

    comment = forms.CharField(
        label=_("Overall comment"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, criteria, assignment: Assignment, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        scores = {s.criterion_id: s for s in assignment.scores.all()}
        self.fields["comment"].initial = assignment.comment
        for criterion in criteria:
            score = scores.get(criterion.pk)
            self.fields[f"mark_{criterion.pk}"] = forms.TypedChoiceField(
                label=criterion.local_name,
                required=False,
                coerce=int,
                empty_value=None,
                choices=[("", "–")]
                + [(n, str(n)) for n in range(criterion.scale_max + 1)],
                initial=score.value if score else "",
                help_text=criterion.local_guidance,
            )
            self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                label=_("Comment on “%(criterion)s”")
                % {"criterion": criterion.local_name},
                required=False,
                max_length=3000,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=score.comment if score else "",
            )

    def marks(self) -> dict:
        return {
            c.pk: (
                self.cleaned_data.get(f"mark_{c.pk}"),
                self.cleaned_data.get(f"comment_{c.pk}", ""),
            )
            for c in self.criteria
        }

    def rows(self):
        return [
            (c, self[f"mark_{c.pk}"], self[f"comment_{c.pk}"]) for c in self.criteria
        ]


def source_goals(language: str):
    """The goals in the page's language, numbered; stored answers name the
    default-language goal with the same translation key."""
    return list(Goal.objects.filter(locale__language_code=language).order_by("number"))
