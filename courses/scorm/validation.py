"""What a SCORM zip must be before it is unpacked: a safe zip with a manifest.

The zip is refused when it is not a zip, holds no ``imsmanifest.xml`` at its root,
names files outside itself (absolute paths, ``..``), holds links or encrypted files,
or holds too many files or too many bytes once unpacked (``COURSES_SCORM_MAX_FILES``,
``COURSES_SCORM_MAX_BYTES``). The manifest gives the version (SCORM 1.2 or 2004)
and the launch file: the resource of the default organization's first item.
"""

import posixpath
import stat
import zipfile
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..exceptions import CoursesError

MANIFEST = "imsmanifest.xml"
MANIFEST_MAX_BYTES = 2 * 1024 * 1024
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
NAMESPACES_12 = (
    "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "http://www.adlnet.org/xsd/adlcp_rootv1p2",
)
NAMESPACES_2004 = (
    "http://www.imsglobal.org/xsd/imscp_v1p1",
    "http://www.adlnet.org/xsd/adlcp_v1p3",
)
MAX_ITEMS = 200


def max_files() -> int:
    return getattr(settings, "COURSES_SCORM_MAX_FILES", 2000)


def max_bytes() -> int:
    return getattr(settings, "COURSES_SCORM_MAX_BYTES", 200 * 1024 * 1024)


@dataclass
class PackageInfo:
    """What the manifest says, checked against the zip's members."""

    version: str
    launch_path: str
    parameters: str = ""
    title: str = ""
    identifier: str = ""
    items: list = field(default_factory=list)
    members: list = field(default_factory=list)  # the files to unpack (ZipInfo)
    size: int = 0

    @property
    def manifest(self) -> dict:
        return {
            "title": self.title,
            "identifier": self.identifier,
            "items": self.items,
            "parameters": self.parameters,
        }


def _refuse(message, code: str):
    raise CoursesError(message, code=code)


def safe_member_name(name: str) -> bool:
    """A relative path that stays inside the package once unpacked."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return False
    if len(name) > 2 and name[1] == ":":  # a Windows drive: C:/…
        return False
    parts = name.rstrip("/").split("/")
    return all(part not in ("", ".", "..") for part in parts)


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def check_members(archive: zipfile.ZipFile) -> tuple[list, int]:
    """The files of the zip, each checked, and their declared unpacked size."""
    members, size, seen = [], 0, set()
    for info in archive.infolist():
        if not safe_member_name(info.filename):
            _refuse(
                _(
                    "The zip holds a file whose path leads outside the package "
                    "(“%(name)s”). Export the package again from its authoring tool."
                )
                % {"name": info.filename[:200]},
                "unsafe_path",
            )
        if _is_symlink(info):
            _refuse(
                _("The zip holds a link (“%(name)s”): links are not accepted.")
                % {"name": info.filename[:200]},
                "symlink",
            )
        if info.flag_bits & 0x1:
            _refuse(
                _("The zip holds encrypted files: export it without a password."),
                "encrypted",
            )
        if info.is_dir():
            continue
        if info.filename in seen:
            _refuse(
                _("The zip holds the same file twice (“%(name)s”).")
                % {"name": info.filename[:200]},
                "duplicate",
            )
        seen.add(info.filename)
        members.append(info)
        size += info.file_size
    if len(members) > max_files():
        _refuse(
            ngettext(
                "The package holds too many files: at most %(max)d file is accepted.",
                "The package holds too many files: at most %(max)d files are accepted.",
                max_files(),
            )
            % {"max": max_files()},
            "too_many_files",
        )
    if size > max_bytes():
        too_large(size)
    return members, size


def too_large(size: int):
    _refuse(
        _(
            "The package is too large once unpacked (%(size)s): at most %(max)s "
            "is accepted."
        )
        % {"size": filesizeformat(size), "max": filesizeformat(max_bytes())},
        "too_large",
    )


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element, name: str) -> list:
    return [child for child in element if _local(child.tag) == name]


def _child(element, name: str):
    found = _children(element, name)
    return found[0] if found else None


def _text(element) -> str:
    return (element.text or "").strip() if element is not None else ""


def parse_manifest(data: bytes):
    """The manifest's root element, parsed without entities or external files."""
    if len(data) > MANIFEST_MAX_BYTES:
        _refuse(_("The package’s manifest is too large."), "manifest_too_large")
    try:
        root = fromstring(data, forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError):
        _refuse(
            _("The package’s manifest (imsmanifest.xml) is not valid XML."),
            "manifest_invalid",
        )
    if _local(root.tag) != "manifest":
        _refuse(
            _("The package’s imsmanifest.xml is not a SCORM manifest."),
            "manifest_invalid",
        )
    return root


