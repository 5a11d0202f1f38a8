package kr.valuemall.settlement;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.valuemall.account.MallUser;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.settlement.statements.StatementNotFound;
import kr.valuemall.settlement.statements.Statements;

/**
 * A seller's statements: the list, one period with every line, and the same as CSV or
 * XLSX. A statement of another seller is not found, whatever its id.
 */
@Controller
class SellerSettlementController {

	static final String VIEW_LIST = "settlement/sellerStatements";

	static final String VIEW_DETAIL = "settlement/sellerStatement";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final SellerApi sellers;

	private final Statements statements;

	private final StatementFiles files;

	SellerSettlementController(SellerApi sellers, Statements statements, StatementFiles files) {
		this.sellers = sellers;
		this.statements = statements;
		this.files = files;
	}

	@GetMapping("/seller/settlements")
	String list(@AuthenticationPrincipal MallUser user, Model model) {
		StoreSummary store = storeOf(user);
		model.addAttribute("store", store);
		model.addAttribute("statements", this.statements.ofSeller(store.sellerId()));
		model.addAttribute("payoutAccountPendingSince",
				this.sellers.pendingPayoutAccountChange(store.sellerId()).orElse(null));
		return VIEW_LIST;
	}

	@GetMapping("/seller/settlements/{id}")
	String detail(@AuthenticationPrincipal MallUser user, @PathVariable long id, Model model) {
		StoreSummary store = storeOf(user);
		StatementView statement = statement(store, id);
		model.addAttribute("store", store);
		model.addAttribute("statement", statement);
		model.addAttribute("rows", this.statements.rows(id));
		model.addAttribute("payoutAccountPendingSince",
				this.sellers.pendingPayoutAccountChange(store.sellerId()).orElse(null));
		return VIEW_DETAIL;
	}

	@GetMapping("/seller/settlements/{id}/statement.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal MallUser user, @PathVariable long id, Locale locale) {
		StoreSummary store = storeOf(user);
		StatementView statement = statement(store, id);
		byte[] body = this.files.csv(statement, store.storeName(), this.statements.rows(id), locale);
		return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), fileName(statement, "csv"));
	}

	@GetMapping("/seller/settlements/{id}/statement.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal MallUser user, @PathVariable long id, Locale locale) {
		StoreSummary store = storeOf(user);
		StatementView statement = statement(store, id);
		byte[] body = this.files.xlsx(statement, store.storeName(), this.statements.rows(id), locale);
		return download(body, XLSX, fileName(statement, "xlsx"));
	}

	private StoreSummary storeOf(MallUser user) {
		// Security lets sellers only in here; an approval withdrawn since shows nothing.
		return this.sellers.storeOfAccount(user.getId()).orElseThrow(() -> StatementNotFound.of(0));
	}

	private StatementView statement(StoreSummary store, long id) {
		return this.statements.ofSeller(store.sellerId(), id).orElseThrow(() -> StatementNotFound.of(id));
	}

	static String fileName(StatementView statement, String extension) {
		return "valuemall-settlement-" + statement.periodStart() + "." + extension;
	}

	static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
