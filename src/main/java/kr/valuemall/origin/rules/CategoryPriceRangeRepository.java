package kr.valuemall.origin.rules;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryPriceRangeRepository extends JpaRepository<CategoryPriceRange, String> {

	List<CategoryPriceRange> findByOrderByParentSlugAscCategorySlugAsc();

}
