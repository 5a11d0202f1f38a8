/**
 * The 3% commission, the double-entry ledger, settlement runs, statements and payouts.
 */
@ApplicationModule(displayName = "Settlement", allowedDependencies = { "account", "order", "seller", "shared", "web" })
package kr.valuemall.settlement;

import org.springframework.modulith.ApplicationModule;
