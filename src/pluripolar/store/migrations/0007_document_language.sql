-- The language a document was read in (ISO 639-1, detected or given with --lang): pages and exports
-- show quotes with it ("es" quotes are Spanish text as written).
ALTER TABLE sources ADD COLUMN language VARCHAR;
