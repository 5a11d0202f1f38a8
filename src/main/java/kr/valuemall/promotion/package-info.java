/**
 * Campaigns such as the national Value Together Sale, coupons, and the fair-exposure
 * spotlight.
 */
@ApplicationModule(displayName = "Promotions", allowedDependencies = { "account", "order", "seller", "shared", "web" })
package kr.valuemall.promotion;

import org.springframework.modulith.ApplicationModule;
