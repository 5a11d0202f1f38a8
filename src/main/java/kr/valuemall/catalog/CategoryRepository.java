package kr.valuemall.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CategoryRepository extends Repository<Category, Long> {

	List<Category> findAllByOrderByDisplayOrderAsc();

}
