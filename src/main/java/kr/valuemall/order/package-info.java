/**
 * Cart, checkout, payment and the orders' shipments. The root is what other modules see:
 * the events they follow ({@link OrderPaid}, {@link ShipmentConfirmed} ...), the ports
 * the catalog and promotions implement ({@link ProductShelf}, {@link PriceOffers}) and
 * {@link OrderHistory} for the report's rebuilds. Inside: {@code cart} (carts, the priced
 * basket and sellers' shipping fees), {@code checkout} (a cart made into one order,
 * once), {@code payment} (gateways, refunds, bank deposits) and {@code fulfilment} (the
 * order aggregate and each shipment's life cycle, for shoppers, sellers and the scheduled
 * jobs).
 */
@ApplicationModule(displayName = "Orders", allowedDependencies = { "account", "seller", "shared", "web" })
package kr.valuemall.order;

import org.springframework.modulith.ApplicationModule;
