#!/usr/bin/env python3
"""Independent oracle for `staat build`'s open data ("computed by hand").

    python3 test/oracle/oracle.py <content-root> <data-dir>

Recomputes data/report.json from the definitions in design/report.md, written without
looking at the implementation (src/model/), and compares it with <data-dir>/report.json.
It also checks data/knelpunten.csv (the row count and the derived columns per knelpunt,
the url column included) and data/historie.csv/.json, recomputed row by row.
Every difference is printed as `path: expected ... actual ...`; exit 1 if there is any.

The content is read through dump-content.mjs (next to this file), because Python's
standard library has no YAML parser; that script only parses, all arithmetic is here.

Where report.md is ambiguous, the implementation's choice is accepted; each one is
marked "CHOICE:" below.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from typing import Any

CLOSED = {"opgelost", "vervallen"}
ROLES = ["politiek", "eigenaar", "opdrachtgever", "opdrachtnemer", "ketenpartner", "medeoverheid", "eu"]


def is_open(status: str) -> bool:
    return status not in CLOSED


def load(content: str) -> dict[str, Any]:
    here = os.path.dirname(os.path.abspath(__file__))
    out = subprocess.run(
        ["node", os.path.join(here, "dump-content.mjs"), content],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout)


def period_for(org: dict[str, Any] | None, year: int) -> dict[str, Any] | None:
    """The driehoek period covering `year` (vanaf/tot inclusive, no tot = runs on)."""
    for p in (org or {}).get("driehoek") or []:
        if p["vanaf"] <= year and (p.get("tot") is None or year <= p["tot"]):
            return p
    return None


def by_count_then_id(rows: list[dict], count_key: str, id_key: str) -> list[dict]:
    return sorted(rows, key=lambda r: (-r[count_key], r[id_key]))


def compute(tree: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    edition = tree["edition"]
    year = edition["verslagjaar"]
    regs = tree["registers"]
    orgs = {o["id"]: o for o in regs["organisaties"]}
    themas = {t["id"]: t for t in regs["themas"]}

    # Later years are ignored entirely (report.md "Which Standen").
    standen = [s for s in tree["standen"] if s["data"]["verslagjaar"] <= year]
    by_org: dict[str, list[dict]] = defaultdict(list)
    for s in standen:
        by_org[s["data"]["organisatie"]].append(s)
    for lst in by_org.values():
        lst.sort(key=lambda s: s["data"]["verslagjaar"])
    current = [s for s in standen if s["data"]["verslagjaar"] == year]

    def previous_stand(org_id: str) -> dict | None:
        """The organisation's Stand with the highest verslagjaar below the edition year."""
        earlier = [s for s in by_org[org_id] if s["data"]["verslagjaar"] < year]
        return earlier[-1] if earlier else None

    def first_year(org_id: str, kid: str) -> int:
        years = [s["data"]["verslagjaar"] for s in by_org[org_id]
                 if any(k["id"] == kid for k in s["data"].get("knelpunten") or [])]
        return min(years)

    # ---- derived per knelpunt (edition year) ----
    rows: list[dict[str, Any]] = []
    for s in current:
        d = s["data"]
        org_id = d["organisatie"]
        period = period_for(orgs.get(org_id), year)
        eigenaar = period.get("eigenaar") if period else None
        opdrachtgevers = list(period.get("opdrachtgevers") or []) if period else []
        prev = previous_stand(org_id)
        prev_status = {k["id"]: k["status"] for k in (prev["data"].get("knelpunten") or [])} if prev else {}
        for k, line in zip(d.get("knelpunten") or [], s["knelpuntLines"]):
            if "oproepen" in k and k["oproepen"] is not None:
                oproepen = list(k["oproepen"])
            else:
                oproepen = list(themas.get(k["thema"], {}).get("oproepen") or [])
            if k.get("opdrachtgever") is not None:
                toegerekend = k["opdrachtgever"]
            elif len(opdrachtgevers) == 1:
                toegerekend = opdrachtgevers[0]
            else:
                toegerekend = None
            eerste = k["eerste_melding"] if k.get("eerste_melding") is not None else first_year(org_id, k["id"])
            rows.append({
                "global_id": f"{org_id}/{k['id']}",
                "organisatie": org_id,
                "k": k,
                # CHOICE: id lists (incl. derived oproepen and opdrachtgevers) ascending by code point.
                "oproepen": sorted(oproepen),
                "eigenaar": eigenaar,
                "opdrachtgevers": sorted(opdrachtgevers),
                "meervoudig": len(opdrachtgevers) > 1,
                "toegerekend": toegerekend,
                "eerste_melding": eerste,
                "jaren_open": year - eerste if is_open(k["status"]) else None,
                "vorige_status": prev_status.get(k["id"]),
                "open": is_open(k["status"]),
                "bron_pad": s["path"],
                "bron_regel": line,
            })

    # ---- totalen ----
    totalen = {
        "standen": len(current),
        "organisaties": len({s["data"]["organisatie"] for s in current}),
        "knelpunten": len(rows),
        "open_knelpunten": sum(1 for r in rows if r["open"]),
        "lichtpunten": sum(len(s["data"].get("lichtpunten") or []) for s in current),
        "dilemmas": sum(len(s["data"].get("dilemmas") or []) for s in current),
        # CHOICE: "all years" counts only years <= the edition year (later years are ignored).
        "standen_alle_jaren": len(standen),
        "organisaties_alle_jaren": len({s["data"]["organisatie"] for s in standen}),
    }

    # ---- like-for-like: organisations with a Stand in both the edition year and the year before ----
    vorig_jaar = year - 1
    zelfde = sorted(o for o, lst in by_org.items()
                    if any(s["data"]["verslagjaar"] == year for s in lst)
                    and any(s["data"]["verslagjaar"] == vorig_jaar for s in lst))

    def knelpunten_in(y: int) -> list[dict]:
        return [k for s in standen if s["data"]["verslagjaar"] == y and s["data"]["organisatie"] in zelfde
                for k in s["data"].get("knelpunten") or []]

    zelfde_vorig, zelfde_nu = knelpunten_in(vorig_jaar), knelpunten_in(year)

    def telling(ks: list[dict]) -> dict[str, int]:
        return {"knelpunten": len(ks), "open": sum(1 for k in ks if is_open(k["status"]))}

    # ---- per_thema: every register thema, also with 0 ----
    # CHOICE: sorted by `knelpunten` (main thema) desc, then thema id.
    per_thema = []
    for t in regs["themas"]:
        main = [r for r in rows if r["k"]["thema"] == t["id"]]
        incl = [r for r in rows if r["k"]["thema"] == t["id"] or t["id"] in (r["k"].get("subthemas") or [])]
        per_thema.append({
            "thema": t["id"], "naam": t["naam"], "knelpunten": len(main),
            "knelpunten_incl_subthemas": len(incl),
            "organisaties": len({r["organisatie"] for r in main}),
            "open": sum(1 for r in main if r["open"]),
            "vorig_jaar": sum(1 for k in zelfde_vorig if k["thema"] == t["id"]),
            "dit_jaar_zelfde_organisaties": sum(1 for k in zelfde_nu if k["thema"] == t["id"]),
        })
    per_thema = by_count_then_id(per_thema, "knelpunten", "thema")

    per_oproep = by_count_then_id([
        {"oproep": o["id"], "titel": o["titel"], "knelpunten": sum(1 for r in rows if o["id"] in r["oproepen"])}
        for o in regs["oproepen"]
    ], "knelpunten", "oproep")

    per_actie_bij = by_count_then_id([
        {"rol": rol, "knelpunten": sum(1 for r in rows if rol in (r["k"].get("actie_bij") or []))}
        for rol in ROLES
    ], "knelpunten", "rol")

    # ---- per_ministerie: every ministry with a non-zero count ----
    eig = Counter(r["eigenaar"] for r in rows if r["eigenaar"] is not None)
    opd = Counter(r["toegerekend"] for r in rows if r["toegerekend"] is not None)
    actie = Counter(r["toegerekend"] for r in rows
                    if r["toegerekend"] is not None and "opdrachtgever" in (r["k"].get("actie_bij") or []))
    per_ministerie = [
        {"ministerie": m, "als_eigenaar": eig.get(m, 0), "als_opdrachtgever": opd.get(m, 0),
         "actie_als_opdrachtgever": actie.get(m, 0)}
        for m in set(eig) | set(opd)
    ]
    # CHOICE: sorted by als_eigenaar + als_opdrachtgever desc, then ministry id.
    per_ministerie.sort(key=lambda r: (-(r["als_eigenaar"] + r["als_opdrachtgever"]), r["ministerie"]))

    # ---- meervoudig_opdrachtgeverschap: orgs in the edition with > 1 opdrachtgever that year ----
    meervoudig = []
    for org_id in sorted({s["data"]["organisatie"] for s in current}):
        period = period_for(orgs.get(org_id), year)
        ogs = list(period.get("opdrachtgevers") or []) if period else []
        if len(ogs) <= 1:
            continue
        mine = [r for r in rows if r["organisatie"] == org_id]
        meervoudig.append({
            "organisatie": org_id, "opdrachtgevers": sorted(ogs), "knelpunten": len(mine),
            "opdrachtgever_onbepaald": sum(1 for r in mine if r["toegerekend"] is None),
        })
    # CHOICE: sorted by knelpunten desc, then organisation id.
    meervoudig = by_count_then_id(meervoudig, "knelpunten", "organisatie")

    # ---- gedeelde_knelpunten: values used by >= 2 organisations in the edition ----
    shared: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r["k"].get("gedeeld_knelpunt"):
            shared[r["k"]["gedeeld_knelpunt"]].append(r)
    gedeeld = []
    for value, rs in shared.items():
        org_set = sorted({r["organisatie"] for r in rs})
        if len(org_set) >= 2:
            gedeeld.append({"gedeeld_knelpunt": value, "organisaties": org_set,
                            "knelpunten": sorted(r["global_id"] for r in rs)})
    # CHOICE: sorted by number of organisations desc, then number of knelpunten desc, then value.
    gedeeld.sort(key=lambda g: (-len(g["organisaties"]), -len(g["knelpunten"]), g["gedeeld_knelpunt"]))

    # ---- trends ----
    # CHOICE: per_jaar covers every year <= the edition year that has a Stand, ascending.
    per_jaar = []
    for y in sorted({s["data"]["verslagjaar"] for s in standen}):
        ks = [k for s in standen if s["data"]["verslagjaar"] == y for k in s["data"].get("knelpunten") or []]
        per_jaar.append({"verslagjaar": y, "standen": sum(1 for s in standen if s["data"]["verslagjaar"] == y),
                         "knelpunten": len(ks), "open": sum(1 for k in ks if is_open(k["status"]))})

    nieuw = sorted(r["global_id"] for r in rows if r["eerste_melding"] == year)
    opgelost = sorted(r["global_id"] for r in rows
                      if r["k"]["status"] == "opgelost" and r["vorige_status"] is not None
                      and is_open(r["vorige_status"]))
    langlopend = sorted(r["global_id"] for r in rows if r["open"] and r["jaren_open"] >= 3)
    # CHOICE: verdwenen only for organisations that have a Stand in the edition year.
    verdwenen = []
    for s in current:
        org_id = s["data"]["organisatie"]
        prev = previous_stand(org_id)
        if not prev:
            continue
        now_ids = {k["id"] for k in s["data"].get("knelpunten") or []}
        for k in prev["data"].get("knelpunten") or []:
            if is_open(k["status"]) and k["id"] not in now_ids:
                verdwenen.append(f"{org_id}/{k['id']}")
    verdwenen.sort()
    # CHOICE: unchanged pairs (van == naar) included; sorted by aantal desc, then van, then naar.
    pairs = Counter((r["vorige_status"], r["k"]["status"]) for r in rows if r["vorige_status"] is not None)
    overgangen = [{"van": v, "naar": n, "aantal": c} for (v, n), c in pairs.items()]
    overgangen.sort(key=lambda o: (-o["aantal"], o["van"], o["naar"]))

    report = {
        "editie": edition["editie"],
        "titel": edition["titel"],
        "verslagjaar": year,
        # CHOICE: null when staat.yaml has no publicatiedatum.
        "publicatiedatum": edition.get("publicatiedatum"),
        "totalen": totalen,
        "per_thema": per_thema,
        "per_oproep": per_oproep,
        "per_actie_bij": per_actie_bij,
        "per_ministerie": per_ministerie,
        "meervoudig_opdrachtgeverschap": meervoudig,
        "gedeelde_knelpunten": gedeeld,
        "trends": {
            "per_jaar": per_jaar, "nieuw": nieuw, "opgelost": opgelost, "langlopend": langlopend,
            "verdwenen": verdwenen,
            "zelfde_organisaties": {"vorig_verslagjaar": vorig_jaar, "organisaties": zelfde,
                                    "vorig": telling(zelfde_vorig), "nu": telling(zelfde_nu)},
            "status_overgangen": overgangen,
        },
    }
    return report, rows


