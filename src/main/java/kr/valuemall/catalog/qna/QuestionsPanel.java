package kr.valuemall.catalog.qna;

import org.springframework.stereotype.Component;

import kr.valuemall.seller.SellerCentrePanel;
import kr.valuemall.seller.StoreSummary;

/** The seller centre's count of shoppers' questions still waiting for an answer. */
@Component
class QuestionsPanel implements SellerCentrePanel {

	private final ProductQuestions questions;

	QuestionsPanel(ProductQuestions questions) {
		this.questions = questions;
	}

	@Override
	public String template() {
		return "catalog/questionParts :: panel";
	}

	@Override
	public Object model(StoreSummary store) {
		return this.questions.unansweredOf(store.sellerId());
	}

	@Override
	public int order() {
		return 25;
	}

}
