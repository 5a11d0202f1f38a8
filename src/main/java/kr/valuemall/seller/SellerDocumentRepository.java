package kr.valuemall.seller;

import org.springframework.data.jpa.repository.JpaRepository;

interface SellerDocumentRepository extends JpaRepository<SellerDocument, Long> {

}
