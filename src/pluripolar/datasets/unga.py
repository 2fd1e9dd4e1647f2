"""UN General Assembly roll-call votes (Voeten, as packaged in the R package unvotes) and ideal points
(Bailey, Strezhnev & Voeten). Analysis tables only.

- unga-votes: `un_votes.csv` (rcid, country, country_code = ISO 3166 alpha-2, vote) → `unga_votes`;
  when `un_roll_calls.csv` and `un_roll_call_issues.csv` sit next to it they are loaded too
  (→ `unga_roll_calls`, with the issues as a list) and give each vote its session, date and year.
  Alpha-2 → ISO3 by `data/iso2_iso3.csv` (withdrawn codes CS, DD, YU, YD included); the states with
  no code in the file (Federal Republic of Germany, Yemen Arab Republic, Zanzibar) by name through
  the actor knowledge base. A code names a UN seat (RU is the USSR before 1992, YU Serbia after
  2006): ccode = the COW code of that id in the vote's year, else the code it ever had, and iso3 =
  the crosswalk's id for that COW code in that year (so RU in 1962 is SUN); without roll calls there
  is no year and iso3 is the seat's id. Codes are mapped once per distinct seat and year, then joined.
- unga-ideal-points: the Dataverse file IdealpointestimatesAll (session, ccode, iso3c, NVotesAll,
  IdealPointAll, quantiles, agreement with US, Russia, Brazil, China, India, Israel), or the teaching
  file unvoting.csv (Year, CountryAbb = COW letter code, idealpoint, PctAgreeUS, PctAgreeRUSSIA;
  it keeps GFR and YAR for unified Germany and Yemen, which map to DEU and YEM, and writes SSUD)
  → `ideal_points`; year = session + 1945; iso3 from the file, else from the COW code.
"""
from __future__ import annotations

from .macros import data_file
from .spec import Companion, Dataset, Layout, RowMapping, Timing

_ROLL_CALLS = Layout("unvotes-roll-calls", ("rcid", "session", "importantvote", "date", "unres", "amend",
                                            "para", "short", "descr"),
                     {"rcid": "INTEGER", "session": "INTEGER", "importantvote": "INTEGER", "date": "DATE",
                      "amend": "INTEGER", "para": "INTEGER"})
_ISSUES = Layout("unvotes-issues", ("rcid", "short_name", "issue"), {"rcid": "INTEGER"})


def _votes(layout: Layout, companions: frozenset[str]) -> RowMapping:
    codes = f"read_csv('{data_file('iso2_iso3.csv')}', header=true, all_varchar=true)"
    calls = ("SELECT rcid, session, date, year(date) AS year FROM roll_calls" if "roll_calls" in companions
             else "SELECT NULL::INTEGER AS rcid, NULL::INTEGER AS session, NULL::DATE AS date, NULL::INTEGER AS year")
    tables = {"unga_votes": f"""
        WITH c AS ({calls}),
        seats AS (SELECT s.country_code, s.country, coalesce(i.iso3, n.iso3) AS seat
                  FROM (SELECT DISTINCT country_code, country FROM raw) s
                  LEFT JOIN {codes} AS i ON i.iso2 = s.country_code
                  LEFT JOIN name_iso3 AS n ON s.country_code IS NULL AND n.name = s.country),
        seat_years AS (SELECT country_code, country, year, ccode, coalesce(iso3_in(ccode, year), seat) AS iso3
                       FROM (SELECT s.*, y.year, coalesce(cow_in(seat, y.year), cow_ever(seat)) AS ccode
                             FROM seats s, (SELECT DISTINCT year FROM c) y))
        SELECT v.rcid, c.session, c.date, c.year, k.ccode, k.iso3, v.country, v.vote
        FROM raw v LEFT JOIN c ON c.rcid = v.rcid
        LEFT JOIN seat_years k ON k.country_code IS NOT DISTINCT FROM v.country_code
                              AND k.country IS NOT DISTINCT FROM v.country AND k.year IS NOT DISTINCT FROM c.year"""}
    if "roll_calls" in companions:
        issues = ("(SELECT rcid, list(issue ORDER BY issue) AS issues FROM issues GROUP BY rcid)"
                  if "issues" in companions else "(SELECT NULL::INTEGER AS rcid, NULL::VARCHAR[] AS issues)")
        tables["unga_roll_calls"] = f"""
            SELECT r.rcid, session, date, year(date) AS year, importantvote = 1 AS important,
                   unres AS resolution, amend = 1 AS amend, para = 1 AS para, short, descr,
                   coalesce(i.issues, []) AS issues
            FROM roll_calls r LEFT JOIN {issues} i ON i.rcid = r.rcid"""
    return RowMapping(tables=tables,
                      names={"name_iso3": ("SELECT DISTINCT country FROM raw WHERE country_code IS NULL", None)})


