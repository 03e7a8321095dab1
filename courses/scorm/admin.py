"""SCORM packages in the admin: a snippet, so that a lesson chooses its package."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.log_actions import log
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    EditView,
    SnippetViewSet,
)

from ..exceptions import CoursesError
from ..models import ScormPackage
from ..services.scorm import scorm_package_delete
from .forms import ScormPackageForm


class _SavesPackage:
    """A refusal found while unpacking shows on the form, like the zip's checks."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except CoursesError as error:
            form.add_error("file", error.message)
            return self.form_invalid(form)


class ScormPackageCreateView(_SavesPackage, CreateView):
    pass


class ScormPackageEditView(_SavesPackage, EditView):
    pass


class ScormPackageDeleteView(DeleteView):
    def delete_action(self):
        with transaction.atomic():
            log(instance=self.object, action="wagtail.delete")
            scorm_package_delete(package=self.object)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except CoursesError as error:
            messages.error(self.request, error.message)
            return redirect(self.get_success_url())


class ScormPackageViewSet(SnippetViewSet):
    model = ScormPackage
    icon = "folder-inverse"
    menu_label = _("SCORM packages")
    url_prefix = "courses/scorm-packages"
    add_view_class = ScormPackageCreateView
    edit_view_class = ScormPackageEditView
    delete_view_class = ScormPackageDeleteView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "title",
        Column("version", label=_("version"), accessor="get_version_display"),
        "launch_path",
        "file_count",
        "uploaded_at",
    ]
    list_filter = ["version"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel(
                "file",
                help_text=_(
                    "A SCORM 1.2 or 2004 zip exported from an authoring tool, with "
                    "imsmanifest.xml at its root."
                ),
            ),
        ],
        base_form_class=ScormPackageForm,
    )
