-- Words that name an imported material or feed, not an imported product: 수입사료 is not
-- 수입사 (an importer), 수입원료 not 수입원. A pet-food bin "for 수입사료" was held.
INSERT INTO origin_term (kind, term, points) VALUES
	('SAFE_PHRASE', '수입사료', 0),
	('SAFE_PHRASE', '수입원료', 0),
	('SAFE_PHRASE', '수입원단', 0),
	('SAFE_PHRASE', '수입원사', 0)
ON CONFLICT DO NOTHING;

-- A Chinese tea house's brand, sold under its own name (대익 숙차 보이차, 대익차창).
INSERT INTO origin_term (kind, term, points) VALUES
	('FOREIGN_BRAND', '대익', 60),
	('FOREIGN_BRAND', 'Taetea', 60)
ON CONFLICT DO NOTHING;
