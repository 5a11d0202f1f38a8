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

}
