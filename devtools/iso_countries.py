"""Write the frozen country list that topics migration 0004 reads: ``python -m devtools.iso_countries``.

The source is Debian's iso-codes package (ISO 3166-1 with its Dutch translation):
``apt-get install iso-codes``. The names are then brought to the forms used in the
Netherlands where the standard's differ (``NAMES``). The portal never reads iso-codes
itself: the migration reads the JSON file this writes, which is committed with it.
"""

from __future__ import annotations

import gettext
import json
from pathlib import Path

from django.utils.text import slugify

ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
LOCALES = Path("/usr/share/locale")
TARGET = Path(__file__).resolve().parent.parent / "ckm_portal/topics/migrations/0004_iso_countries.json"

# ISO code -> (Dutch name, English name): the everyday names where the standard's are formal or inverted
# ("Congo, The Democratic Republic of the"). Checked by hand against the names Dutch government sites use.
NAMES = {
    "BN": ("Brunei", "Brunei"),
    "BY": ("Belarus", "Belarus"),
    "CD": ("Democratische Republiek Congo", "Democratic Republic of the Congo"),
    "CG": ("Republiek Congo", "Republic of the Congo"),
    "FK": ("Falklandeilanden", "Falkland Islands"),
    "FM": ("Micronesia", "Micronesia"),
    "GE": ("Georgië", "Georgia"),
    "NF": ("Norfolkeiland", "Norfolk Island"),
    "PS": ("Palestina", "Palestine"),
    "RU": ("Rusland", "Russia"),
    "VA": ("Vaticaanstad", "Vatican City"),
    "VG": ("Britse Maagdeneilanden", "British Virgin Islands"),
    "VI": ("Amerikaanse Maagdeneilanden", "United States Virgin Islands"),
}
# Former or other common names, so that search, filters and the import know them too.
ALIASES = {
    "BY": ["Wit-Rusland"],
    "CD": ["Congo-Kinshasa", "DR Congo"],
    "CG": ["Congo-Brazzaville"],
    "CI": ["Ivory Coast"],
    "CV": ["Cape Verde"],
    "CZ": ["Czech Republic"],
    "MM": ["Birma", "Burma"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["Turkey"],
}


def countries() -> list[dict[str, object]]:
    dutch = gettext.translation("iso_3166-1", LOCALES, languages=["nl"])
    rows = []
    for entry in json.loads(ISO_CODES.read_text(encoding="utf-8"))["3166-1"]:
        code = entry["alpha_2"]
        english = entry.get("common_name", entry["name"])
        name_nl, name_en = NAMES.get(code, (dutch.gettext(english), english))
        rows.append(
            {
                "iso_code": code,
                "slug": slugify(name_nl),
                "name": name_nl,
                "name_en": name_en,
                "aliases": ALIASES.get(code, []),
            }
        )
    rows.sort(key=lambda row: str(row["iso_code"]))
    for field in ("iso_code", "slug", "name"):
        values = [row[field] for row in rows]
        if len(set(values)) != len(values):
            raise ValueError(f"Two countries share a {field}: correct NAMES.")
    return rows


if __name__ == "__main__":
    rows = countries()
    TARGET.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} countries written to {TARGET}")
