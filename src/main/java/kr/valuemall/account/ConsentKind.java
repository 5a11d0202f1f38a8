package kr.valuemall.account;

import java.time.LocalDate;

/**
 * What an account can agree to, with the version of the document in force. A new version
 * of a document is a new constant value here and a new effective date; consents already
 * given keep the version they were given for.
 */
public enum ConsentKind {

	/** 이용약관 (required at sign-up). */
	TERMS(LegalDocument.TERMS),

	/** 개인정보 수집·이용 (required at sign-up). */
	PRIVACY_COLLECTION(LegalDocument.PRIVACY),

	/** 광고성 정보(이메일) 수신 (optional). */
	MARKETING_EMAIL(LegalDocument.PRIVACY),

	/** 개인정보 제3자 제공: the delivery details to each seller of an order (at checkout). */
	THIRD_PARTY_PROVISION(LegalDocument.PRIVACY);

	private final LegalDocument document;

	ConsentKind(LegalDocument document) {
		this.document = document;
	}

	/** The document this consent is given under. */
	public LegalDocument document() {
		return this.document;
	}

	/** The version a consent given now is recorded with. */
	public String currentVersion() {
		return this.document.version();
	}

	/**
	 * The mall's legal documents, each with the version in force and the day it took
	 * effect, both shown on the document's page.
	 */
	public enum LegalDocument {

		TERMS("1.0", LocalDate.of(2026, 12, 1)), PRIVACY("1.0", LocalDate.of(2026, 12, 1));

		private final String version;

		private final LocalDate effectiveFrom;

		LegalDocument(String version, LocalDate effectiveFrom) {
			this.version = version;
			this.effectiveFrom = effectiveFrom;
		}

		public String version() {
			return this.version;
		}

		public LocalDate effectiveFrom() {
			return this.effectiveFrom;
		}

	}

}
