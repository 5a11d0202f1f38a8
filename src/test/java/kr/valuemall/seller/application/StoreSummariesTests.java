package kr.valuemall.seller.application;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Store summaries kept a while: read once within their max age (here an hour, so the test
 * does not depend on how fast the machine is), dropped when the seller's edit commits,
 * and never kept for a store that is not approved.
 */
@IntegrationTest
class StoreSummariesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestStores stores;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aSummaryIsReadOnceWithinItsMaxAgeAndAnEditShowsOnceItCommits() {
		StoreSummaries summaries = new StoreSummaries(this.jdbc, Duration.ofHours(1));
		OpenStore shop = this.stores.open("기억 공방");
		long id = shop.store().sellerId();
		assertThat(nameIn(summaries, id)).isEqualTo("기억 공방");

		// Another instance's edit: this one shows the kept copy until its max age.
		rename(id, "다른 곳에서 바꾼 이름");
		assertThat(nameIn(summaries, id)).isEqualTo("기억 공방");

		// An edit here drops the copy only once it commits: a read in between keeps
		// what was committed, and the next read after the commit has the new name.
		this.transaction.executeWithoutResult((status) -> {
			rename(id, "고친 이름");
			summaries.edited(id);
			assertThat(nameIn(summaries, id)).isEqualTo("기억 공방");
		});
		assertThat(nameIn(summaries, id)).isEqualTo("고친 이름");
	}

	@Test
	void aStoreNotApprovedIsNotKeptSoItsApprovalShowsAtOnce() {
		StoreSummaries summaries = new StoreSummaries(this.jdbc, Duration.ofHours(1));
		OpenStore shop = this.stores.open("승인 대기 공방");
		long id = shop.store().sellerId();
		this.jdbc.sql("UPDATE seller_application SET status = 'PENDING' WHERE id = ?").param(id).update();
		assertThat(summaries.of(List.of(id))).isEmpty();

		this.jdbc.sql("UPDATE seller_application SET status = 'APPROVED' WHERE id = ?").param(id).update();
		assertThat(summaries.of(List.of(id))).containsKey(id);
	}

	@Test
	void withoutAMaxAgeEveryReadGoesToTheDatabase() {
		StoreSummaries summaries = new StoreSummaries(this.jdbc, Duration.ZERO);
		OpenStore shop = this.stores.open("그때그때 공방");
		long id = shop.store().sellerId();
		assertThat(nameIn(summaries, id)).isEqualTo("그때그때 공방");
		rename(id, "곧바로 바뀐 이름");
		assertThat(nameIn(summaries, id)).isEqualTo("곧바로 바뀐 이름");
	}

	private void rename(long id, String name) {
		this.jdbc.sql("UPDATE seller_application SET store_name = ? WHERE id = ?").params(name, id).update();
	}

	private static String nameIn(StoreSummaries summaries, long id) {
		StoreSummary summary = summaries.of(List.of(id)).get(id);
		return (summary != null) ? summary.storeName() : null;
	}

}
