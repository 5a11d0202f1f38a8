package kr.valuemall.seller.application;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The business registration certificate an application came with.
 */
@Entity
@Table(name = "seller_document")
class SellerDocument {

	@Id
	private Long applicationId;

	private byte[] content;

	private String contentType;

	private String fileName;

	private int sizeBytes;

	private Instant uploadedAt;

	protected SellerDocument() {
	}

	SellerDocument(long applicationId, EvidenceFile file, Instant uploadedAt) {
		this.applicationId = applicationId;
		replace(file, uploadedAt);
	}

	void replace(EvidenceFile file, Instant uploadedAt) {
		this.content = file.content();
		this.contentType = file.type().mediaType();
		this.fileName = file.fileName();
		this.sizeBytes = file.content().length;
		this.uploadedAt = uploadedAt;
	}

	byte[] getContent() {
		return this.content;
	}

	String getContentType() {
		return this.contentType;
	}

	String getFileName() {
		return this.fileName;
	}

}
