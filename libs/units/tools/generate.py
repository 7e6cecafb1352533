"""Generates libs/units/data/administrative-units.json from two maintained PyPI packages.

- vietnam-provinces: the structure in force since 1/7/2025 (34 provinces, 3,321 communes with
  their official codes and division types), from the national list.
- vietnamadminunits: the structure until 30/6/2025 (63 provinces, their districts and 10,040
  communes with official codes) and which old communes each 2025 commune was formed from.

Every unit is written as one or two *versions*: a code that existed before 1/7/2025 and still
exists after (a province that absorbed others, or a commune that kept one predecessor's code)
gets a version until 2025-06-30 and one from 2025-07-01: the same unit, continuing. The region of
QĐ 318/QĐ-TTg over which the 2021–2025 thresholds vary is that of the commune's province before
the merger (for a 2025 commune, its predecessors' provinces; see REGION_BY_OLD_PROVINCE).

Run through `npm run units:generate`, which pins the package versions.
"""

import json
import sqlite3
import sys
from collections import Counter
from importlib import metadata
from pathlib import Path

import vietnam_provinces
import vietnamadminunits

MERGER_DAY = "2025-07-01"
LAST_DAY_BEFORE = "2025-06-30"

# The seven regions of the 2021–2025 criteria (QĐ 318/QĐ-TTg 2022), over the 63 provinces as they
# were until 30/6/2025 (General Statistics Office's regions, North Central and South Central
# Coast counted apart as the criteria do). Ids are those of libs/catalogue.
REGION_BY_OLD_PROVINCE = {
    "northern-midlands-mountains": "02 04 06 08 10 11 12 14 15 17 19 20 24 25",
    "red-river-delta": "01 22 26 27 30 31 33 34 35 36 37",
    "north-central": "38 40 42 44 45 46",
    "south-central-coast": "48 49 51 52 54 56 58 60",
    "central-highlands": "62 64 66 67 68",
    "southeast": "70 72 74 75 77 79",
    "mekong-delta": "80 82 83 84 86 87 89 91 92 93 94 95 96",
}
REGION_OF = {code: region for region, codes in REGION_BY_OLD_PROVINCE.items() for code in codes.split()}


def lower_first(name_type: str) -> str:
    return name_type.strip().lower()


def official_name(name: str, division_type: str) -> str:
    """vietnam-provinces writes "Thành phố Hà Nội" but "Thái Nguyên": the official name is "Tỉnh Thái Nguyên"."""
    return name if division_type != "tỉnh" or name.startswith("Tỉnh ") else f"Tỉnh {name}"


