package kr.valuemall.origin.rules;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import kr.valuemall.origin.screening.TermKind;

interface OriginTermRepository extends JpaRepository<OriginTerm, Long> {

	List<OriginTerm> findByOrderByKindAscTermAsc();

	List<OriginTerm> findByEnabledTrue();

	@Query("select count(t) > 0 from OriginTerm t where t.kind = :kind and lower(t.term) = lower(:term)")
	boolean existsByKindAndTerm(TermKind kind, String term);

	/**
	 * The rule book's version (V128). Through Hibernate, not JDBC alone, so a change not
	 * yet flushed in the same transaction is written, and counted, first.
	 */
	@Query(value = "SELECT version FROM origin_rule_book_version WHERE id = 1", nativeQuery = true)
	long ruleBookVersion();

}
