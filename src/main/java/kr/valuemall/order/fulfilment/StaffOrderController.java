package kr.valuemall.order.fulfilment;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.order.payment.RefundDesk;
import kr.valuemall.seller.Bank;
import kr.valuemall.web.forms.TypedChoices;

/**
 * {@code /admin/orders}: customer service. Staff find an order, read its timeline, and
 * refund a whole shipment or the lines they tick at any stage, with the reason the
 * shopper and the seller are told; for a bank-transfer order they can take down the
 * shopper's refund account on the phone.
 */
@Controller
class StaffOrderController {

	static final String VIEW_SEARCH = "order/staffOrders";

	static final String VIEW_CASE = "order/staffOrder";

	private final StaffOrders orders;

	private final RefundDesk refunds;

	StaffOrderController(StaffOrders orders, RefundDesk refunds) {
		this.orders = orders;
		this.refunds = refunds;
	}

	@GetMapping("/admin/orders")
	String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
		model.addAttribute("search", this.orders.search((query.length() > 100) ? query.substring(0, 100) : query));
		return VIEW_SEARCH;
	}

	@GetMapping("/admin/orders/{orderNumber}")
	String open(@PathVariable String orderNumber, Model model) {
		return show(orderNumber, new StaffRefundForm(null, ""), null, RefundAccountForm.empty(), model);
	}

	@PostMapping("/admin/orders/{orderNumber}/shipments/{shipmentId}/refund")
	String refund(@PathVariable String orderNumber, @PathVariable long shipmentId,
			@Valid @ModelAttribute("refundForm") StaffRefundForm form, BindingResult result,
			@AuthenticationPrincipal MallUser staff, RedirectAttributes redirect, Model model) {
		if (result.hasErrors()) {
			return show(orderNumber, form, shipmentId, RefundAccountForm.empty(), model);
		}
		try {
			this.orders.refund(orderNumber, shipmentId, form.lines(), form.reason().strip(), staff.getUsername());
			redirect.addFlashAttribute("notice", "staffOrders.notice.refunded");
		}
		catch (IllegalShipmentTransition ex) {
			redirect.addFlashAttribute("notice", "staffOrders.notice.notRefundable");
		}
		return "redirect:/admin/orders/{orderNumber}";
	}

	@PostMapping("/admin/orders/{orderNumber}/refund-account")
	String refundAccount(@PathVariable String orderNumber, @Valid @ModelAttribute("accountForm") RefundAccountForm form,
			BindingResult result, @AuthenticationPrincipal MallUser staff, RedirectAttributes redirect, Model model) {
		if (result.hasErrors()) {
			model.addAttribute("accountInvalid", true);
			return show(orderNumber, new StaffRefundForm(null, ""), null, form, model);
		}
		Order order = this.orders.open(orderNumber).order();
		if (order.getPaymentMethod() != kr.valuemall.order.payment.PaymentMethod.BANK_TRANSFER) {
			throw OrderNotFound.of(orderNumber);
		}
		long orderId = order.getId();
		this.refunds.giveAccount(orderId, TypedChoices.value(Bank.class, form.bank()), form.accountNumber(),
				form.accountHolder(), staff.getUsername());
		redirect.addFlashAttribute("notice", "staffOrders.notice.accountSaved");
		return "redirect:/admin/orders/{orderNumber}";
	}

	private String show(String orderNumber, StaffRefundForm refundForm, Long refundShipmentId,
			RefundAccountForm accountForm, Model model) {
		StaffOrders.Case found = this.orders.open(orderNumber);
		model.addAttribute("case", found);
		model.addAttribute("order", found.order());
		model.addAttribute("refundOfLine", found.refundOfLine());
		model.addAttribute("refundForm", refundForm);
		model.addAttribute("refundShipmentId", refundShipmentId);
		model.addAttribute("accountForm", accountForm);
		if (!model.containsAttribute("accountInvalid")) {
			model.addAttribute("accountInvalid", false);
		}
		model.addAttribute("banks", Bank.values());
		return VIEW_CASE;
	}

}
