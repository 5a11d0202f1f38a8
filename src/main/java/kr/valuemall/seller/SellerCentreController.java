package kr.valuemall.seller;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.SignedInUsers;
import kr.valuemall.settlement.CommissionCalculator;

/**
 * The seller centre's front page. An applicant sees where the application stands and why;
 * an approved seller sees the store and what the 3% commission leaves them, worked out by
 * the calculator that settles orders.
 */
@Controller
class SellerCentreController {

	static final String VIEW_SELLER_HOME = "seller/home";

	static final String VIEW_APPLICATION_STATUS = "seller/applicationStatus";

	/** Typical monthly sales of a small store, from a first sale to a good month. */
	static final List<Long> EXAMPLE_MONTHLY_SALES = List.of(54_000L, 500_000L, 3_000_000L, 10_000_000L);

	private final SellerApplicationService applications;

	private final CommissionCalculator commission;

	private final SignedInUsers signedInUsers;

	SellerCentreController(SellerApplicationService applications, CommissionCalculator commission,
			SignedInUsers signedInUsers) {
		this.applications = applications;
		this.commission = commission;
		this.signedInUsers = signedInUsers;
	}

	@GetMapping("/seller")
	String sellerHome(@AuthenticationPrincipal MallUser user, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Optional<SellerApplication> application = this.applications.applicationOf(user.getId());
		if (application.isEmpty()) {
			return "redirect:/seller/apply";
		}
		model.addAttribute("sellerApplication", application.get());
		if (application.get().getStatus() != ApplicationStatus.APPROVED) {
			return VIEW_APPLICATION_STATUS;
		}
		MallUser seller = user;
		if (!user.getAuthorities().contains(new SimpleGrantedAuthority(Role.SELLER.authority()))) {
			// Approved since this session began: the new role applies from now on.
			seller = this.signedInUsers.refresh(user, request, response);
		}
		model.addAttribute("sellerName", seller.getDisplayName());
		model.addAttribute("examples",
				EXAMPLE_MONTHLY_SALES.stream()
					.map((amount) -> new CommissionExample(this.commission.split(amount),
							this.commission.privateMallSplit(amount)))
					.toList());
		model.addAttribute("rate", this.commission.split(0).ratePercent());
		model.addAttribute("privateMallRate", this.commission.privateMallSplit(0).ratePercent());
		return VIEW_SELLER_HOME;
	}

}
