"""Packaged activities (SCORM 1.2 and 2004) uploaded from authoring tools."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ScormPackage(models.Model):
    """A validated SCORM zip: its manifest's launch file and where it is unpacked.

    The zip is checked on upload (``courses/scorm``); its files are served to enrolled
    learners only, by a view that checks the permission on every request.
    """

    class Version(models.TextChoices):
        SCORM_12 = "1.2", "SCORM 1.2"
        SCORM_2004 = "2004", "SCORM 2004"

    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("zip file"), upload_to="scorm/zips/")
    version = models.CharField(
        _("version"), max_length=10, choices=Version.choices, editable=False
    )
    launch_path = models.CharField(_("launch file"), max_length=500, editable=False)
    manifest = models.JSONField(_("manifest"), default=dict, editable=False)
    file_count = models.PositiveIntegerField(_("files"), default=0, editable=False)
    size = models.PositiveBigIntegerField(
        _("unpacked size (bytes)"), default=0, editable=False
    )
    folder = models.CharField(
        _("unpacked in"), max_length=100, unique=True, editable=False
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("SCORM package")
        verbose_name_plural = _("SCORM packages")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title
