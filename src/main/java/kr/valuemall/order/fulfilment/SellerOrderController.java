package kr.valuemall.order.fulfilment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.order.ShipmentStatus;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * {@code /seller/orders}: a seller's own shipments by where they are, with what the
 * seller needs to send them (recipient, address, phone, note) and the next step for each.
 * Another seller's shipment answers 404.
 */
@Controller
class SellerOrderController {

	static final String VIEW_QUEUE = "order/sellerOrders";

	static final String VIEW_PACKING = "order/packingList";

	private final SellerShipments shipments;

	private final SellerApi sellers;

	SellerOrderController(SellerShipments shipments, SellerApi sellers) {
		this.shipments = shipments;
		this.sellers = sellers;
	}

	@GetMapping("/seller/orders")
	String queue(@AuthenticationPrincipal MallUser user, @RequestParam(name = "tab", required = false) String tab,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		Optional<StoreSummary> store = this.sellers.storeOfAccount(user.getId());
		if (store.isEmpty()) {
			return "redirect:/seller";
		}
		show(store.get(), queueOf(tab), page, model);
		return VIEW_QUEUE;
	}

	/**
	 * The packing list of a tab's shipments (the page of them the queue shows): what to
	 * pick, each product and option with its units in all, then each parcel with its
	 * address and lines. Printable; nothing on it changes anything.
	 */
	@GetMapping("/seller/orders/packing")
	String packingList(@AuthenticationPrincipal MallUser user, @RequestParam(name = "tab", required = false) String tab,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		StoreSummary store = store(user);
		SellerQueue queue = queueOf(tab);
		List<Row> rows = this.shipments.queue(store.sellerId(), queue, page)
			.getContent()
			.stream()
			.map((shipment) -> new Row(shipment, shipment.getOrder()))
			.toList();
		Map<String, PickLine> picks = new java.util.LinkedHashMap<>();
		for (Row row : rows) {
			for (OrderLine line : row.lines()) {
				String key = line.getProductId() + "/" + line.getSkuId();
				picks.merge(key, new PickLine(line.getProductName(), line.getOptionLabel(), line.getQuantity()),
						(a, b) -> new PickLine(a.productName(), a.optionLabel(), a.quantity() + b.quantity()));
			}
		}
		model.addAttribute("store", store);
		model.addAttribute("tab", queue);
		model.addAttribute("rows", rows);
		model.addAttribute("picks", List.copyOf(picks.values()));
		return VIEW_PACKING;
	}

	/** One product and option to pick, with its units across the list's parcels. */
	public record PickLine(String productName, String optionLabel, int quantity) {

	}

	@PostMapping("/seller/orders/{shipmentId}/accept")
	String accept(@AuthenticationPrincipal MallUser user, @PathVariable long shipmentId,
			@RequestParam(name = "tab", required = false) String tab,
			@RequestParam(name = "page", defaultValue = "0") int page, RedirectAttributes redirect) {
		long sellerId = store(user).sellerId();
		act(() -> this.shipments.accept(sellerId, shipmentId), "sellerOrders.notice.accepted", redirect);
		return back(tab, page, redirect);
	}

	@PostMapping("/seller/orders/{shipmentId}/ship")
	String processShipForm(@AuthenticationPrincipal MallUser user, @PathVariable long shipmentId,
			@RequestParam(name = "tab", required = false) String tab,
			@RequestParam(name = "page", defaultValue = "0") int page, @Valid @ModelAttribute ShipForm shipForm,
			BindingResult result, RedirectAttributes redirect, Model model) {
		StoreSummary store = store(user);
		Courier courier = result.hasFieldErrors("courier") ? null : shipForm.chosenCourier();
		String tracking = trackingNumber(courier, shipForm.trackingNumber(), result);
		if (result.hasErrors()) {
			model.addAttribute("formShipmentId", shipmentId);
			show(store, queueOf(tab), page, model);
			return VIEW_QUEUE;
		}
		act(() -> this.shipments.ship(store.sellerId(), shipmentId, courier, tracking), "sellerOrders.notice.shipped",
				redirect);
		return back(tab, page, redirect);
	}

	@PostMapping("/seller/orders/{shipmentId}/deliver")
	String deliver(@AuthenticationPrincipal MallUser user, @PathVariable long shipmentId,
			@RequestParam(name = "tab", required = false) String tab,
			@RequestParam(name = "page", defaultValue = "0") int page, RedirectAttributes redirect) {
		long sellerId = store(user).sellerId();
		act(() -> this.shipments.deliver(sellerId, shipmentId), "sellerOrders.notice.delivered", redirect);
		return back(tab, page, redirect);
	}