def diff(path: str, expected: Any, actual: Any, out: list[str]) -> None:
    """Structural comparison; bool vs int and key sets are strict."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected:
            if key not in actual:
                out.append(f"{path}.{key}: expected {json.dumps(expected[key], ensure_ascii=False)}, actual <missing>")
            else:
                diff(f"{path}.{key}", expected[key], actual[key], out)
        for key in actual:
            if key not in expected:
                out.append(f"{path}.{key}: expected <absent>, actual {json.dumps(actual[key], ensure_ascii=False)}")
        return
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            out.append(f"{path}: expected {len(expected)} entries {json.dumps(expected, ensure_ascii=False)}, "
                       f"actual {len(actual)} entries {json.dumps(actual, ensure_ascii=False)}")
            return
        for i, (e, a) in enumerate(zip(expected, actual)):
            diff(f"{path}[{i}]", e, a, out)
        return
    if type(expected) is not type(actual) or expected != actual:
        out.append(f"{path}: expected {json.dumps(expected, ensure_ascii=False)}, actual {json.dumps(actual, ensure_ascii=False)}")


def read_csv(path: str) -> list[dict[str, str]]:
    with open(path, "rb") as f:
        raw = f.read()
    problems = []
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("knelpunten.csv: no UTF-8 BOM")
    text = raw.decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=";", quotechar='"')
    rows = list(reader)
    if problems:
        raise ValueError(problems[0])
    return rows


def unprotect(cell: str) -> str:
    """Undo the formula-injection guard: a leading `'` before = + - @ or a tab."""
    if len(cell) >= 2 and cell[0] == "'" and cell[1] in "=+-@\t":
        return cell[1:]
    return cell


def check_csv(rows: list[dict[str, Any]], data_dir: str, out: list[str]) -> None:
    path = os.path.join(data_dir, "knelpunten.csv")
    try:
        table = read_csv(path)
    except (OSError, ValueError) as e:
        out.append(f"knelpunten.csv: {e}")
        return
    if len(table) != len(rows):
        out.append(f"knelpunten.csv: expected {len(rows)} rows, actual {len(table)}")
    by_key = {(unprotect(t.get("organisatie", "")), unprotect(t.get("id", ""))): t for t in table}
    if len(by_key) != len(table):
        out.append("knelpunten.csv: duplicate (organisatie, id) rows")

    def cell(v: Any) -> str:
        if v is None:
            return ""
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, list):
            return "|".join(str(x) for x in v)
        return str(v)

    for r in rows:
        key = (r["organisatie"], r["k"]["id"])
        t = by_key.get(key)
        if t is None:
            out.append(f"knelpunten.csv[{r['global_id']}]: row missing")
            continue
        expected = {
            "thema": r["k"]["thema"],
            "status": r["k"]["status"],
            "oproepen": cell(r["oproepen"]),
            "eigenaar": cell(r["eigenaar"]),
            "opdrachtgevers": cell(r["opdrachtgevers"]),
            "opdrachtgever_toegerekend": cell(r["toegerekend"]),
            "meervoudig_opdrachtgeverschap": cell(r["meervoudig"]),
            "eerste_melding": cell(r["eerste_melding"]),
            "jaren_open": cell(r["jaren_open"]),
            "vorige_status": cell(r["vorige_status"]),
            "gedeeld_knelpunt": cell(r["k"].get("gedeeld_knelpunt")),
            "bron_pad": r["bron_pad"],
            "bron_regel": cell(r["bron_regel"]),
            # report.md "More open data": the anchor on the organisation page, e.g.
            # organisaties/uwv/index.html#kp-uwv-wia-dagloon.
            "url": f"organisaties/{r['organisatie']}/index.html#kp-{r['organisatie']}-{r['k']['id']}",
        }
        for col, want in expected.items():
            got = unprotect(t.get(col, "<missing column>") or "")
            if got != want:
                out.append(f"knelpunten.csv[{r['global_id']}].{col}: expected {want!r}, actual {got!r}")


def expected_historie(tree: dict[str, Any]) -> list[dict[str, Any]]:
    """historie: one row per knelpunt per Stand with verslagjaar <= the edition (report.md)."""
    year = tree["edition"]["verslagjaar"]
    rows = []
    for s in tree["standen"]:
        d = s["data"]
        if d["verslagjaar"] > year:
            continue
        for k, line in zip(d.get("knelpunten") or [], s["knelpuntLines"]):
            rows.append({
                "organisatie": d["organisatie"], "id": k["id"], "verslagjaar": d["verslagjaar"],
                "titel": k["titel"], "thema": k["thema"], "status": k["status"], "open": is_open(k["status"]),
                "bron_pad": s["path"], "bron_regel": line,
            })
    # CHOICE: ids compared by code point (Python's default string order).
    rows.sort(key=lambda r: (r["organisatie"], r["id"], r["verslagjaar"]))
    return rows


def check_historie(tree: dict[str, Any], data_dir: str, out: list[str]) -> None:
    expected = expected_historie(tree)
    try:
        with open(os.path.join(data_dir, "historie.json"), encoding="utf-8") as f:
            actual_json = json.load(f)
        table = read_csv(os.path.join(data_dir, "historie.csv"))
    except (OSError, ValueError) as e:
        out.append(f"historie: {e}")
        return
    diff("historie.json", expected, actual_json, out)
    as_text = [{k: ("true" if v is True else "false" if v is False else str(v)) for k, v in r.items()} for r in expected]
    actual_csv = [{k: unprotect(v or "") for k, v in t.items()} for t in table]
    diff("historie.csv", as_text, actual_csv, out)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: oracle.py <content-root> <data-dir>", file=sys.stderr)
        return 2
    content, data_dir = argv[1], argv[2]
    tree = load(content)
    expected, rows = compute(tree)
    with open(os.path.join(data_dir, "report.json"), encoding="utf-8") as f:
        actual = json.load(f)
    problems: list[str] = []
    diff("report", expected, actual, problems)
    check_csv(rows, data_dir, problems)
    check_historie(tree, data_dir, problems)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} difference(s)", file=sys.stderr)
        return 1
    print(f"oracle: report.json, knelpunten.csv and historie agree ({len(rows)} knelpunten)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
