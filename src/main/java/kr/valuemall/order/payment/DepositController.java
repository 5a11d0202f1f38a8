package kr.valuemall.order.payment;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.order.fulfilment.IllegalShipmentTransition;
import kr.valuemall.order.fulfilment.OrderNotFound;

/**
 * {@code /admin/deposits}: staff match bank-transfer deposits to the orders waiting for
 * them; a confirmed deposit sends the order to its sellers.
 */
@Controller
class DepositController {

	static final String VIEW_DEPOSITS = "order/deposits";

	private final StaffDeposits deposits;

	private final Payments payments;

	private final RefundDesk refunds;

	DepositController(StaffDeposits deposits, Payments payments, RefundDesk refunds) {
		this.deposits = deposits;
		this.payments = payments;
		this.refunds = refunds;
	}

	@GetMapping("/admin/deposits")
	String list(Model model) {
		model.addAttribute("deposits", this.deposits.awaiting());
		return VIEW_DEPOSITS;
	}

	/**
	 * A deposit that arrived after its order expired: the money goes back the way
	 * bank-transfer refunds go (the shopper gives an account, staff pay it from a bank
	 * file).
	 */
	@PostMapping("/admin/deposits/late")
	String lateDeposit(@RequestParam(defaultValue = "") String orderNumber,
			@RequestParam(defaultValue = "") String amount, @AuthenticationPrincipal MallUser staff,
			RedirectAttributes redirect) {
		String number = orderNumber.strip();
		String digits = amount.replaceAll("[\\s,원]", "");
		if (number.isEmpty() || digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)
				|| Long.parseLong(digits) == 0) {
			redirect.addFlashAttribute("notice", "deposits.late.invalid");
			return "redirect:/admin/deposits";
		}
		try {
			this.refunds.lateDeposit(number, Long.parseLong(digits), staff.getUsername());
			redirect.addFlashAttribute("notice", "deposits.late.recorded");
		}
		catch (OrderNotFound | LateDepositRefused ex) {
			redirect.addFlashAttribute("notice", "deposits.late.refused");
		}
		return "redirect:/admin/deposits";
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
