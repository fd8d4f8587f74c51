"""Reading a material list (CSV or XLSX) into (code, quantity) rows — disk work: call it inside an ``Op``
on the "store" pool.

Estimating tools and hand-made spreadsheets name their columns in French or English ("Code", "SKU", "UPC",
"No de pièce", "Quantité", "Qty"...); the header row is looked for in the first rows (a title often comes
first). Without a recognizable header, the first column is the code and the second the quantity. When a row has
several codes (SKU and UPC columns), the SKU wins, then the UPC, then the MPN. Quantities are kept as typed
when they are not whole numbers, so the preview can say what is wrong with them.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HEADER_SEARCH_ROWS = 10
DELIMITERS = (";", ",", "\t", "|")
MAX_ROWS = 1000  # the service's limit for one POST /cart/lines
CODE_HEADERS = {
    "sku": {
        "sku",
        "lumensku",
        "skulumen",
        "codelumen",
        "codeproduit",
        "productcode",
        "itemcode",
        "article",
        "noarticle",
        "numeroarticle",
        "itemno",
        "code",
    },
    "upc": {"upc", "codeupc", "upccode", "ean", "gtin", "barcode", "codebarre", "codebarres", "codeabarres"},
    "mpn": {
        "mpn",
        "manufacturerpartnumber",
        "partnumber",
        "partno",
        "part",
        "nopiece",
        "numerodepiece",
        "nodepiece",
        "piece",
        "catalognumber",
        "catalogno",
        "nocatalogue",
        "catalogue",
        "reference",
        "ref",
        "modele",
        "model",
    },
}
CODE_PRIORITY = ("sku", "upc", "mpn")
QUANTITY_HEADERS = {
    "qty",
    "qte",
    "quantity",
    "quantite",
    "quantites",
    "quantities",
    "qt",
    "quant",
    "nombre",
    "nb",
    "qtycommandee",
    "qtecommandee",
    "orderqty",
    "qtyordered",
}


class MaterialListError(Exception):
    """The file can't be used as a material list; ``code`` is one of: unreadable, empty, no_code_column,
    no_quantity_column, too_many_rows."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class ListRow:
    line: int  # the row number in the file (1-based), to find it again in the spreadsheet
    code: str
    code_kind: str  # "sku", "upc" or "mpn": the column the code came from
    quantity: int | None  # None when the cell is not a whole number
    quantity_text: str


def read_material_list(path: str | Path) -> list[ListRow]:
    """The list's rows with a code; raises ``MaterialListError`` for a file that isn't a usable list."""
    target = Path(path)
    try:
        cells = _xlsx_rows(target) if target.suffix.lower() in {".xlsx", ".xlsm"} else _csv_rows(target)
    except MaterialListError:
        raise
    except Exception as exc:  # a corrupt zip, a binary file...: the user only needs to know it can't be read
        raise MaterialListError("unreadable", str(exc)) from exc
    return rows_from_cells(cells)


def rows_from_cells(cells: list[list[Any]]) -> list[ListRow]:
    """The (code, quantity) rows of a table of cells, header detected (see the module docstring)."""
    table = [[_cell_text(value) for value in row] for row in cells]
    if not any(any(value for value in row) for row in table):
        raise MaterialListError("empty")
    header_at, code_columns, quantity_column = _find_header(table)
    rows: list[ListRow] = []
    for number, row in enumerate(table[header_at + 1 :], start=header_at + 2):
        code, kind = _code_of(row, code_columns)
        if not code:
            continue
        text = row[quantity_column].strip() if quantity_column < len(row) else ""
        rows.append(ListRow(number, code, kind, _whole_number(text), text))
    if not rows:
        raise MaterialListError("empty")
    if len(rows) > MAX_ROWS:
        raise MaterialListError("too_many_rows", str(len(rows)))
    return rows


def _find_header(table: list[list[str]]) -> tuple[int, dict[str, int], int]:
    """(header row index or -1, {kind: column}, quantity column)."""
    for index, row in enumerate(table[:HEADER_SEARCH_ROWS]):
        names = [_normalized(value) for value in row]
        codes = {kind: names.index(name) for kind in CODE_PRIORITY for name in CODE_HEADERS[kind] if name in names}
        quantity = next((i for i, name in enumerate(names) if name in QUANTITY_HEADERS), None)
        if codes and quantity is not None:
            return index, codes, quantity
        if codes or quantity is not None:
            raise MaterialListError("no_quantity_column" if codes else "no_code_column")
    first = next(row for row in table if any(row))
    if len(first) >= 2 and _whole_number(first[1].strip()) is not None:
        return -1, {"sku": 0}, 1  # no header: code, quantity
    raise MaterialListError("no_code_column")


def _code_of(row: list[str], columns: dict[str, int]) -> tuple[str, str]:
    for kind in CODE_PRIORITY:
        column = columns.get(kind)
        if column is not None and column < len(row) and row[column].strip():
            return row[column].strip(), kind
    return "", ""


def _normalized(text: str) -> str:
    """ "Quantité" → "quantite", "No de pièce" → "nodepiece", "Qty." → "qty"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a UPC or a quantity stored as a number in a spreadsheet
    return str(value).strip()


def _whole_number(text: str) -> int | None:
    cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if cleaned.endswith((".0", ",0")):
        cleaned = cleaned[:-2]
    return int(cleaned) if cleaned.lstrip("-").isdigit() else None


def _csv_rows(path: Path) -> list[list[Any]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise MaterialListError("unreadable", "encoding")
    if "\x00" in text:
        raise MaterialListError("unreadable", "binary")
    return [list(row) for row in csv.reader(io.StringIO(text), delimiter=_delimiter(text))]


def _delimiter(text: str) -> str:
    """The separator found on the most of the first lines (a title line has none; French Excel uses ";")."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    return max(DELIMITERS, key=lambda d: (sum(1 for line in lines if d in line), -DELIMITERS.index(d)))


def _xlsx_rows(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook  # imported here: only the import needs it

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.active
        if sheet is None:
            raise MaterialListError("empty")
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