def detect_version(root, data: bytes) -> str:
    """``1.2`` or ``2004``, from ``<schemaversion>`` or else the namespaces used."""
    metadata = _child(root, "metadata")
    schema = _text(_child(metadata, "schemaversion")) if metadata is not None else ""
    if schema == "1.2":
        return "1.2"
    if "2004" in schema or schema.startswith("CAM 1.3"):
        return "2004"
    text = data.decode("utf-8", "replace")
    if any(namespace in text for namespace in NAMESPACES_2004):
        return "2004"
    if any(namespace in text for namespace in NAMESPACES_12):
        return "1.2"
    _refuse(
        _(
            "The manifest does not say which SCORM version the package follows "
            "(1.2 or 2004)."
        ),
        "unknown_version",
    )


def _walk_items(parent):
    for item in _children(parent, "item"):
        yield item
        yield from _walk_items(item)


def _join_base(*parts: str) -> str:
    path = ""
    for part in parts:
        if not part:
            continue
        if not path:
            path = part
        else:
            path = path + part if path.endswith("/") else f"{path}/{part}"
    return path


def _default_organization(root):
    organizations = _child(root, "organizations")
    if organizations is None:
        return None
    all_orgs = _children(organizations, "organization")
    default = organizations.get("default")
    chosen = next((o for o in all_orgs if o.get("identifier") == default), None)
    return chosen if chosen is not None else (all_orgs[0] if all_orgs else None)


def _launch_href(root, resources_by_id: dict, organization) -> tuple[str, str, list]:
    """The first launchable item's resource href, its parameters and the items."""
    items, href, parameters = [], "", ""
    if organization is not None:
        for item in _walk_items(organization):
            resource = resources_by_id.get(item.get("identifierref") or "")
            if resource is None or not resource.get("href"):
                continue
            location = _resource_path(root, resource)
            if not href:
                href, parameters = location, item.get("parameters") or ""
            if len(items) < MAX_ITEMS:
                items.append(
                    {
                        "identifier": item.get("identifier") or "",
                        "title": _text(_child(item, "title"))[:200],
                        "href": location[:500],
                    }
                )
    if not href:
        # A manifest without organizations: its first SCO, else its first resource.
        candidates = [r for r in resources_by_id.values() if r.get("href")]
        scos = [
            r
            for r in candidates
            if any(
                _local(key).lower() == "scormtype" and value.lower() == "sco"
                for key, value in r.items()
            )
        ]
        chosen = (scos or candidates or [None])[0]
        if chosen is not None:
            href = _resource_path(root, chosen)
    return href, parameters, items


def _resource_path(root, resource) -> str:
    resources = _child(root, "resources")
    return _join_base(
        root.get(XML_BASE, ""),
        resources.get(XML_BASE, "") if resources is not None else "",
        resource.get(XML_BASE, ""),
        resource.get("href", ""),
    )


def _split_launch(href: str, parameters: str, names: set) -> tuple[str, str]:
    """The zip member to launch and the query string to add to its address."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        _refuse(
            _("The launch file must be inside the package, not on another site."),
            "launch_external",
        )
    query = parts.query
    extra = parameters.lstrip("?&")
    if extra:
        query = f"{query}&{extra}" if query else extra
    path = posixpath.normpath(parts.path) if parts.path else ""
    for candidate in (path, unquote(path)):
        if candidate in names and safe_member_name(candidate):
            return candidate, query
    _refuse(
        _("The launch file named by the manifest (“%(path)s”) is not in the zip.")
        % {"path": href[:200]},
        "launch_missing",
    )


def inspect_package(upload) -> PackageInfo:
    """Check a SCORM zip (an open file) and read its manifest; raise CoursesError."""
    try:
        upload.seek(0)
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError, ValueError):
        _refuse(_("The file is not a zip archive."), "not_zip")
    with archive:
        members, size = check_members(archive)
        by_name = {info.filename: info for info in members}
        manifest = by_name.get(MANIFEST) or next(
            (info for name, info in by_name.items() if name.lower() == MANIFEST), None
        )
        if manifest is None:
            _refuse(
                _(
                    "The zip has no imsmanifest.xml at its root: it is not a SCORM "
                    "package, or it was zipped inside an extra folder."
                ),
                "no_manifest",
            )
        if manifest.file_size > MANIFEST_MAX_BYTES:
            _refuse(_("The package’s manifest is too large."), "manifest_too_large")
        try:
            data = archive.read(manifest)
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
            _refuse(_("The zip archive is damaged."), "damaged")
    root = parse_manifest(data)
    version = detect_version(root, data)
    resources = _child(root, "resources")
    resources_by_id = {
        r.get("identifier"): r
        for r in (_children(resources, "resource") if resources is not None else [])
        if r.get("identifier")
    }
    organization = _default_organization(root)
    href, parameters, items = _launch_href(root, resources_by_id, organization)
    if not href:
        _refuse(_("The manifest names no file to launch."), "no_launch")
    launch_path, query = _split_launch(href, parameters, set(by_name))
    title = _text(_child(organization, "title")) if organization is not None else ""
    return PackageInfo(
        version=version,
        launch_path=launch_path,
        parameters=query[:500],
        title=title[:200],
        identifier=(root.get("identifier") or "")[:200],
        items=items,
        members=members,
        size=size,
    )
