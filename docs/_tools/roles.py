"""A Griffe extension that lets mkdocstrings render dipparse's Google-style docstrings.

The docstrings are written to read well in ``help()`` and in editors, so they
use two habits of the Sphinx world that mkdocstrings does not understand:

- ``Example:`` (singular) opens the examples section; Griffe only knows
  ``Examples:``, and would otherwise render the doctest as prose.
- Cross-references as Sphinx roles (``:class:`Article```,
  ``:meth:`Gazetteer.merged```). They become autorefs links when the target is
  a documented dipparse object, and plain code otherwise (the standard
  library, private helpers), so a reference never breaks the strict build.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import griffe

_EXAMPLE = re.compile(r"^(\s*)Example:\s*$", re.MULTILINE)
_ROLE = re.compile(r":(?:py:)?(class|meth|func|attr|data|mod|exc|obj):`(~?)([\w.]+)(\(\))?`")
_CALLABLE_ROLES = frozenset({"meth", "func"})


class SphinxRoles(griffe.Extension):
    """Rewrite ``Example:`` headings and Sphinx roles once the package is loaded."""

    def __init__(self, documented: list[str] | None = None) -> None:
        """Keep the paths, beyond ``__all__``, that the reference renders.

        Args:
            documented: Objects rendered in the API reference under their
                canonical path (``dipparse.models.AgreementKind``).
        """
        super().__init__()
        self.documented = list(documented or ())

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite every docstring of ``pkg``, now that every target is known."""
        public = self._public_paths(pkg)
        for obj in self._walk(pkg):
            if obj.docstring is None:
                continue
            text = _EXAMPLE.sub(r"\1Examples:", obj.docstring.value)
            obj.docstring.value = _ROLE.sub(
                functools.partial(self._link, obj=obj, pkg=pkg, public=public), text
            )
        self._unshadow(pkg)

    @staticmethod
    def _exported(pkg: griffe.Module, name: str) -> griffe.Object | griffe.Alias | None:
        """Return what ``pkg.<name>`` is at run time.

        ``dipparse.parse`` is the function ``parse``, imported over its module
        ``dipparse.parse``; Griffe keeps the module under that name.
        """
        member = pkg.members.get(name)
        if isinstance(member, griffe.Module) and name in member.members:
            return member.members[name]
        return member

    def _unshadow(self, pkg: griffe.Module) -> None:
        """Make each exported name that a submodule shadows an alias of the real object."""
        for name in pkg.exports or ():
            member = pkg.members.get(name) if isinstance(name, str) else None
            target = self._exported(pkg, name) if isinstance(name, str) else None
            if target is not None and target is not member:
                pkg.set_member(name, griffe.Alias(name, target, parent=pkg))

    def _walk(self, obj: griffe.Object) -> list[griffe.Object]:
        found = [obj]
        for member in obj.members.values():
            if not member.is_alias and member.path.startswith(obj.path + "."):
                found.extend(self._walk(member))  # type: ignore[arg-type]
        return found

    def _public_paths(self, pkg: griffe.Module) -> dict[str, str]:
        """Map each canonical path the reference renders to the anchor it is rendered at."""
        paths: dict[str, str] = {}

        def add(obj: griffe.Object | griffe.Alias, shown: str) -> None:
            paths.setdefault(obj.canonical_path, shown)
            if obj.is_class:
                for name, member in obj.members.items():
                    if not name.startswith("_"):
                        add(member, f"{shown}.{name}")

        for name in pkg.exports or ():
            target = self._exported(pkg, name) if isinstance(name, str) else None
            if target is not None:
                add(target, f"{pkg.path}.{name}")
        for path in self.documented:
            add(pkg.modules_collection[path], path)
        return paths

    def _link(
        self,
        m: re.Match[str],
        *,
        obj: griffe.Object,
        pkg: griffe.Module,
        public: dict[str, str],
    ) -> str:
        role, short, target, parens = m.group(1), m.group(2), m.group(3), m.group(4)
        label = target.rsplit(".", 1)[-1] if short else target
        if role in _CALLABLE_ROLES or parens:
            label += "()"
        scopes = [obj.path]
        parent = obj.parent
        while parent is not None:
            scopes.append(parent.path)
            parent = parent.parent
        for candidate in (target, *(f"{scope}.{target}" for scope in scopes)):
            try:
                found = pkg.modules_collection[candidate]
            except (KeyError, ValueError, griffe.AliasResolutionError):
                continue
            if found.is_attribute and found.docstring is None and found.parent is not None:
                # Fields documented in their class's Attributes section have no
                # anchor of their own: link the class.
                found = found.parent
            anchor = public.get(found.canonical_path)
            if anchor is not None:
                return f"[`{label}`][{anchor}]"
            break
        return f"`{label}`"
