package kr.valuemall.origin;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.hibernate.exception.ConstraintViolationException;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.ErrorPages;
import kr.valuemall.WebSliceTest;
import kr.valuemall.account.TestUsers;
import kr.valuemall.origin.review.ListingReviewDesk;
import kr.valuemall.origin.review.ReviewedListing;
import kr.valuemall.origin.rules.OriginRules;
import kr.valuemall.origin.screening.TermKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two staff at the origin desk at once, and what the database's refusals look like to
 * them: a word both added, or a listing both decided, is the 409 page ("changed elsewhere
 * first"); a row the database refuses for any other reason is a defect, logged at ERROR
 * with its cause, and the visitor sees the 500 page with nothing of the exception on it.
 * The refusals are thrown from the mocked services the way Spring hands them over from
 * Hibernate and the PostgreSQL driver.
 */
@WebSliceTest
class OriginStaffConflictSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OriginRules rules;

	@Autowired
	ListingReviewDesk desk;

	private final Logger conflictLog = (Logger) LoggerFactory.getLogger("kr.valuemall.web.ConflictHandling");

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	@BeforeEach
	void keepConflictLogsOffTheConsole() {
		this.logged.start();
		this.conflictLog.addAppender(this.logged);
		this.conflictLog.setAdditive(false);
	}

	@AfterEach
	void restoreConflictLogs() {
		this.conflictLog.detachAppender(this.logged);
		this.conflictLog.setAdditive(true);
	}

	@Test
	void twoStaffAddingTheSameWordAtOnceSeeTheConflictPage() throws Exception {
		given(this.rules.addTerm(TermKind.IMPORT_PHRASE, "중국산", 60))
			.willThrow(refusedBy("23505", "duplicate key value violates unique constraint \"origin_term_kind_term_uk\"",
					"origin_term_kind_term_uk"));
		Document shown = shown(addTerm(TermKind.IMPORT_PHRASE, "중국산", "60"), 409);
		assertThat(shown.select("h1").text()).isEqualTo("다른 곳에서 먼저 바뀌었습니다");
		assertThat(shown.html()).doesNotContain("origin_term_kind_term_uk", "duplicate key");
		assertThat(this.logged.list).isEmpty();
	}

	@Test
	void aKnownRaceIsAConflictEvenWhenOnlyHibernateNamesTheConstraint() throws Exception {
		// A driver error without PostgreSQL's fields: Hibernate's reading of the message
		// decides.
		PSQLException bare = new PSQLException("ERROR: duplicate key", PSQLState.UNIQUE_VIOLATION);
		given(this.rules.addTerm(TermKind.SAFE_PHRASE, "국산", 0))
			.willThrow(new DataIntegrityViolationException("could not execute statement",
					new ConstraintViolationException("could not execute statement", bare, "origin_term_kind_term_uk")));
		this.mvc.perform(addTerm(TermKind.SAFE_PHRASE, "국산", "0")).andExpect(status().isConflict());
	}

	@Test
	void staffDecidingAListingAnotherJustDecidedSeeTheConflictPage() throws Exception {
		willThrow(new ObjectOptimisticLockingFailureException(ReviewedListing.class, 808L)).given(this.desk)
			.approve(808L, "admin-test@example.com", null);
		Document shown = shown(post("/admin/listings/808/approve").with(user(TestUsers.admin())).with(csrf()), 409);
		assertThat(shown.select("h1").text()).isEqualTo("다른 곳에서 먼저 바뀌었습니다");
		assertThat(shown.html()).doesNotContain("ReviewedListing", "optimistic");
		assertThat(this.logged.list).isEmpty();
	}

	@Test
	void aRowTheDatabaseRefusesForAnotherReasonIsALoggedDefectAndTheErrorPage() throws Exception {
		// As if the form let through points the table's CHECK refuses.
		given(this.rules.addTerm(TermKind.IMPORT_PHRASE, "수입산", 60)).willThrow(refusedBy("23514",
				"new row for relation \"origin_term\" violates check constraint \"origin_term_points_check\"",
				"origin_term_points_check"));
		Document shown = shown(addTerm(TermKind.IMPORT_PHRASE, "수입산", "60"), 500);
		assertThat(shown.select("h1").text()).isEqualTo("일시적인 오류가 발생했습니다");
		assertThat(shown.html()).doesNotContain("origin_term", "violates", "Exception", "could not execute");
		assertThat(this.logged.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.ERROR);
			assertThat(event.getFormattedMessage()).contains("origin_term_points_check");
			assertThat(event.getThrowableProxy().getClassName())
				.isEqualTo(DataIntegrityViolationException.class.getName());
		});
	}

	@Test
	void aRefusalThatNamesNoConstraintIsALoggedDefectToo() throws Exception {
		given(this.rules.addTerm(TermKind.IMPORT_PHRASE, "외국산", 60)).willThrow(refusedBy("23502",
				"null value in column \"created_at\" of relation \"origin_term\" violates not-null constraint", null));
		this.mvc.perform(addTerm(TermKind.IMPORT_PHRASE, "외국산", "60")).andExpect(status().isInternalServerError());
		assertThat(this.logged.list).singleElement()
			.satisfies((event) -> assertThat(event.getLevel()).isEqualTo(Level.ERROR));
	}

	/**
	 * What Spring hands a caller when PostgreSQL refuses a row written through JPA: the
	 * driver's error (with the server's fields) inside Hibernate's, inside Spring's.
	 */
	private static DataIntegrityViolationException refusedBy(String sqlState, String message, String constraint) {
		String fields = "SERROR\0VERROR\0C" + sqlState + "\0M" + message + "\0"
				+ ((constraint != null) ? "n" + constraint + "\0" : "");
		PSQLException driver = new PSQLException(new ServerErrorMessage(fields));
		ConstraintViolationException hibernate = new ConstraintViolationException(
				"could not execute statement [" + driver.getMessage() + "]", driver, constraint);
		return new DataIntegrityViolationException(hibernate.getMessage(), hibernate);
	}

	private static MockHttpServletRequestBuilder addTerm(TermKind kind, String term, String points) {
		return post("/admin/listings/rules/terms").param("kind", kind.name())
			.param("term", term)
			.param("points", points)
			.with(user(TestUsers.admin()))
			.with(csrf());
	}

	private Document shown(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn();
		return ErrorPages.shownFor(this.mvc, result);
	}

}
