package kr.valuemall.seller;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.valuemall.account.MallUser;
import kr.valuemall.settlement.CommissionCalculator;

/**
 * The seller centre's front page: what the 3% commission means for a seller's money,
 * worked out by the same calculator that settles orders.
 */
@Controller
class SellerHomeController {

	static final String VIEW_SELLER_HOME = "seller/home";

	/** Typical monthly sales of a small store, from a first sale to a good month. */
	static final List<Long> EXAMPLE_MONTHLY_SALES = List.of(54_000L, 500_000L, 3_000_000L, 10_000_000L);

	private final CommissionCalculator commission;

	SellerHomeController(CommissionCalculator commission) {
		this.commission = commission;
	}

	@GetMapping("/seller")
	String sellerHome(@AuthenticationPrincipal MallUser seller, Model model) {
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
