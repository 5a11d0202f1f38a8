package kr.valuemall.catalog.qna;

import java.time.Instant;

/**
 * A question as pages show it. For a private question (비밀글) shown to someone who may not
 * read it, {@link #shownTo} leaves out the words and the answer, so no template can print
 * them by mistake.
 *
 * @param askerId the shopper who asked; compared, never shown
 * @param asker the asker's name, masked (홍*동)
 * @param hidden whether this copy leaves out a private question's words
 */
public record QuestionView(long id, long productId, String productName, long askerId, String asker, String body,
		boolean secret, Instant askedAt, String answer, Instant answeredAt, boolean hidden) {

	public boolean answered() {
		return this.answeredAt != null;
	}

	/**
	 * This question as the viewer may see it.
	 * @param viewerId the signed-in viewer's account, or null
	 * @param mayReadPrivate whether the viewer is the store's seller or staff
	 */
	public QuestionView shownTo(Long viewerId, boolean mayReadPrivate) {
		if (!this.secret || mayReadPrivate || (viewerId != null && viewerId == this.askerId)) {
			return this;
		}
		return new QuestionView(this.id, this.productId, this.productName, this.askerId, this.asker, null, true,
				this.askedAt, null, this.answeredAt, true);
	}

}
