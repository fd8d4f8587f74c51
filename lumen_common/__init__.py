"""Rules the service and the desktop must apply identically, so each side imports them instead of copying.

Standard library only: ``lumen[desktop]`` installs it without the service's packages, and the frozen app
(``build.spec``) carries it without any of ``lumen_server``.
"""
