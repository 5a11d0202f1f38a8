package kr.valuemall.order.payment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.order.fulfilment.IllegalShipmentTransition;

/**
 * {@code /admin/deposits}: staff match bank-transfer deposits to the orders waiting for
 * them; a confirmed deposit sends the order to its sellers.
 */
@Controller
class DepositController {

	static final String VIEW_DEPOSITS = "order/deposits";

	private final StaffDeposits deposits;

	private final Payments payments;

	DepositController(StaffDeposits deposits, Payments payments) {
		this.deposits = deposits;
		this.payments = payments;
	}

	@GetMapping("/admin/deposits")
	String list(Model model) {
		model.addAttribute("deposits", this.deposits.awaiting());
		return VIEW_DEPOSITS;
	}

	@PostMapping("/admin/deposits/{orderNumber}/confirm")
	String confirm(@PathVariable String orderNumber, RedirectAttributes redirect) {
		try {
			this.payments.confirmDeposit(orderNumber);
			redirect.addFlashAttribute("notice", "deposits.confirmed");
		}
		catch (IllegalShipmentTransition ex) {
			redirect.addFlashAttribute("notice", "deposits.alreadyHandled");
		}
		return "redirect:/admin/deposits";
	}

}
