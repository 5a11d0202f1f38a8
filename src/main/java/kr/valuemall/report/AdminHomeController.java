package kr.valuemall.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.valuemall.account.AccountApi;
import kr.valuemall.account.Role;
import kr.valuemall.origin.OriginApi;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.settlement.CommissionCalculator;

/**
 * Staff's front page: who has joined the mall, and the commission policy in force.
 */
@Controller
class AdminHomeController {

	static final String VIEW_ADMIN_HOME = "report/adminHome";

	private final AccountApi accounts;

	private final CommissionCalculator commission;

	private final SellerApi sellers;

	private final OriginApi origin;

	private final Clock clock;

	AdminHomeController(AccountApi accounts, CommissionCalculator commission, SellerApi sellers, OriginApi origin,
			Clock clock) {
		this.accounts = accounts;
		this.commission = commission;
		this.sellers = sellers;
		this.origin = origin;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String adminHome(Model model) {
		model.addAttribute("pendingApplications", this.sellers.pendingApplications());
		model.addAttribute("pendingPayoutAccounts", this.sellers.pendingPayoutAccountChanges());
		model.addAttribute("heldListings", this.origin.heldListings());
		model.addAttribute("accountCount", this.accounts.countAll());
		model.addAttribute("shopperCount", this.accounts.countWithRole(Role.SHOPPER));
		model.addAttribute("sellerCount", this.accounts.countWithRole(Role.SELLER));
		model.addAttribute("staffCount", this.accounts.countWithRole(Role.ADMIN));
		model.addAttribute("newThisWeek",
				this.accounts.countSignedUpSince(this.clock.instant().minus(Duration.ofDays(7))));
		model.addAttribute("latestSignUps", this.accounts.latestSignUps(10));
		// The rate in force today, as settlement applies it to today's confirmations.
		Instant now = this.clock.instant();
		model.addAttribute("rate", this.commission.splitAt(0, now).ratePercent());
		model.addAttribute("privateMallRate", this.commission.privateMallSplit(0).ratePercent());
		model.addAttribute("rateEffectiveFrom", this.commission.rateInForceSince(now));
		return VIEW_ADMIN_HOME;
	}

}
