-- The newsroom's article list finds titles whatever their accents and case ("marche" finds
-- "Marché"): each article keeps its title folded. SQL has no portable way to fold accents, so
-- existing rows are filled by the application at its next start (story/SearchKeys).
alter table article add column search_key varchar(300);
create index ix_article_search_key on article (search_key);
