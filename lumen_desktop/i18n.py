"""Language at runtime: Qt's own translations, the app's ``lumen_<lang>.qm``, and locale formatting.

``LanguageManager.set_language("fr")`` removes the installed translators and installs Qt's own French
(``qtbase_fr.qm`` from PySide6's translations folder, gaps filled by ``QtTranslator``) and
``:/translations/lumen_fr.qm``; Qt then sends ``QEvent.LanguageChange`` to every
widget. How to write a translated widget — ``Retranslating`` comes BEFORE the Qt class, so its ``changeEvent`` runs
``retranslate()`` on every language switch and then hands the event on to Qt::

    class CartView(Retranslating, QWidget):
        def __init__(self, ctx: AppContext) -> None:
            super().__init__()
            self._title = QLabel()
            self.retranslate()

        def retranslate(self) -> None:
            self._title.setText(self.tr("Cart"))
            self._count.setText(self.tr("%n line(s)", "", len(lines)))   # plural via %n

Never subclass a translated widget class with another name expecting its texts: ``self.tr`` uses the runtime
class name as context. Outside QObjects use ``QCoreApplication.translate("Context", "Text")``; the words of a
service code (a status, a unit, a column key) go in a ``code_words.CodeWords`` table.
``sig_language_changed`` tells models to re-fetch service texts (catalog names come back in the new
``Accept-Language``); ``formatter`` is the babel formatter of the current language.
Sources: ``translations/lumen_fr.ts``/``lumen_en.ts`` at the repository root (``scripts/update-translations``,
then Qt Linguist); the ``.qm`` files are compiled into the package's Qt resources (``:/translations``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from .formatting import Formatter
from .resources import TRANSLATIONS
from .settings import LANGUAGES

QT_LOCALES = {"fr": "fr_CA", "en": "en_CA"}
log = logging.getLogger(__name__)


class Retranslating:
    """Mixin for a widget with texts: puts them again in the new language on ``QEvent.LanguageChange``."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # Qt's own children (a QDialogButtonBox's standard buttons) put back their default words ("OK")
            # when their LanguageChange comes after ours: have the last word once every widget had its event.
            QTimer.singleShot(0, self, self.retranslate)  # type: ignore[call-overload]
        super().changeEvent(event)  # type: ignore[misc]  # the Qt widget class after this mixin

    def retranslate(self) -> None:
        """Sets every user-visible text with ``self.tr`` (also called once by the widget's ``__init__``)."""
        raise NotImplementedError


# Texts of Qt's own dialogs that the qtbase_fr.qm shipped with PySide6 lacks (its French predates them):
# the file dialog says "&Look in:" and "Files of &type:" where the catalog only has "Look in:".
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "fr": {
        ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
        ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
        ("QAbstractFileIconProvider", "Folder"): "Dossier",
        ("QAbstractFileIconProvider", "Drive"): "Lecteur",
    }
}


class QtTranslator(QTranslator):
    """Qt's ``qtbase_<lang>.qm`` from PySide6's translations folder, with ``QT_GAPS`` filled in."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gaps = QT_GAPS.get(language, {})
        self._base = QTranslator(self)
        self._base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))

    def isEmpty(self) -> bool:
        return self._base.isEmpty() and not self._gaps

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None (a null string) lets Qt ask the next translator; "" would be taken as the translation.
        found = self._base.translate(context, source, disambiguation, n)
        return found or self._gaps.get((context, source)) or None


class LanguageManager(QObject):
    sig_language_changed = Signal(str)
    """The UI language changed ("fr"/"en"); widgets already got LanguageChange, models should refetch."""

    def __init__(self, language: str = "fr", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = ""
        self._translators: list[QTranslator] = []
        self._formatter = Formatter(language)
        self.set_language(language)

    @property
    def language(self) -> str:
        return self._language

    @property
    def formatter(self) -> Formatter:
        return self._formatter

    def set_language(self, language: str) -> None:
        """Switches the whole UI at once (no restart); a no-op when already in that language."""
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        if language == self._language:
            return
        app = QCoreApplication.instance()
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        # The .qm files are small and local: loading them here keeps the switch atomic.
        self._translators = [t for t in (self._load_qt(language), self._load_app(language)) if t is not None]
        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
        if app is not None and not self._translators:
            # Nothing installed means Qt sends no LanguageChange; send it so widgets still re-format.
            for widget in QApplication.allWidgets():
                QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        QLocale.setDefault(QLocale(QT_LOCALES[language]))
        self._language = language
        self._formatter = Formatter(language)
        self.sig_language_changed.emit(language)

    def uninstall(self) -> None:
        """Removes this manager's translators from the application (tests, shutdown)."""
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        self._language = ""

    def _load_qt(self, language: str) -> QTranslator | None:
        if language == "en":
            return None  # Qt's own texts are English already
        translator = QtTranslator(language, self)
        if translator.isEmpty():
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            log.warning("no qtbase_%s.qm in %s: Qt's own dialogs stay in English", language, folder)
        return translator

    def _load_app(self, language: str) -> QTranslator | None:
        translator = QTranslator(self)
        if translator.load(f"lumen_{language}", TRANSLATIONS):
            return translator
        log.warning("no compiled translation lumen_%s.qm in %s (run scripts/setup)", language, TRANSLATIONS)
        return None


# Each language in its own name, deliberately not translated (a French speaker looks for "Français").
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}
