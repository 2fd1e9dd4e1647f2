-- Analysis tables filled by `pluripolar data load`; every row carries the source (dataset file) it came from.
CREATE TABLE state_system (
    source_id VARCHAR NOT NULL, ccode INTEGER NOT NULL, stateabb VARCHAR, name VARCHAR, iso3 VARCHAR,
    start_date DATE, end_date DATE, version VARCHAR
);

CREATE TABLE major_powers (
    source_id VARCHAR NOT NULL, ccode INTEGER NOT NULL, iso3 VARCHAR, start_date DATE, end_date DATE,
    version VARCHAR
);

-- COW National Material Capabilities; a store may hold several versions (analysis picks the latest).
CREATE TABLE capabilities (
    source_id VARCHAR NOT NULL, ccode INTEGER NOT NULL, iso3 VARCHAR, year INTEGER NOT NULL,
    milex DOUBLE, milper DOUBLE, irst DOUBLE, pec DOUBLE, tpop DOUBLE, upop DOUBLE, cinc DOUBLE,
    version VARCHAR NOT NULL
);

-- Anders, Fariss & Markowitz simulated GDP and population (GDP in 2011 USD millions, population millions).
CREATE TABLE gdp_population (
    source_id VARCHAR NOT NULL, ccode INTEGER NOT NULL, iso3 VARCHAR, year INTEGER NOT NULL,
    gdp DOUBLE, sd_gdp DOUBLE, gdppc DOUBLE, sd_gdppc DOUBLE, population DOUBLE, sd_population DOUBLE
);

-- ATOP directed dyad-years as published (both directions present).
CREATE TABLE atop_dyad_years (
    source_id VARCHAR NOT NULL, ccode1 INTEGER NOT NULL, ccode2 INTEGER NOT NULL, iso1 VARCHAR, iso2 VARCHAR,
    year INTEGER NOT NULL, defense BOOLEAN, offense BOOLEAN, neutral BOOLEAN, nonagg BOOLEAN, consul BOOLEAN
);

CREATE TABLE unga_roll_calls (
    source_id VARCHAR NOT NULL, rcid INTEGER NOT NULL, session INTEGER, date DATE, year INTEGER,
    important BOOLEAN, resolution VARCHAR, amend BOOLEAN, para BOOLEAN, short VARCHAR, descr VARCHAR,
    issues VARCHAR[]
);

-- One row per country and roll call: vote is yes | no | abstain.
CREATE TABLE unga_votes (
    source_id VARCHAR NOT NULL, rcid INTEGER NOT NULL, session INTEGER, date DATE, year INTEGER,
    ccode INTEGER, iso3 VARCHAR, country VARCHAR, vote VARCHAR NOT NULL
);

CREATE TABLE ideal_points (
    source_id VARCHAR NOT NULL, session INTEGER, year INTEGER NOT NULL, ccode INTEGER, iso3 VARCHAR,
    country VARCHAR, ideal_point DOUBLE, n_votes INTEGER, q05 DOUBLE, q50 DOUBLE, q95 DOUBLE,
    agree_us DOUBLE, agree_russia DOUBLE, agree_china DOUBLE, agree_india DOUBLE, agree_brazil DOUBLE,
    agree_israel DOUBLE, layout VARCHAR NOT NULL
);
