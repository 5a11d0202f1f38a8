package kr.valuemall.origin.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.valuemall.origin.screening.PriceBounds;

/**
 * The prices a category's listings sensibly carry, in whole won. An open bound on a child
 * category takes its parent's.
 */
@Entity
@Table(name = "origin_price_range")
class CategoryPriceRange {

	@Id
	@Column(name = "category_slug")
	private String categorySlug;

	@Column(name = "parent_slug")
	private String parentSlug;

	@Column(name = "min_price")
	private Long minPrice;

	@Column(name = "max_price")
	private Long maxPrice;

	protected CategoryPriceRange() {
	}

	void change(Long minPrice, Long maxPrice) {
		this.minPrice = minPrice;
		this.maxPrice = maxPrice;
	}

	PriceBounds bounds() {
		return new PriceBounds(this.categorySlug, this.parentSlug, this.minPrice, this.maxPrice);
	}

	String getCategorySlug() {
		return this.categorySlug;
	}

	String getParentSlug() {
		return this.parentSlug;
	}

	Long getMinPrice() {
		return this.minPrice;
	}

	Long getMaxPrice() {
		return this.maxPrice;
	}

}
