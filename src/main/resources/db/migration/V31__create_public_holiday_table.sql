-- Korean public holidays (관공서의 공휴일), the days besides Saturdays and Sundays on which
-- sellers do not dispatch: the product page's promised dispatch date skips them. Staff keep the
-- table: add next year's days when the government publishes them (Korea Astronomy and Space
-- Science Institute's 월력요항, usually in June of the year before), and any temporary holiday
-- (임시공휴일) or election day when it is declared. A year without rows counts only weekends.
--
-- Seeded for 2026 and 2027 from the 공휴일에 관한 법률 and the 관공서의 공휴일에 관한 규정:
-- - 설날 and 추석 are three days (the day before, the day, the day after) from the lunar
--   calendar: 설날 2026-02-17, 2027-02-07 (Korean time; China's new year is a day earlier in
--   2027); 추석 2026-09-25, 2027-09-15; 부처님오신날 (4/8 lunar) 2026-05-24, 2027-05-13.
-- - Substitute holidays (대체공휴일): 설날/추석 spans get one only when a day overlaps a Sunday or
--   another holiday (a Saturday does not count: so 추석 2026-09-24..26, Thu-Sat, has none);
--   3·1절, 제헌절, 광복절, 개천절, 한글날, 어린이날, 부처님오신날 and 기독탄신일 get one when they
--   fall on a Saturday or a Sunday: the next day that is not a holiday. 신정 and 현충일 get none
--   (현충일 2026-06-06 is a Saturday, 2027-06-06 a Sunday: no substitute).
-- - 제헌절 (7/17) is a public holiday again from 2026 (공휴일법 amended 2026-01-29, in force three
--   months after promulgation). Assumed: its substitute follows the other national days', so
--   2027-07-17 (Saturday) gives 2027-07-19; check when the 2027 calendar is published.
-- - 2026-06-03 is the 9th nationwide local election (전국동시지방선거), a public holiday. 2027
--   has no election day: the next presidential election is in 2030, the 2025 one having been
--   held early.
-- - 근로자의 날/노동절 (5/1) is not a public holiday and couriers work on it; it is not listed.
-- Weekend holidays are listed as well, so the table reads as the official calendar does.
CREATE TABLE public_holiday (
	day DATE PRIMARY KEY,
	name VARCHAR(40) NOT NULL,
	substitute BOOLEAN NOT NULL DEFAULT FALSE
);

INSERT INTO public_holiday (day, name, substitute) VALUES
	('2026-01-01', '신정', FALSE),
	('2026-02-16', '설날 연휴', FALSE),
	('2026-02-17', '설날', FALSE),
	('2026-02-18', '설날 연휴', FALSE),
	('2026-03-01', '3·1절', FALSE),
	('2026-03-02', '3·1절 대체공휴일', TRUE),
	('2026-05-05', '어린이날', FALSE),
	('2026-05-24', '부처님오신날', FALSE),
	('2026-05-25', '부처님오신날 대체공휴일', TRUE),
	('2026-06-03', '전국동시지방선거', FALSE),
	('2026-06-06', '현충일', FALSE),
	('2026-07-17', '제헌절', FALSE),
	('2026-08-15', '광복절', FALSE),
	('2026-08-17', '광복절 대체공휴일', TRUE),
	('2026-09-24', '추석 연휴', FALSE),
	('2026-09-25', '추석', FALSE),
	('2026-09-26', '추석 연휴', FALSE),
	('2026-10-03', '개천절', FALSE),
	('2026-10-05', '개천절 대체공휴일', TRUE),
	('2026-10-09', '한글날', FALSE),
	('2026-12-25', '기독탄신일', FALSE),
	('2027-01-01', '신정', FALSE),
	('2027-02-06', '설날 연휴', FALSE),
	('2027-02-07', '설날', FALSE),
	('2027-02-08', '설날 연휴', FALSE),
	('2027-02-09', '설날 대체공휴일', TRUE),
	('2027-03-01', '3·1절', FALSE),
	('2027-05-05', '어린이날', FALSE),
	('2027-05-13', '부처님오신날', FALSE),
	('2027-06-06', '현충일', FALSE),
	('2027-07-17', '제헌절', FALSE),
	('2027-07-19', '제헌절 대체공휴일', TRUE),
	('2027-08-15', '광복절', FALSE),
	('2027-08-16', '광복절 대체공휴일', TRUE),
	('2027-09-14', '추석 연휴', FALSE),
	('2027-09-15', '추석', FALSE),
	('2027-09-16', '추석 연휴', FALSE),
	('2027-10-03', '개천절', FALSE),
	('2027-10-04', '개천절 대체공휴일', TRUE),
	('2027-10-09', '한글날', FALSE),
	('2027-10-11', '한글날 대체공휴일', TRUE),
	('2027-12-25', '기독탄신일', FALSE),
	('2027-12-27', '기독탄신일 대체공휴일', TRUE);