	@PostMapping("/seller/orders/{shipmentId}/return/approve")
	String approveReturn(@AuthenticationPrincipal MallUser user, @PathVariable long shipmentId,
			@RequestParam(name = "tab", required = false) String tab,
			@RequestParam(name = "page", defaultValue = "0") int page, RedirectAttributes redirect) {
		long sellerId = store(user).sellerId();
		act(() -> this.shipments.approveReturn(sellerId, shipmentId), "sellerOrders.notice.returnApproved", redirect);
		return back(tab, page, redirect);
	}

	@PostMapping("/seller/orders/{shipmentId}/return/refuse")
	String processRefuseForm(@AuthenticationPrincipal MallUser user, @PathVariable long shipmentId,
			@RequestParam(name = "tab", required = false) String tab,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@Valid @ModelAttribute RefuseReturnForm refuseReturnForm, BindingResult result, RedirectAttributes redirect,
			Model model) {
		StoreSummary store = store(user);
		if (result.hasErrors()) {
			model.addAttribute("formShipmentId", shipmentId);
			show(store, queueOf(tab), page, model);
			return VIEW_QUEUE;
		}
		act(() -> this.shipments.refuseReturn(store.sellerId(), shipmentId, refuseReturnForm.reason().strip()),
				"sellerOrders.notice.returnRefused", redirect);
		return back(tab, page, redirect);
	}

	/**
	 * The number without spaces and hyphens, or a field error naming the digits this
	 * courier's numbers have.
	 */
	private static String trackingNumber(Courier courier, String typed, BindingResult result) {
		if (typed == null || typed.isBlank()) {
			result.rejectValue("trackingNumber", "sellerOrders.trackingNumber.required");
			return null;
		}
		if (courier == null) {
			return null;
		}
		String normalized = courier.normalize(typed);
		if (normalized == null) {
			Object name = new DefaultMessageSourceResolvable("courier." + courier.name());
			if (courier.minDigits() == courier.maxDigits()) {
				result.rejectValue("trackingNumber", "sellerOrders.trackingNumber.exact",
						new Object[] { name, courier.minDigits() }, null);
			}
			else {
				result.rejectValue("trackingNumber", "sellerOrders.trackingNumber.range",
						new Object[] { name, courier.minDigits(), courier.maxDigits() }, null);
			}
		}
		return normalized;
	}

	private void show(StoreSummary store, SellerQueue tab, int page, Model model) {
		Map<ShipmentStatus, Long> counts = this.shipments.counts(store.sellerId());
		// keyed by name: SpEL cannot index a map by an enum
		Map<String, Long> tabCounts = new HashMap<>();
		for (SellerQueue queue : SellerQueue.values()) {
			tabCounts.put(queue.name(),
					queue.statuses().stream().mapToLong((status) -> counts.getOrDefault(status, 0L)).sum());
		}
		Page<Shipment> found = this.shipments.queue(store.sellerId(), tab, page);
		model.addAttribute("store", store);
		model.addAttribute("tabs", SellerQueue.values());
		model.addAttribute("tab", tab);
		model.addAttribute("tabCounts", tabCounts);
		model.addAttribute("shipments", found);
		model.addAttribute("rows",
				found.getContent().stream().map((shipment) -> new Row(shipment, shipment.getOrder())).toList());
		model.addAttribute("couriers", Courier.values());
		if (!model.containsAttribute("shipForm")) {
			model.addAttribute("shipForm", ShipForm.empty());
		}
		if (!model.containsAttribute("refuseReturnForm")) {
			model.addAttribute("refuseReturnForm", RefuseReturnForm.empty());
		}
	}

	private static void act(Runnable action, String notice, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (IllegalShipmentTransition ex) {
			redirect.addFlashAttribute("notice", "orders.notice.alreadyHandled");
		}
	}

	private static String back(String tab, int page, RedirectAttributes redirect) {
		redirect.addAttribute("tab", queueOf(tab).name());
		if (page > 0) {
			redirect.addAttribute("page", page);
		}
		return "redirect:/seller/orders";
	}

	private static SellerQueue queueOf(String tab) {
		if (tab != null) {
			for (SellerQueue queue : SellerQueue.values()) {
				if (queue.name().equalsIgnoreCase(tab.strip())) {
					return queue;
				}
			}
		}
		return SellerQueue.NEW;
	}

	private StoreSummary store(MallUser user) {
		return this.sellers.storeOfAccount(user.getId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * One shipment with the order it belongs to: the recipient and address live there.
	 */
	public record Row(Shipment shipment, Order order) {

		public List<OrderLine> lines() {
			return this.shipment.getLines();
		}

	}

}
