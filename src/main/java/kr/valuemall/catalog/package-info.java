/**
 * Categories, products, images, search, store pages and reviews: where shoppers find
 * things. The root holds what other modules use (the category menu, the listing feed,
 * listing counts, the review API and the view-count event); the parts live in
 * {@code listing}, {@code images}, {@code reviews}, {@code search} and
 * {@code storefront}.
 */
@ApplicationModule(displayName = "Catalog",
		allowedDependencies = { "account", "order", "origin", "promotion", "seller", "shared", "web" })
package kr.valuemall.catalog;

import org.springframework.modulith.ApplicationModule;
