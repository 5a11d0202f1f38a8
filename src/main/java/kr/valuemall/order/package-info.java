/**
 * Cart, checkout, the payment port and its gateways, orders and per-seller shipments.
 */
@ApplicationModule(displayName = "Orders")
package kr.valuemall.order;

import org.springframework.modulith.ApplicationModule;
