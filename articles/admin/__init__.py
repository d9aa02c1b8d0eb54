"""The newsroom's admin: one module per model admin, with the story form and list filters.

Importing the package registers every admin (Django's autodiscovery imports it).
"""

from . import article, author, section, site_identity, tag  # noqa: F401
