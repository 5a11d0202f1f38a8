package kr.valuemall.catalog;

import java.time.Instant;

/**
 * A shopper asked about a product (상품 문의); the product's seller is told. Private
 * questions say only that a question came, never its words.
 */
public record QuestionAsked(long questionId, long productId, String productName, long sellerId, Instant at) {
}
