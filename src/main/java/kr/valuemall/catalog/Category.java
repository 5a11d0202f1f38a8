package kr.valuemall.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A node of the two-level category tree, seeded by migration.
 */
@Entity
@Table(name = "category")
class Category {

	@Id
	private Long id;

	@Column(name = "parent_id")
	private Long parentId;

	private String slug;

	@Column(name = "name_ko")
	private String nameKo;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "display_order")
	private int displayOrder;

	protected Category() {
	}

	Long getId() {
		return this.id;
	}

	Long getParentId() {
		return this.parentId;
	}

	String getSlug() {
		return this.slug;
	}

	String getNameKo() {
		return this.nameKo;
	}

	String getNameEn() {
		return this.nameEn;
	}

}
