package kr.valuemall.seller.centre;

import java.util.Comparator;
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
import kr.valuemall.seller.SellerCentrePanel;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.application.ApplicationStatus;
import kr.valuemall.seller.application.SellerApplication;
import kr.valuemall.seller.application.SellerApplicationService;

/**
 * The seller centre's front page. An applicant sees where the application stands and why;
 * an approved seller sees the store and the panels other modules contribute (sales,
 * statements, held listings, what the commission leaves them).
 */
@Controller
class SellerCentreController {

	static final String VIEW_SELLER_HOME = "seller/home";

	static final String VIEW_APPLICATION_STATUS = "seller/applicationStatus";

	private final SellerApplicationService applications;

	private final List<SellerCentrePanel> panels;

	private final SignedInUsers signedInUsers;

	SellerCentreController(SellerApplicationService applications, List<SellerCentrePanel> panels,
			SignedInUsers signedInUsers) {
		this.applications = applications;
		this.panels = panels.stream().sorted(Comparator.comparingInt(SellerCentrePanel::order)).toList();
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
		StoreSummary store = application.get().storeSummary();
		model.addAttribute("panels",
				this.panels.stream().map((panel) -> new PanelView(panel.template(), panel.model(store))).toList());
		return VIEW_SELLER_HOME;
	}

	/** One panel ready to draw. */
	public record PanelView(String template, Object data) {

	}

}
