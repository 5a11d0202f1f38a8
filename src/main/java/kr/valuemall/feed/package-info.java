/**
 * Sitemap, structured data, and the price-comparison and merchant feeds.
 */
@ApplicationModule(displayName = "Feeds", allowedDependencies = { "catalog", "order", "promotion", "shared", "web" })
package kr.valuemall.feed;

import org.springframework.modulith.ApplicationModule;
