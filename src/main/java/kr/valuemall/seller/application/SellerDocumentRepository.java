package kr.valuemall.seller.application;

import org.springframework.data.jpa.repository.JpaRepository;

interface SellerDocumentRepository extends JpaRepository<SellerDocument, Long> {

}