def _ideal_points(layout: Layout, companions: frozenset[str]) -> RowMapping:
    if layout.name == "unvoting":
        return RowMapping(names={"name_iso3": ("SELECT CountryName FROM raw WHERE cow_of_abb(CountryAbb) IS NULL",
                                               None)}, tables={"ideal_points": """
            SELECT Year - 1945 AS session, Year AS year, coalesce(cow_in(seat, Year), code) AS ccode, seat AS iso3,
                   CountryName AS country, idealpoint AS ideal_point, PctAgreeUS AS agree_us,
                   PctAgreeRUSSIA AS agree_russia, 'unvoting' AS layout
            FROM (SELECT *, coalesce(iso3_in(code, Year), iso3_last(code), name_id) AS seat
                  FROM (SELECT raw.*, cow_of_abb(CountryAbb) AS code, n.iso3 AS name_id
                        FROM raw LEFT JOIN name_iso3 n ON n.name = raw.CountryName))"""})
    return RowMapping(tables={"ideal_points": """
        SELECT session, session + 1945 AS year, ccode, coalesce(iso3c, iso3_in(ccode, session + 1945)) AS iso3,
               Countryname AS country, IdealPointAll AS ideal_point, NVotesAll AS n_votes, "Q5%All" AS q05,
               "Q50%All" AS q50, "Q95%All" AS q95, USAgree AS agree_us, RUSSAgree AS agree_russia,
               ChinaAgree AS agree_china, IndiaAgree AS agree_india, BrazilAgree AS agree_brazil,
               IsraelAgree AS agree_israel, 'dataverse' AS layout FROM raw"""})


_UNVOTING = ("Year", "CountryAbb", "CountryName", "idealpoint", "PctAgreeUS", "PctAgreeRUSSIA")
_DATAVERSE = ("", "ccode", "session", "NVotesAll", "IdealPointAll", "QO%All", "Q5%All", "Q10%All", "Q50%All",
              "Q90%All", "Q95%All", "Q100%All", "iso3c", "Countryname", "USAgree", "RUSSAgree", "BrazilAgree",
              "ChinaAgree", "IndiaAgree", "IsraelAgree")

UNGA_VOTES = Dataset(
    name="unga-votes",
    description="UN General Assembly roll-call votes 1946-2019 (with roll calls and issues when beside "
                "the file) → tables unga_votes, unga_roll_calls",
    url="https://doi.org/10.7910/DVN/LEJUQZ",
    download_url="https://raw.githubusercontent.com/dgrtwo/unvotes/master/data-raw/un_votes.csv",
    licence="free for research; cite the dataset (Harvard Dataverse terms); unvotes package MIT",
    citation="Voeten, Erik; Strezhnev, Anton; Bailey, Michael, 2009, \"United Nations General Assembly "
             "Voting Data\", https://doi.org/10.7910/DVN/LEJUQZ, Harvard Dataverse.",
    layouts=(Layout("unvotes", ("rcid", "country", "country_code", "vote"), {"rcid": "INTEGER"},
                    version="unvotes-2021", nullstr=("",)),),  # "NA" is Namibia
    mapping=_votes,
    timing=Timing("tables", "1946-2019 (sessions 1-74)"),
    companions=(Companion("roll_calls", "un_roll_calls.csv", _ROLL_CALLS),
                Companion("issues", "un_roll_call_issues.csv", _ISSUES)),
)

UNGA_IDEAL_POINTS = Dataset(
    name="unga-ideal-points",
    description="state ideal points from UN General Assembly votes, per session → table ideal_points",
    url="https://doi.org/10.7910/DVN/LEJUQZ",
    download_url=None,  # Dataverse file download needs its file id; get it from the DOI page
    licence="free for research; cite the dataset (Harvard Dataverse terms)",
    citation="Bailey, Michael A., Anton Strezhnev, and Erik Voeten. 2017. \"Estimating Dynamic State "
             "Preferences from United Nations Voting Data.\" Journal of Conflict Resolution 61(2): 430-456.",
    layouts=(Layout("dataverse", _DATAVERSE,
                    {"ccode": "INTEGER", "session": "INTEGER", "NVotesAll": "INTEGER",
                     **{c: "DOUBLE" for c in _DATAVERSE[4:12] + _DATAVERSE[14:]}}, version="2024-06"),
             Layout("unvoting", _UNVOTING, {"Year": "INTEGER", "idealpoint": "DOUBLE", "PctAgreeUS": "DOUBLE",
                                            "PctAgreeRUSSIA": "DOUBLE"}, version="qss")),
    mapping=_ideal_points,
    timing=Timing("tables", "1946-2023"),
)
