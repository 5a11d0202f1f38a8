package kr.valuemall.order;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import kr.valuemall.order.cart.BasketPricing;
import kr.valuemall.order.cart.Carts;
import kr.valuemall.order.checkout.Checkout;
import kr.valuemall.order.fulfilment.OrderProperties;
import kr.valuemall.order.payment.Payments;
import kr.valuemall.order.fulfilment.SellerShipments;
import kr.valuemall.order.cart.ShippingPolicies;
import kr.valuemall.order.delivery.SellerDeliveryTerms;
import kr.valuemall.order.fulfilment.ShopperOrders;
import kr.valuemall.order.payment.StaffDeposits;

/**
 * The order module's part of {@link kr.valuemall.WebSliceTest}: mocks for the cart,
 * checkout, order and shipment services its controllers (and the header's cart count)
 * call, and the delivery terms the seller's terms page and the catalog's product pages
 * read, and the shipping quotes feeds and product pages ask.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnableConfigurationProperties(OrderProperties.class)
@MockitoBean(types = { Carts.class, ProductShelf.class, BasketPricing.class, Checkout.class, StaffDeposits.class,
		Payments.class, ShopperOrders.class, SellerShipments.class, ShippingPolicies.class, ListingDelivery.class,
		SellerDeliveryTerms.class, ShippingQuotes.class, kr.valuemall.order.fulfilment.StaffOrders.class,
		kr.valuemall.order.payment.RefundDesk.class })
public @interface OrderSliceBeans {

}
