package kr.valuemall.order.fulfilment;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
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
import kr.valuemall.seller.Bank;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.web.forms.TypedChoices;
import kr.valuemall.seller.StoreSummary;

/**
 * {@code /orders}: a shopper's own orders, each seller's shipment with where it is, and
 * what the shopper may still do with it. Another shopper's order number answers 404.
 */
@Controller
class OrderController {

	static final String VIEW_LIST = "order/orders";

	static final String VIEW_DETAIL = "order/orderDetail";

	static final String VIEW_COMPLETE = "order/orderComplete";

	private final ShopperOrders orders;

	private final SellerApi sellers;

	private final OrderProperties properties;

	OrderController(ShopperOrders orders, SellerApi sellers, OrderProperties properties) {
		this.orders = orders;
		this.sellers = sellers;
		this.properties = properties;
	}

	@GetMapping("/orders")
	String list(@AuthenticationPrincipal MallUser user, @RequestParam(name = "page", defaultValue = "0") int page,
			Model model) {
		Page<Order> found = this.orders.list(user.getId(), page);
		model.addAttribute("orders", found);
		model.addAttribute("stores",
				stores(found.getContent()
					.stream()
					.flatMap((order) -> order.getShipments().stream())
					.map(Shipment::getSellerId)
					.collect(Collectors.toSet())));
		return VIEW_LIST;
	}

	@GetMapping("/orders/{orderNumber}")
	String detail(@AuthenticationPrincipal MallUser user, @PathVariable String orderNumber, Model model) {
		model.addAttribute("returnForm", ReturnForm.empty());
		show(user, orderNumber, model);
		return VIEW_DETAIL;
	}

	/**
	 * Where the checkout lands: the order placed, what was bought, where it goes, the
	 * account to pay into for a bank transfer, and what to do next. It reads the order as
	 * it is, so reloading it changes nothing; another shopper's order answers 404. An
	 * order whose payment failed or lapsed has nothing to celebrate: its own page says
	 * why.
	 */
	@GetMapping("/orders/{orderNumber}/complete")
	String complete(@AuthenticationPrincipal MallUser user, @PathVariable String orderNumber, Model model) {
		ShopperOrders.OrderDetails details = this.orders.details(user.getId(), orderNumber);
		Order order = details.order();
		if (order.getStatus() == OrderStatus.PAYMENT_FAILED || order.getStatus() == OrderStatus.CANCELLED) {
			return redirectTo(orderNumber);
		}
		model.addAttribute("order", order);
		model.addAttribute("payment", details.payment());
		model.addAttribute("stores",
				stores(order.getShipments().stream().map(Shipment::getSellerId).collect(Collectors.toSet())));
		return VIEW_COMPLETE;
	}

	@PostMapping("/orders/{orderNumber}/shipments/{shipmentId}/cancel")
	String cancel(@AuthenticationPrincipal MallUser user, @PathVariable String orderNumber,
			@PathVariable long shipmentId, RedirectAttributes redirect) {
		try {
			this.orders.cancel(user.getId(), orderNumber, shipmentId);
			redirect.addFlashAttribute("notice", "orders.notice.cancelled");
		}
		catch (IllegalShipmentTransition ex) {
			redirect.addFlashAttribute("notice", "orders.notice.alreadyHandled");
		}
		return redirectTo(orderNumber);
	}

	@PostMapping("/orders/{orderNumber}/shipments/{shipmentId}/confirm")
	String confirm(@AuthenticationPrincipal MallUser user, @PathVariable String orderNumber,
			@PathVariable long shipmentId, RedirectAttributes redirect) {
		try {
			this.orders.confirm(user.getId(), orderNumber, shipmentId);
			redirect.addFlashAttribute("notice", "orders.notice.confirmed");
		}
		catch (IllegalShipmentTransition ex) {
			redirect.addFlashAttribute("notice", "orders.notice.alreadyHandled");
		}
		return redirectTo(orderNumber);
	}

	@PostMapping("/orders/{orderNumber}/shipments/{shipmentId}/return")
	String processReturnForm(@AuthenticationPrincipal MallUser user, @PathVariable String orderNumber,
			@PathVariable long shipmentId, @Valid @ModelAttribute ReturnForm returnForm, BindingResult result,
			RedirectAttributes redirect, Model model) {
		if (result.hasErrors()) {
			model.addAttribute("returnShipmentId", shipmentId);
			show(user, orderNumber, model);
			return VIEW_DETAIL;
		}
		try {
			this.orders.requestReturn(user.getId(), orderNumber, shipmentId, returnForm.reason().strip());
			redirect.addFlashAttribute("notice", "orders.notice.returnRequested");
		}
		catch (IllegalShipmentTransition ex) {
			redirect.addFlashAttribute("notice", "orders.notice.alreadyHandled");
		}
		return redirectTo(orderNumber);
	}

	/**
	 * The account a bank-transfer order's refunds go to; refunds waiting for it become
	 * ready for staff's next bank file.
	 */
	@PostMapping("/orders/{orderNumber}/refund-account")
	String refundAccount(@AuthenticationPrincipal MallUser user, @PathVariable String orderNumber,
			@Valid @ModelAttribute("accountForm") RefundAccountForm form, BindingResult result,
			RedirectAttributes redirect, Model model) {
		if (result.hasErrors()) {
			model.addAttribute("returnForm", ReturnForm.empty());
			model.addAttribute("accountInvalid", true);
			show(user, orderNumber, model);
			return VIEW_DETAIL;
		}
		this.orders.giveRefundAccount(user.getId(), orderNumber, TypedChoices.value(Bank.class, form.bank()),
				form.accountNumber(), form.accountHolder());
		redirect.addFlashAttribute("notice", "refunds.account.saved");
		return redirectTo(orderNumber);
	}

	private void show(MallUser user, String orderNumber, Model model) {
		ShopperOrders.OrderDetails details = this.orders.details(user.getId(), orderNumber);
		Order order = details.order();
		model.addAttribute("refunds", details.refunds());
		model.addAttribute("refundAccount", details.refundAccount());
		model.addAttribute("banks", Bank.values());
		if (!model.containsAttribute("accountForm")) {
			model.addAttribute("accountForm", RefundAccountForm.empty());
		}
		if (!model.containsAttribute("accountInvalid")) {
			model.addAttribute("accountInvalid", false);
		}
		model.addAttribute("order", order);
		model.addAttribute("payment", details.payment());
		model.addAttribute("confirmAfterDays", this.properties.confirmAfter().toDays());
		model.addAttribute("stores",
				stores(order.getShipments().stream().map(Shipment::getSellerId).collect(Collectors.toSet())));
		model.addAttribute("steps",
				order.getShipments().stream().collect(Collectors.toMap(Shipment::getId, ShipmentSteps::of)));
	}

	private Map<Long, StoreSummary> stores(Set<Long> sellerIds) {
		return this.sellers.stores(sellerIds);
	}

	/**
	 * The order number is taken from the request's own path, so it is encoded as such.
	 */
	private static String redirectTo(String orderNumber) {
		return "redirect:/orders/{orderNumber}";
	}

}
