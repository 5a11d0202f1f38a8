package kr.valuemall.catalog.listing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, Long> {

	/** For the seller centre's held-listings panel. */
	long countBySellerIdAndStatus(long sellerId, ProductStatus status);

	List<Product> findBySellerIdOrderByUpdatedAtDesc(long sellerId);

	Optional<Product> findByIdAndSellerId(long id, long sellerId);

	@Query("select p from Product p where p.id = :id and p.status = kr.valuemall.catalog.listing.ProductStatus.LIVE")
	Optional<Product> findLive(long id);

	@Query("""
			select p from Product p
			where p.status = kr.valuemall.catalog.listing.ProductStatus.LIVE and p.sellerId = :sellerId
			order by p.publishedAt desc, p.id desc
			""")
	List<Product> findLiveBySeller(long sellerId);

	@Query("""
			select p from Product p where p.status = kr.valuemall.catalog.listing.ProductStatus.LIVE
			order by p.publishedAt desc, p.id desc
			""")
	List<Product> findNewestLive(Limit limit);

	/**
	 * Live listings that have sold, most units first (the partial index
	 * product_live_sales_ix).
	 */
	@Query("""
			select p from Product p where p.status = kr.valuemall.catalog.listing.ProductStatus.LIVE and p.salesCount > 0
			order by p.salesCount desc, p.publishedAt desc, p.id desc
			""")
	List<Product> findBestSellingLive(Limit limit);

}
