/**
 * Seller applications, business verification, eligibility, store profiles and staff
 * review.
 */
@ApplicationModule(displayName = "Sellers", allowedDependencies = { "account", "shared", "web" })
package kr.valuemall.seller;

import org.springframework.modulith.ApplicationModule;
