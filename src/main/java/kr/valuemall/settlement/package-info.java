/**
 * The 3% commission, the double-entry ledger, settlement runs, statements and payouts.
 */
@ApplicationModule(displayName = "Settlement")
package kr.valuemall.settlement;

import org.springframework.modulith.ApplicationModule;
