-- One lead picture for every demo story, as the media library would store it: the asset, its
-- texts in fr and en, the original and five renditions. The bytes are placeholders: the bench
-- reads pages and JSON, which name the renditions but never load them.
insert into media_asset (id, file_name, search_key, kind, width, height, byte_size, original_hash,
    created_at, updated_at, version)
values (900001, 'bench-port.jpg', 'bench-port.jpg', 'JPEG', 1600, 1067, 4,
    'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0',
    current_timestamp, current_timestamp, 0);
insert into media_text (asset_id, lang, alt, caption, credit) values
    (900001, 'fr', 'Le port de Port-Louis au lever du jour', 'Le port de Port-Louis.', 'Photo Gazette'),
    (900001, 'en', 'Port Louis harbour at dawn', 'Port Louis harbour.', 'Gazette photo');
insert into media_file (id, asset_id, role, kind, width, height, hash, byte_size, bytes) values
    (900001, 900001, 'ORIGINAL', 'JPEG', 1600, 1067,
        'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0', 4, X'FFD8FFD9'),
    (900002, 900001, 'RENDITION', 'JPEG', 320, 213, 'b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1', 4, X'FFD8FFD9'),
    (900003, 900001, 'RENDITION', 'JPEG', 640, 427, 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2', 4, X'FFD8FFD9'),
    (900004, 900001, 'RENDITION', 'JPEG', 960, 640, 'b3b3b3b3b3b3b3b3b3b3b3b3b3b3b3b3', 4, X'FFD8FFD9'),
    (900005, 900001, 'RENDITION', 'JPEG', 1280, 853, 'b4b4b4b4b4b4b4b4b4b4b4b4b4b4b4b4', 4, X'FFD8FFD9'),
    (900006, 900001, 'RENDITION', 'JPEG', 1600, 1067, 'b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5', 4, X'FFD8FFD9');
update story set lead_image_id = 900001;
