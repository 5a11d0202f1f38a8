-- Screening words, tuned after review:
-- 수입원 (the importer line on a label) is a sign of an import, not a safe phrase;
-- a country named as the origin is as telling as 중국산;
-- common Korean words that merely contain 수입 or 직구 (필수입니다, 솔직 구매후기, 수직 구조) must not count:
-- a safe phrase hides a match only when it covers it whole.
DELETE FROM origin_term WHERE kind = 'SAFE_PHRASE' AND term = '수입원';

INSERT INTO origin_term (kind, term, points) VALUES
	('IMPORT_PHRASE', '수입원', 60),
	('IMPORT_PHRASE', '수입판매원', 60),
	('IMPORT_PHRASE', '원산지 중국', 60),
	('IMPORT_PHRASE', '원산지 베트남', 60),
	('IMPORT_PHRASE', '원산지 미국', 60),
	('IMPORT_PHRASE', '원산지 일본', 60),
	('IMPORT_PHRASE', '원산지: 중국', 60),
	('IMPORT_PHRASE', '원산지: 베트남', 60),
	('IMPORT_PHRASE', '제조국 중국', 60),
	('IMPORT_PHRASE', '제조국: 중국', 60),
	('IMPORT_PHRASE', '중국 OEM', 60),
	('SAFE_PHRASE', '필수입', 0),
	('SAFE_PHRASE', '솔직 구매', 0),
	('SAFE_PHRASE', '수직 구조', 0);
