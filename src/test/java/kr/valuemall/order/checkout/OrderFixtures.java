package kr.valuemall.order.checkout;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kr.valuemall.TestCards;
import kr.valuemall.catalog.TestNotices;
import kr.valuemall.account.MallUser;
import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.cart.CartOwner;
import kr.valuemall.order.cart.Carts;
import kr.valuemall.order.payment.PaymentGateway;
import kr.valuemall.order.payment.PaymentMethod;
import kr.valuemall.order.payment.SandboxCardGateway;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Orders made the way a shopper makes them: a seller lists live products through its own
 * form, the shopper puts them in the cart and checks out.
 */
public final class OrderFixtures {

	private static final AtomicInteger next = new AtomicInteger();

	private final MockMvc mvc;

	private final Carts carts;

	private final Checkout checkout;

	private final ProductShelf shelf;

	private final JdbcTemplate jdbc;

	public OrderFixtures(MockMvc mvc, Carts carts, Checkout checkout, ProductShelf shelf, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.carts = carts;
		this.checkout = checkout;
		this.shelf = shelf;
		this.jdbc = jdbc;
	}

	/** A live product of the store, listed through the seller's product form. */
	public long liveProduct(OpenStore store, String name, String price, String stock, String shippingFee)
			throws Exception {
		int n = next.incrementAndGet();
		MockMultipartHttpServletRequestBuilder request = multipart("/seller/products");
		request.param("categorySlug", "chairs-stools")
			.param("name", name)
			.param("description", "경기 양평 공방에서 국산 참나무를 깎아 만든 " + n + "번째 작품입니다. 오일로 마감했습니다.")
			.param("price", price)
			.param("stock", stock)
			.param("shippingFee", shippingFee)
			.param("originKind", "DOMESTIC")
			.param("importer", "")
			.param("manufacturer", store.store().storeName())
			.param("madeRegion", "GYEONGGI")
			.param("makerRole", "MAKER")
			.param("attested", "true")
			.param("action", "publish");
		TestNotices.formFields("chairs-stools", name, store.store().storeName()).forEach(request::param);
		request.with(user(store.owner())).with(csrf());
		String location = this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D+(\\d+)/edit$", "$1"));
		assertThat(this.shelf.find(List.of(id)).get(id).live()).as("listed live").isTrue();
		return id;
	}

	/** Puts the products in the shopper's cart, one unit each unless told. */
	public void addToCart(MallUser shopper, long productId, int quantity) {
		assertThat(this.carts.add(CartOwner.account(shopper.getId()), productId, quantity)).isPresent();
	}

	public String payByCard(MallUser shopper) {
		return place(shopper, PaymentMethod.CARD,
				new PaymentGateway.CardDetails(SandboxCardGateway.APPROVE, TestCards.EXPIRY));
	}

	public String payByBankTransfer(MallUser shopper) {
		return place(shopper, PaymentMethod.BANK_TRANSFER, null);
	}

	/** Pays with a given test card, to a given address. */
	public String payByCard(MallUser shopper, String cardNumber, DeliveryAddress address) {
		return place(shopper, PaymentMethod.CARD, new PaymentGateway.CardDetails(cardNumber, TestCards.EXPIRY),
				address);
	}

	public String payByBankTransfer(MallUser shopper, DeliveryAddress address) {
		return place(shopper, PaymentMethod.BANK_TRANSFER, null, address);
	}

	private String place(MallUser shopper, PaymentMethod method, PaymentGateway.CardDetails card) {
		return place(shopper, method, card, address());
	}

	private String place(MallUser shopper, PaymentMethod method, PaymentGateway.CardDetails card,
			DeliveryAddress address) {
		Checkout.Placement placement = this.checkout.place(shopper.getId(), new Checkout.PlaceOrder(UUID.randomUUID(),
				address, method, card, this.checkout.basket(shopper.getId()).total()));
		assertThat(placement).isInstanceOf(Checkout.Placement.Placed.class);
		return ((Checkout.Placement.Placed) placement).orderNumber();
	}

	public static DeliveryAddress address() {
		return new DeliveryAddress("김가치", "010-1234-5678", "04524", "서울특별시 중구 세종대로 110", "3층 301호", "문 앞에 놓아 주세요");
	}

	public int stock(long productId) {
		return this.shelf.find(List.of(productId)).get(productId).stock();
	}

	public long shipmentOf(String orderNumber, long sellerId) {
		return this.jdbc.queryForObject(
				"SELECT s.id FROM shipment s JOIN customer_order o ON o.id = s.order_id WHERE o.order_number = ? AND s.seller_id = ?",
				Long.class, orderNumber, sellerId);
	}

	public String shipmentStatus(long shipmentId) {
		return this.jdbc.queryForObject("SELECT status FROM shipment WHERE id = ?", String.class, shipmentId);
	}

	public Document page(RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
