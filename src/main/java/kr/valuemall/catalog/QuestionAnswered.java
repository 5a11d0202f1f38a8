package kr.valuemall.catalog;

import java.time.Instant;

/** The seller answered a shopper's question about a product; the asker is told. */
public record QuestionAnswered(long questionId, long productId, String productName, long askerId, Instant at) {
}
