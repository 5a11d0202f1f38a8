/**
 * Origin declarations, the screening rules, holds, shopper reports and staff decisions:
 * what keeps imported goods out.
 */
@ApplicationModule(displayName = "Origin screening", allowedDependencies = { "account", "seller", "shared", "web" })
package kr.valuemall.origin;

import org.springframework.modulith.ApplicationModule;
