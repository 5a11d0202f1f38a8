package kr.valuemall.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The category tree for the header menu and the category pages. Categories change only
 * with a migration, so the tree is read once; until the database answers, the menu is
 * empty rather than breaking the page (error pages included). Used from templates as
 * {@code @categoryMenu}.
 */
@Component("categoryMenu")
public class CategoryMenu {

	private static final Logger logger = LoggerFactory.getLogger(CategoryMenu.class);

	private final CategoryRepository categories;

	private volatile List<CategoryView> tree;

	CategoryMenu(CategoryRepository categories) {
		this.categories = categories;
	}

	public List<CategoryView> topLevel() {
		List<CategoryView> loaded = this.tree;
		if (loaded == null) {
			try {
				loaded = load();
				this.tree = loaded;
			}
			catch (DataAccessException ex) {
				logger.warn("Category menu unavailable: {}", ex.getMessage());
				return List.of();
			}
		}
		return loaded;
	}

	public Optional<CategoryView> find(String slug) {
		return topLevel().stream()
			.flatMap((top) -> Stream.concat(Stream.of(top), top.children().stream()))
			.filter((category) -> category.slug().equals(slug))
			.findFirst();
	}

	/**
	 * The way down to a category, for breadcrumbs: its top-level category first, then the
	 * category itself when it is a subcategory; empty for an unknown slug.
	 */
	public List<CategoryView> trail(String slug) {
		if (slug == null) {
			return List.of();
		}
		for (CategoryView top : topLevel()) {
			if (top.slug().equals(slug)) {
				return List.of(top);
			}
			for (CategoryView child : top.children()) {
				if (child.slug().equals(slug)) {
					return List.of(top, child);
				}
			}
		}
		return List.of();
	}

	private List<CategoryView> load() {
		List<Category> all = this.categories.findAllByOrderByDisplayOrderAsc();
		Map<Long, List<Category>> byParent = all.stream()
			.filter((category) -> category.getParentId() != null)
			.collect(Collectors.groupingBy(Category::getParentId));
		return all.stream()
			.filter((category) -> category.getParentId() == null)
			.map((top) -> view(top, children(byParent, top)))
			.toList();
	}

	private static List<CategoryView> children(Map<Long, List<Category>> byParent, Category parent) {
		return byParent.getOrDefault(parent.getId(), List.of())
			.stream()
			.map((child) -> view(child, List.of()))
			.toList();
	}

	private static CategoryView view(Category category, List<CategoryView> children) {
		return new CategoryView(category.getSlug(), category.getNameKo(), category.getNameEn(), children);
	}

}
