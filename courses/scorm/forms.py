"""The admin's form for a SCORM package: the zip is checked before it is kept."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from ..exceptions import CoursesError
from ..services.scorm import scorm_package_save
from .validation import inspect_package


class ScormPackageForm(WagtailAdminModelForm):
    """Refuses a zip that is not a safe SCORM package, with the reason; a valid one
    is unpacked on save (``scorm_package_save``)."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            try:
                inspect_package(upload)
            except CoursesError as error:
                raise forms.ValidationError(error.message, code=error.code) from error
        return upload

    def save(self, commit=True):
        if "file" not in self.changed_data:
            return super().save(commit=commit)
        return scorm_package_save(
            package=self.instance, upload=self.cleaned_data["file"]
        )