def main(out: Path) -> None:
    data_dir = Path(vietnamadminunits.__file__).parent / "data"
    db = sqlite3.connect(data_dir / "dataset.db")
    converter = json.loads((data_dir / "converter_2025.json").read_text(encoding="utf-8"))
    nested = json.loads(
        (Path(vietnam_provinces.__file__).parent / "data" / "nested-divisions.json").read_text(encoding="utf-8")
    )
    assert len(REGION_OF) == 63, len(REGION_OF)

    versions: list[dict] = []
    # Name keys as the converter writes them: "<province>_<district>_<ward>"; an island district
    # without communes is "<province>_<district>_" and became a special zone (đặc khu) whole.
    legacy_code_by_key: dict[str, str] = {}
    legacy_province_by_key: dict[str, str] = {}
    legacy_province_of: dict[str, str] = {}

    # Until 30/6/2025: tỉnh → huyện → xã.
    rows = db.execute(
        "select province, provinceCode, provinceKey, district, districtType, districtCode, districtKey,"
        " ward, wardType, wardCode, wardKey from admin_units_legacy order by provinceCode, districtCode, wardCode"
    ).fetchall()
    seen_provinces: set[str] = set()
    seen_districts: set[str] = set()
    for province, p_code, p_key, district, d_type, d_code, d_key, ward, w_type, w_code, w_key in rows:
        if p_code not in seen_provinces:
            seen_provinces.add(p_code)
            legacy_province_by_key[p_key] = p_code
            versions.append(
                {"code": p_code, "name": province, "level": "province",
                 "divisionType": "thành phố trung ương" if province.startswith("Thành phố") else "tỉnh",
                 "validTo": LAST_DAY_BEFORE}
            )
        if d_code not in seen_districts:
            seen_districts.add(d_code)
            versions.append(
                {"code": d_code, "name": district, "level": "district", "divisionType": lower_first(d_type),
                 "parent": p_code, "validTo": LAST_DAY_BEFORE}
            )
        if not w_code:  # an island district without communes (huyện đảo)
            legacy_code_by_key[f"{p_key}_{d_key}_"] = d_code
            legacy_province_of[d_code] = p_code
            continue
        legacy_code_by_key[f"{p_key}_{d_key}_{w_key}"] = w_code
        legacy_province_of[w_code] = p_code
        versions.append(
            {"code": w_code, "name": ward, "level": "commune", "divisionType": lower_first(w_type),
             "parent": d_code, "region": REGION_OF[p_code], "validTo": LAST_DAY_BEFORE}
        )

    # From 1/7/2025: tỉnh → xã, and what each 2025 commune was formed from.
    new_code_by_key = {
        (p_key, w_key): w_code
        for p_key, w_key, w_code in db.execute("select provinceKey, wardKey, wardCode from admin_units")
    }
    new_province_key = {
        p_code: p_key for p_code, p_key in db.execute("select distinct provinceCode, provinceKey from admin_units")
    }
    formed_from: dict[str, set[str]] = {}
    unresolved: list[str] = []
    for p_key, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for w_key, old_keys in wards.items():
            code = new_code_by_key.get((p_key, w_key))
            for old_key in old_keys:
                old = legacy_code_by_key.get(old_key)
                if code and old:
                    formed_from.setdefault(code, set()).add(old)
                else:
                    unresolved.append(f"{p_key}/{w_key} ← {old_key}")
    for p_key, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, parts in olds.items():
            old = legacy_code_by_key.get(old_key)
            for part in parts:
                code = new_code_by_key.get((p_key, part["newWardKey"]))
                if code and old:
                    formed_from.setdefault(code, set()).add(old)
                else:
                    unresolved.append(f"{p_key}/{part['newWardKey']} ← {old_key} (divided)")

    province_predecessors = {
        new_key: sorted(legacy_province_by_key[key] for key in old_keys if key in legacy_province_by_key)
        for new_key, old_keys in converter["DICT_PROVINCE"].items()
    }
    counts: Counter = Counter()
    code_reused_by_other: list[str] = []
    for province in nested:
        p_code = f"{province['code']:02d}"
        p_key = new_province_key[p_code]
        versions.append(
            {"code": p_code, "name": official_name(province["name"], province["division_type"]), "level": "province",
             "divisionType": province["division_type"], "validFrom": MERGER_DAY,
             "predecessors": [c for c in province_predecessors.get(p_key, [p_code]) if c != p_code]}
        )
        for ward in province["wards"]:
            w_code = f"{ward['code']:05d}"
            counts[ward["division_type"]] += 1
            before = sorted(formed_from.get(w_code, set()))
            regions = Counter(REGION_OF[legacy_province_of[old]] for old in before)
            if w_code in legacy_province_of and w_code not in before:
                code_reused_by_other.append(w_code)
            if w_code in legacy_province_of:
                regions = Counter({REGION_OF[legacy_province_of[w_code]]: len(before) + 1})
            version = {"code": w_code, "name": ward["name"], "level": "commune",
                       "divisionType": ward["division_type"], "parent": p_code, "validFrom": MERGER_DAY,
                       "predecessors": [c for c in before if c != w_code]}
            if regions:  # the continuing code's region, else the region most predecessors lay in
                version["region"] = regions.most_common(1)[0][0]
            versions.append(version)

    missing_region = [v["code"] for v in versions if v["level"] == "commune" and "region" not in v]
    continuing = {v["code"] for v in versions if "validTo" in v} & {v["code"] for v in versions if "validFrom" in v}
    source = {
        "vietnam-provinces": metadata.version("vietnam-provinces"),
        "vietnamadminunits": metadata.version("vietnamadminunits"),
    }
    document = {
        "source": source,
        "generatedBy": "libs/units/tools/generate.py (npm run units:generate)",
        "units": [{k: v for k, v in version.items() if v != []} for version in versions],
    }
    out.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{out}: {len(versions)} unit versions from {source}", file=sys.stderr)
    print(f"  since {MERGER_DAY}: {len(nested)} provinces, {sum(counts.values())} communes {dict(counts)}",
          file=sys.stderr)
    print(f"  until {LAST_DAY_BEFORE}: {len(seen_provinces)} provinces, {len(seen_districts)} districts,"
          f" {sum(1 for v in versions if v['level'] == 'commune' and 'validTo' in v)} communes", file=sys.stderr)
    print(f"  codes continuing across the merger: {len(continuing)}", file=sys.stderr)
    print(f"  2025 communes on an old code the converter does not list among their sources (kept as continuing):"
          f" {len(code_reused_by_other)}, e.g. {code_reused_by_other[:5]}", file=sys.stderr)
    print(f"  predecessor links not resolvable by name key: {len(unresolved)}; 2025 communes without a known"
          f" predecessor (no region): {len(missing_region)}", file=sys.stderr)
    for line in unresolved[:20]:
        print(f"    {line}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
