"""The entrant's side: start an entry, fill it in section by section, submit.

Every view reads the entry through ``own_entry``: someone else's reference is a
404, as if it did not exist. Each section saves a draft; nothing typed is lost when
a file is refused or the entry is incomplete.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.ratelimit import rate_limit

from ..documents import entry_summary_filename, entry_summary_pdf
from ..exceptions import AwardsError
from ..forms import FileForm, GoalsForm, ProjectForm, source_goals
from ..models import Edition, Entry, EntryFile
from ..selectors import goal_answers
from ..services import entries as services

SECTIONS = {
    "project": gettext_lazy("The project"),
    "goals": gettext_lazy("Agenda 2030 goals"),
    "files": gettext_lazy("Images and documents"),
    "submit": gettext_lazy("Check and submit"),
}


def own_entry(request, reference: str) -> Entry:
    return get_object_or_404(
        Entry.objects.select_related("edition", "organisation", "category"),
        reference=reference,
        entrant=request.user,
    )


def edition_url(entry: Entry, request) -> str:
    page = entry.edition.pages.live().filter(locale__language_code=get_language())
    page = page.first() or entry.edition.pages.live().first()
    return page.get_url(request) if page else "/"


@login_required
@require_POST
@rate_limit("awards.entry")
def enter(request, edition_id: int):
    edition = get_object_or_404(Edition, pk=edition_id)
    try:
        entry = services.entry_start(
            edition=edition, user=request.user, language=get_language()
        )
    except AwardsError as error:
        messages.error(request, error.message)
        page = edition.pages.live().filter(locale__language_code=get_language())
        return redirect(page.first().get_url(request) if page.exists() else "/")
    return redirect(
        "awards:entry_section", reference=entry.reference, section="project"
    )


@login_required
def entry(request, reference: str):
    entry = own_entry(request, reference)
    if not _editable(entry):
        return _read_only(request, entry)
    return redirect("awards:entry_section", reference=reference, section="project")


def _editable(entry: Entry) -> bool:
    try:
        services.check_editable(entry)
    except AwardsError:
        return False
    return True


def _read_only(request, entry: Entry, status=200):
    return render(
        request,
        "awards/entry/read_only.html",
        _context(request, entry, "submit"),
        status=status,
    )


def _context(request, entry: Entry, section: str) -> dict:
    return {
        "entry": entry,
        "edition": entry.edition,
        "section": section,
        "sections": SECTIONS,
        "edition_url": edition_url(entry, request),
        "missing": [services.MISSING[m] for m in services.entry_missing(entry)],
        "files": list(entry.files.all()),
        "answers": goal_answers(entry, get_language()),
    }


@login_required
@rate_limit("awards.entry")
def entry_section(request, reference: str, section: str):
    entry = own_entry(request, reference)
    if section not in SECTIONS:
        raise Http404
    if not _editable(entry):
        if request.method == "POST":
            messages.error(request, _("This entry can no longer be changed."))
        return _read_only(request, entry)
    handler = {
        "project": _project,
        "goals": _goals,
        "files": _files,
        "submit": _submit,
    }[section]
    return handler(request, entry)


def _next(entry: Entry, section: str):
    names = list(SECTIONS)
    following = names[min(names.index(section) + 1, len(names) - 1)]
    return redirect(
        "awards:entry_section", reference=entry.reference, section=following
    )


def _saved(request, entry, section):
    messages.success(request, _("Your draft is saved."))
    if "stay" in request.POST:
        return redirect(
            "awards:entry_section", reference=entry.reference, section=section
        )
    return _next(entry, section)


def _render(request, entry, section, extra, status=200):
    context = _context(request, entry, section)
    context.update(extra)
    return render(request, f"awards/entry/{section}.html", context, status=status)


def _project(request, entry: Entry):
    organisations = services.entrant_organisations(request.user)
    form = ProjectForm(
        request.POST or None,
        instance=entry,
        organisations=organisations,
        edition=entry.edition,
    )
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in form.fields}
        try:
            services.entry_save(entry=entry, user=request.user, data=data)
        except AwardsError as error:
            form.add_error(None, error.message)
        else:
            return _saved(request, entry, "project")
    status = 400 if form.errors else 200
    return _render(request, entry, "project", {"form": form}, status)


def _goals(request, entry: Entry):
    goals = source_goals(get_language())
    texts = {
        answer.goal.translation_key: answer.description
        for answer in entry.goal_answers.select_related("goal")
    }
    form = GoalsForm(request.POST or None, goals=goals, initial_texts=texts)
    if request.method == "POST" and form.is_valid():
        try:
            services.entry_set_goals(entry=entry, texts=form.texts(), user=request.user)
        except AwardsError as error:
            form.add_error(None, error.message)
        else:
            return _saved(request, entry, "goals")
    status = 400 if form.errors else 200
    return _render(request, entry, "goals", {"form": form}, status)


def _files(request, entry: Entry):
    forms = {
        kind: FileForm(prefix=kind, initial={"kind": kind})
        for kind in EntryFile.Kind.values
    }
    status = 200
    if request.method == "POST":
        kind = request.POST.get("kind_form")
        if kind not in forms:
            raise Http404
        form = FileForm(request.POST, request.FILES, prefix=kind)
        forms[kind] = form
        if form.is_valid() and form.cleaned_data["kind"] == kind:
            try:
                services.entry_add_file(
                    entry=entry,
                    upload=form.cleaned_data["file"],
                    kind=kind,
                    caption=form.cleaned_data["caption"],
                    credit=form.cleaned_data["credit"],
                    user=request.user,
                )
            except AwardsError as error:
                form.add_error("file", error.message)
            else:
                messages.success(request, _("The file is added to your entry."))
                return redirect(
                    "awards:entry_section", reference=entry.reference, section="files"
                )
        status = 400
    return _render(
        request,
        entry,
        "files",
        {"image_form": forms["image"], "document_form": forms["document"]},
        status,
    )


def _submit(request, entry: Entry):
    if request.method == "POST":
        try:
            services.entry_submit(entry=entry, user=request.user)
        except AwardsError as error:
            messages.error(request, error.message)
            return _render(request, entry, "submit", {}, status=400)
        messages.success(
            request,
            _(
                "Your entry is submitted. You will receive a confirmation by e-mail; "
                "you can still change it until the call closes."
            ),
        )
        return redirect(
            "awards:entry_section", reference=entry.reference, section="submit"
        )
    return _render(request, entry, "submit", {})


@login_required
@require_POST
def remove_file(request, reference: str, file_id: int):
    entry = own_entry(request, reference)
    try:
        services.entry_remove_file(entry=entry, file_id=file_id, user=request.user)
    except AwardsError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The file is removed."))
    return redirect("awards:entry_section", reference=reference, section="files")


@login_required
@require_POST
def withdraw(request, reference: str):
    entry = own_entry(request, reference)
    try:
        services.entry_withdraw(entry=entry, user=request.user)
    except AwardsError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your entry is withdrawn."))
    return redirect("awards:entry", reference=reference)


@login_required
def summary(request, reference: str):
    entry = own_entry(request, reference)
    response = HttpResponse(entry_summary_pdf(entry), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="{entry_summary_filename(entry)}"'
    )
    response["Cache-Control"] = "private, no-store"
    return response
