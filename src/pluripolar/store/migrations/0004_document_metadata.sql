-- What a page or file says about itself, read with its text (trafilatura, pypdf, python-docx).
ALTER TABLE sources ADD COLUMN author VARCHAR;
ALTER TABLE sources ADD COLUMN outlet VARCHAR;
