package kr.valuemall.origin.rules;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.origin.screening.PriceBounds;
import kr.valuemall.origin.screening.RuleBook;
import kr.valuemall.origin.screening.ScreeningSettings;
import kr.valuemall.origin.screening.TermKind;
import kr.valuemall.origin.screening.TermRule;

/**
 * The rule book staff edit: words with their points, the settings, and price ranges per
 * category.
 */
@Service
public class OriginRules {

	private final OriginTermRepository terms;

	private final OriginSettingsRepository settings;

	private final CategoryPriceRangeRepository priceRanges;

	private final Clock clock;

	/** The rule book last read, with the version it was read at. */
	private volatile Read lastRead;

	OriginRules(OriginTermRepository terms, OriginSettingsRepository settings, CategoryPriceRangeRepository priceRanges,
			Clock clock) {
		this.terms = terms;
		this.settings = settings;
		this.priceRanges = priceRanges;
		this.clock = clock;
	}

	/**
	 * The rule book as it stands: read afresh when its version has changed since the last
	 * read on this instance (any change to the words, the settings or the price ranges,
	 * wherever made, gives it a new version when it commits: V128), otherwise the copy of
	 * that read. The version is read first, so a copy is never older than its version.
	 */
	@Transactional(readOnly = true)
	public RuleBook ruleBook() {
		long version = this.terms.ruleBookVersion();
		Read last = this.lastRead;
		if (last != null && last.version() == version) {
			return last.book();
		}
		RuleBook book = read();
		this.lastRead = new Read(version, book);
		return book;
	}

	private RuleBook read() {
		List<TermRule> enabled = this.terms.findByEnabledTrue().stream().map(OriginTerm::rule).toList();
		Map<String, PriceBounds> ranges = this.priceRanges.findAll()
			.stream()
			.map(CategoryPriceRange::bounds)
			.collect(Collectors.toMap(PriceBounds::categorySlug, Function.identity()));
		return new RuleBook(this.settings.current().settings(), enabled, ranges);
	}

	@Transactional(readOnly = true)
	public List<OriginTerm> terms() {
		return this.terms.findByOrderByKindAscTermAsc();
	}

	@Transactional(readOnly = true)
	public ScreeningSettings settings() {
		return this.settings.current().settings();
	}

	/** Top-level categories each followed by their children. */
	@Transactional(readOnly = true)
	public List<CategoryPriceRange> priceRanges() {
		return this.priceRanges.findAll()
			.stream()
			.sorted(Comparator
				.comparing((CategoryPriceRange range) -> (range.getParentSlug() != null) ? range.getParentSlug()
						: range.getCategorySlug())
				.thenComparing((range) -> range.getParentSlug() != null)
				.thenComparing(CategoryPriceRange::getCategorySlug))
			.toList();
	}

	/** Adds a word; answers false when the same word of that kind is already there. */
	@Transactional
	public boolean addTerm(TermKind kind, String term, int points) {
		if (this.terms.existsByKindAndTerm(kind, term.strip())) {
			return false;
		}
		this.terms.save(new OriginTerm(kind, term, points, this.clock.instant()));
		return true;
	}

	@Transactional
	public void toggleTerm(long id) {
		this.terms.findById(id).orElseThrow(() -> OriginTermNotFound.of(id)).toggle();
	}

	@Transactional
	public void removeTerm(long id) {
		this.terms.delete(this.terms.findById(id).orElseThrow(() -> OriginTermNotFound.of(id)));
	}

	@Transactional
	public void changeSettings(ScreeningSettings changed) {
		this.settings.current().change(changed, this.clock.instant());
	}

	/** Answers false when the category has no range row. */
	@Transactional
	public boolean changePriceRange(String categorySlug, Long minPrice, Long maxPrice) {
		return this.priceRanges.findById(categorySlug).map((range) -> {
			range.change(minPrice, maxPrice);
			return true;
		}).orElse(false);
	}

	private record Read(long version, RuleBook book) {
	}

}
